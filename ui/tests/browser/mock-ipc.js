// A stand-in for the Rust side, injected into the page before the app loads: it answers the
// app's commands the way the Tauri shell does, from an in-memory state, so the built UI can be
// tested in Chromium. Only the UI is under test here; the real shell is tested end to end.

// @ts-nocheck: injected into the page as text, not compiled with the app.
function installMockIpc(scenario) {
  const languages = [
    ['ja', '日本語', 'ja'],
    ['en', 'English', 'en'],
    ['zh', '简体中文', 'zh-Hans'],
    ['vi', 'Tiếng Việt', 'vi'],
    ['tl', 'Filipino', 'tl'],
    ['id', 'Bahasa Indonesia', 'id'],
    ['my', 'မြန်မာဘာသာ', 'my'],
    ['pt', 'Português', 'pt'],
    ['es', 'Español', 'es'],
  ].map(([code, endonym, bcp47]) => ({ code, endonym, bcp47 }));
  const state = {
    session: scenario.session ?? 'open',
    uiLanguage: scenario.uiLanguage ?? null,
    textSize: scenario.textSize ?? 'normal',
    error: scenario.error ?? null,
    passphrase: scenario.passphrase ?? 'correct horse',
    profile: { uiLanguage: null, homeCountry: null, journey: { kind: 'not-set' }, revision: 0, unreadable: [] },
  };
  window.__mockCalls = [];
  const status = () => ({
    session: state.session,
    error: state.session === 'failed' ? state.error : null,
    uiLanguage: state.uiLanguage,
    textSize: state.textSize,
    languages,
    minPassphraseChars: 8,
    dataDir: '/home/worker/.local/share/org.mirai.app',
    countries: ['BR', 'CN', 'FR', 'ID', 'JP', 'MM', 'NP', 'PH', 'US', 'VN'],
  });
  const fail = (code, message, issues = []) => Promise.reject({ code, message, issues });
  const handlers = {
    app_status: () => status(),
    set_language: ({ code }) => {
      state.uiLanguage = code;
      state.profile.uiLanguage = code;
      return null;
    },
    set_text_size: ({ size }) => {
      state.textSize = size;
      return null;
    },
    create_with_passphrase: ({ passphrase }) => {
      if ([...passphrase].length < 8) return fail('passphrase-too-short', 'too short');
      state.session = 'open';
      return status();
    },
    unlock: ({ passphrase }) => {
      if (passphrase !== state.passphrase) return fail('wrong-passphrase', scenario.wrongPassphraseMessage ?? 'wrong');
      state.session = 'open';
      return status();
    },
    retry_open: () => status(),
    start_fresh: () => {
      state.session = 'needs-new-passphrase';
      return { setAsideIn: '/home/worker/.local/share/org.mirai.app/set-aside-1', status: status() };
    },
    get_profile: () => state.profile,
    save_profile: ({ profile }) => {
      const date = profile.journey.date;
      if (profile.journey.kind === 'in-japan' && date && date > '2030-01-01') {
        return fail('invalid-profile', 'fix', ['arrival-in-future']);
      }
      state.profile = { ...state.profile, ...profile, revision: state.profile.revision + 1 };
      return state.profile;
    },
    store_info: () => ({
      schemaVersion: 2,
      cipherVersion: '4.20.0 community',
      sqliteVersion: '3.53.4',
      dataDir: '/home/worker/.local/share/org.mirai.app',
      appVersion: '0.1.0',
      protection: 'keystore',
    }),
  };
  window.__TAURI_INTERNALS__ = {
    metadata: { currentWindow: { label: 'main' }, currentWebview: { windowLabel: 'main', label: 'main' } },
    transformCallback: () => 0,
    invoke: async (command, args = {}) => {
      window.__mockCalls.push(command);
      const handler = handlers[command];
      if (!handler) return fail('internal', `no mock for ${command}`);
      return handler(args);
    },
  };
}
