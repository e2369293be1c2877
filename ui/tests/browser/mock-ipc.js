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
    packs: scenario.packs ?? [],
    articles: scenario.articles ?? [],
    directory: scenario.directory ?? [],
    reading: scenario.reading ?? { contentLanguage: null, furigana: true },
    // Saved article ids, the last saved first; opened articles, the last opened first, each
    // `{ id, lang, progress }` as the store keeps them.
    bookmarks: scenario.bookmarks ?? [],
    history: scenario.history ?? [],
    // The update server as the app knows it: `offers` show once an index was accepted
    // (`checkedOn` set); `messages` are the error texts by code, as Rust would send them.
    updates: {
      server: null,
      wifiOnly: true,
      network: 'unmetered',
      checkedOn: null,
      offers: [],
      failWith: null,
      messages: {},
      stepMs: 40,
      ...scenario.updates,
    },
    // The running download's control: 'run', 'pause' or 'cancel'; null when none runs.
    download: null,
    // Organisations added and sealed submissions queued (sharing a self-check).
    organisations: scenario.organisations ?? [],
    reminders: scenario.reminders ?? false,
    outbox: [],
    // Sync as the background task last saw it; `reachable` is whether "sync now" finds the
    // server; `messages` are the error texts by code, as Rust would send them. Pairing: the
    // server hands out `offers` in turn (after `pairMs`), redeems the codes in `redeemable`, and
    // refuses every code after `wrongTries` wrong ones.
    sync: { server: null, wifiOnly: false, network: 'unmetered', state: 'off', waiting: 0, lastSynced: null,
      reachable: true, messages: {}, linked: false, offers: [], redeemable: [], pairMs: 200, wrongTries: 30, ...scenario.sync },
  };
  const callbacks = new Map();
  let nextCallback = 1;
  window.__mockCalls = [];
  window.__routeCalls = [];
  window.__readingCalls = [];
  window.__answerCalls = [];
  window.__shareCalls = [];
  // The sync server's side, for tests that change it while the page runs (a device that synced
  // meanwhile, a connection that came back).
  window.__mockSync = state.sync;
  const selfcheck = scenario.selfcheck ? { answers: {}, history: [], results: {}, ...scenario.selfcheck } : null;
  const sheetState = () => ({
    asked: selfcheck.sheet.questions
      .filter((q) => {
        const rule = selfcheck.showIf?.[q.id];
        return !rule || selfcheck.answers[rule[0]]?.choice === rule[1];
      })
      .map((q) => q.id),
    answers: { ...selfcheck.answers },
  });
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
  const updates = state.updates;
  const failUpdate = (code) => fail(code, updates.messages[code] ?? code);
  const tick = () => new Promise((r) => setTimeout(r, updates.stepMs));
  const updateSettings = () => ({
    server: updates.server,
    wifiOnly: updates.wifiOnly,
    network: updates.network,
    mayDownload: !updates.wifiOnly || updates.network === 'unmetered',
  });
  const knownUpdates = () => ({
    server: updates.server,
    checkedOn: updates.checkedOn,
    offers: updates.checkedOn ? updates.offers : [],
  });
  // Like `mirai_update::server_url`: http(s) with a host, the path ending in '/'.
  const serverUrl = (text) => {
    try {
      const url = new URL(text.trim());
      if (!['http:', 'https:'].includes(url.protocol) || !url.host) return null;
      if (!url.pathname.endsWith('/')) url.pathname += '/';
      return url.href;
    } catch {
      return null;
    }
  };
  const syncStatus = () => {
    const { server, wifiOnly, state: now, waiting, lastSynced, linked } = state.sync;
    return { server, wifiOnly, state: now, waiting, lastSynced, linked };
  };
  const failSync = (code) => fail(code, state.sync.messages[code] ?? code);
  // Like `mirai_sync::pairing::Invitation::parse`: a code in any case with spaces or dashes.
  const pairingCode = (typed) => {
    const code = typed.trim().replace(/^mirai-pair:/i, '').split('?')[0].replace(/[\s-]/g, '').toUpperCase();
    return /^[A-Z0-9]{8}$/.test(code) ? code : null;
  };
  // The server's side of pairing, after its answer time; `null` when it answers at all.
  const pairingServer = async () => {
    if (!state.sync.server) return 'sync-no-server';
    await new Promise((r) => setTimeout(r, state.sync.pairMs));
    return state.sync.reachable ? null : 'pairing-offline';
  };
  const syncState = (connected) => {
    if (!state.sync.server) return 'off';
    if (state.sync.wifiOnly && state.sync.network === 'metered') return 'wifi';
    if (!connected) return 'offline';
    return state.sync.waiting > 0 ? 'syncing' : 'done';
  };
  const syncUrl = (text) => {
    try {
      const url = new URL(text);
      return ['ws:', 'wss:'].includes(url.protocol) && url.hostname ? url.href : null;
    } catch {
      return null;
    }
  };
  // Downloads the offer in steps (pausing and cancelling between them), then "installs" it.
  const downloadUpdate = async (offer, send) => {
    let index = 0;
    const report = (phase, done, total, paused = false) =>
      send?.({ index: index++, message: { packId: offer.packId, phase, route: offer.route, done, total, paused } });
    const total = offer.downloadSize;
    let done = 0;
    report('download', done, total);
    while (done < total) {
      await tick();
      if (state.download === 'pause') {
        report('download', done, total, true);
        while (state.download === 'pause') await tick();
      }
      if (state.download === 'cancel') return failUpdate('update-cancelled');
      done = Math.min(total, done + Math.ceil(total / 6));
      report('download', done, total);
    }
    for (const step of [0, 1, 2]) {
      report('install', step, 2);
      await tick();
    }
    const old = state.packs.find((p) => p.packId === offer.packId);
    const pack = {
      createdAt: '2026-11-23',
      installedAt: '2026-11-23',
      files: 4,
      ...old,
      packId: offer.packId,
      title: offer.title,
      languages: offer.languages,
      version: offer.version,
      fileSize: offer.fullSize,
      stale: false,
    };
    state.packs = [...state.packs.filter((p) => p.packId !== pack.packId), pack];
    updates.offers = updates.offers.filter((o) => o.packId !== pack.packId);
    return pack;
  };
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
    list_packs: () => state.packs,
    import_pack: async ({ onProgress }) => {
      if (scenario.importFails) return fail(scenario.importFails.code, scenario.importFails.message);
      const send = callbacks.get(onProgress.id);
      const total = 40000;
      for (const [index, done] of [0, 10000, 25000, 40000].entries()) {
        send?.({ index, message: { pack: 1, packs: 1, done, total } });
        await new Promise((r) => setTimeout(r, 30));
      }
      const added = scenario.importAdds;
      state.packs = [...state.packs.filter((p) => p.packId !== added.packId), added];
      return [added];
    },
    update_settings: () => updateSettings(),
    // `updates.saveMs` makes each save take that long, as a busy store would.
    save_update_settings: async ({ server, wifiOnly }) => {
      const url = server.trim() === '' ? null : serverUrl(server);
      if (server.trim() !== '' && !url) return failUpdate('update-server-url');
      if (updates.saveMs) await new Promise((done) => setTimeout(done, updates.saveMs));
      updates.server = url;
      updates.wifiOnly = wifiOnly;
      return updateSettings();
    },
    known_updates: () => knownUpdates(),
    check_updates: () => {
      if (!updates.server) return failUpdate('update-no-server');
      if (updates.failWith) return failUpdate(updates.failWith);
      updates.checkedOn = new Date().toISOString().slice(0, 10);
      return knownUpdates();
    },
    download_update: async ({ packId, allowMetered, onProgress }) => {
      if (updates.wifiOnly && !allowMetered && updates.network === 'metered') return failUpdate('update-needs-wifi');
      if (updates.wifiOnly && !allowMetered && updates.network === 'unknown') return failUpdate('update-network-unknown');
      const offer = knownUpdates().offers.find((o) => o.packId === packId);
      if (!offer) return failUpdate('update-gone');
      if (state.download) return failUpdate('update-busy');
      state.download = 'run';
      try {
        return await downloadUpdate(offer, callbacks.get(onProgress.id));
      } finally {
        state.download = null;
      }
    },
    control_download: ({ action }) => {
      if (state.download) state.download = action === 'resume' ? 'run' : action;
      return null;
    },
    export_packs: () => '/home/worker/mirai-packs-2026-11-23.mpkb',
    list_articles: () => state.articles.map((a) => a.summary),
    // The text comes in the asked language, as Rust picks it (the fixture's text stands in).
    get_article: ({ id, lang }) => {
      const found = state.articles.find((a) => a.summary.id === id) ?? null;
      return found && lang ? { ...found, summary: { ...found.summary, lang } } : found;
    },
    list_directory: () => state.directory,
    // The self-check: the scenario's `selfcheck.sheet` (questions, phase, due), with skip logic
    // given as `showIf: { question: [other question, choice] }`, and the `findings` a finished
    // check gets. Saved answers are kept in `window.__answerCalls` for the tests.
    selfcheck_sheet: () => (selfcheck ? { ...selfcheck.sheet, state: sheetState() } : null),
    // A number outside the question's range is refused as Rust refuses it, with the
    // scenario's `selfcheck.rangeError` as the message; nothing is saved.
    save_selfcheck_answer: ({ item, answer }) => {
      window.__answerCalls.push({ item, answer });
      const question = selfcheck.sheet.questions.find((q) => q.id === item);
      if (answer?.kind === 'number' && (answer.number < question.min || answer.number > question.max)) {
        return fail('answer-out-of-range', selfcheck.rangeError ?? 'out of range');
      }
      if (answer) selfcheck.answers[item] = answer;
      else delete selfcheck.answers[item];
      return sheetState();
    },
    finish_selfcheck: () => {
      const id = selfcheck.history.length + 1;
      selfcheck.earned = (selfcheck.earned ?? 0) + 10;
      const result = {
        id,
        completedAt: 1796500000,
        phase: selfcheck.sheet.phase,
        findings: selfcheck.findings,
        resolved: selfcheck.resolved ?? [],
      };
      selfcheck.results[id] = result;
      const count = (s) => result.findings.filter((f) => f.severity === s).length;
      selfcheck.history.unshift({ id, completedAt: result.completedAt, phase: result.phase, serious: count('serious'), concern: count('concern'), info: count('info') });
      selfcheck.answers = {};
      return result;
    },
    selfcheck_history: () => selfcheck.history,
    points_total: () => selfcheck?.earned ?? 0,
    selfcheck_result: ({ id }) => selfcheck.results[id] ?? null,
    delete_selfcheck: ({ id }) => {
      selfcheck.history = selfcheck.history.filter((c) => c.id !== id);
      return true;
    },
    // A finished check for the printed summary and for sharing: the scenario's
    // `selfcheck.summary`, under the id asked for.
    selfcheck_summary: ({ id }) => (selfcheck?.results[id] && selfcheck.summary ? { ...selfcheck.summary, id } : null),
    save_page_pdf: () => scenario.pdfPath ?? null,
    // Organisations and the outbox, with Rust's rules: a code must start with MIRAI1- (what is
    // wrong with a damaged one is Rust's to say), and a share is queued for a known one only.
    // The arguments of each share are kept in `window.__shareCalls`.
    organisations: () => state.organisations,
    add_organisation: ({ code }) => {
      if (!code.trim().startsWith('MIRAI1-')) return fail('org-code-unknown', scenario.orgCodeError ?? 'not a code');
      const org = { id: 'a1b2 c3d4 e5f6 0718', name: code.trim().slice(7) || 'Organisation' };
      state.organisations = [...state.organisations.filter((o) => o.id !== org.id), org];
      return org;
    },
    remove_organisation: ({ id }) => {
      const before = state.organisations.length;
      state.organisations = state.organisations.filter((o) => o.id !== id);
      state.outbox = state.outbox.filter((item) => item.organisationId !== id);
      return state.organisations.length < before;
    },
    share_selfcheck: ({ result, organisation, employer, note }) => {
      window.__shareCalls.push({ result, organisation, employer, note });
      const org = state.organisations.find((o) => o.id === organisation);
      if (!org) return fail('invalid-input', 'organisation');
      const item = { id: state.outbox.length + 1, organisation: org.name, organisationId: org.id, resultId: result,
        state: 'queued', createdAt: 1796600000, sentAt: null, error: null, size: 900 };
      state.outbox = [item, ...state.outbox];
      return item;
    },
    outbox: () => state.outbox,
    // Sync, with Rust's rules: ws:// or wss:// with a host; no server is "off"; "Wi-Fi only" on
    // mobile data waits; otherwise offline until "sync now" reaches the server.
    sync_status: () => syncStatus(),
    save_sync_settings: ({ server, wifiOnly }) => {
      const typed = server.trim();
      const url = typed === '' ? null : syncUrl(typed);
      if (typed !== '' && !url) return fail('sync-server-url', state.sync.messages['sync-server-url'] ?? 'sync-server-url');
      Object.assign(state.sync, { server: url, wifiOnly });
      state.sync.state = syncState(false);
      return syncStatus();
    },
    sync_now: () => {
      const before = syncStatus();
      state.sync.state = syncState(state.sync.reachable);
      if (state.sync.state === 'syncing' || state.sync.state === 'done') {
        state.sync.waiting = 0;
        state.sync.state = 'done';
        state.sync.lastSynced = 1796600000;
      }
      return before;
    },
    pairing_code: async () => {
      const refused = (await pairingServer()) ?? (state.sync.offers.length ? null : 'pairing-unknown-device');
      return refused ? failSync(refused) : state.sync.offers.shift();
    },
    redeem_pairing_code: async ({ code }) => {
      const typed = pairingCode(code);
      const refused = typed ? await pairingServer() : 'pairing-not-a-code';
      if (refused) return failSync(refused);
      if (state.sync.wrongTries <= 0) return failSync('pairing-too-many');
      if (!state.sync.redeemable.includes(typed)) {
        state.sync.wrongTries -= 1;
        return failSync('pairing-wrong-code');
      }
      state.sync.redeemable = state.sync.redeemable.filter((c) => c !== typed);
      state.sync.linked = true;
      return syncStatus();
    },
    save_submission_file: () => scenario.sealedPath ?? null,
    cancel_submission: ({ id }) => {
      const before = state.outbox.length;
      state.outbox = state.outbox.filter((item) => item.id !== id || item.state !== 'queued');
      return state.outbox.length < before;
    },
    weekly_article_offer: () => scenario.weekly ?? null,
    // The due-check notification: off by default; Rust decides whether to notify.
    check_reminders: () => state.reminders,
    save_check_reminders: ({ on }) => (state.reminders = on),
    remind_if_due: () => false,
    // The emergency card as Rust builds it from the built-in pack: the scenario's `emergency`
    // by language code, or `emergencyError` as the failure Rust would report.
    emergency_card: ({ lang }) =>
      scenario.emergencyError
        ? fail('pack-malformed', scenario.emergencyError)
        : (scenario.emergency?.[lang] ?? { lines: [], phrases: [] }),
    // "Which line do I call?": the scenario's `lines` (each with the `topics` it helps with) in
    // the order Rust would give at `lineNow`; a topic filters them. Arguments are kept in
    // `window.__routeCalls` for the tests.
    route_lines: ({ topic, lang }) => {
      window.__routeCalls.push({ topic, lang });
      return {
        now: scenario.lineNow ?? { iso: '2026-11-24T10:00:00+09:00', weekday: 'tue', holiday: false },
        language: lang,
        lines: (scenario.lines ?? [])
          .filter((line) => !topic || (line.topics ?? []).includes(topic))
          .map(({ topics: _topics, ...line }) => line),
      };
    },
    // The reader's own reading, with the store's rules: only installed articles are kept or
    // listed, the history is bounded, progress is the furthest place (clamped into 0..1), and
    // finished is 95 %.
    reading_overview: () => {
      const summary = (id) => state.articles.find((a) => a.summary.id === id)?.summary;
      const entry = (e) => ({ article: summary(e.id), readIn: e.lang, progress: e.progress, finished: e.progress >= 0.95 });
      const history = state.history.filter((e) => summary(e.id));
      const next = history.find((e) => e.progress < 0.95);
      return {
        continueReading: next ? entry(next) : null,
        bookmarks: state.bookmarks.map(summary).filter(Boolean),
        history: history.slice(0, 20).map(entry),
      };
    },
    is_bookmarked: ({ articleId }) => state.bookmarks.includes(articleId),
    set_bookmark: ({ articleId, on }) => {
      const known = state.articles.some((a) => a.summary.id === articleId);
      if (!on) state.bookmarks = state.bookmarks.filter((id) => id !== articleId);
      else if (known && !state.bookmarks.includes(articleId)) state.bookmarks = [articleId, ...state.bookmarks];
      return state.bookmarks.includes(articleId);
    },
    record_reading: ({ articleId, lang, progress }) => {
      window.__readingCalls.push({ articleId, lang, progress });
      if (!state.articles.some((a) => a.summary.id === articleId)) return false;
      const old = state.history.find((e) => e.id === articleId);
      const read = Math.max(old?.progress ?? 0, Math.min(1, Math.max(0, progress)));
      state.history = [{ id: articleId, lang, progress: read }, ...state.history.filter((e) => e.id !== articleId)].slice(0, 200);
      return true;
    },
    clear_history: () => {
      state.history = [];
      return null;
    },
    reading_settings: () => state.reading,
    save_reading_settings: ({ contentLanguage, furigana }) => {
      state.reading = { contentLanguage, furigana };
      return state.reading;
    },
    // A stand-in for the index: a case-insensitive substring of the title or the summary.
    // Titles and summaries containing the text; the scenario's `corrections` stand in for
    // Rust's spelling correction when nothing contains it.
    search_articles: ({ text }) => {
      const find = (words) =>
        state.articles
          .map((a) => a.summary)
          .filter((s) => `${s.title} ${s.summary}`.toLowerCase().includes(words.trim().toLowerCase()))
          .map((s) => ({ articleId: s.id, lang: s.lang, title: s.title, snippet: [{ text: s.summary, hit: false }] }));
      const hits = find(text);
      const corrected = scenario.corrections?.[text.trim()];
      return hits.length === 0 && corrected ? { hits: find(corrected), corrected } : { hits, corrected: null };
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
    transformCallback: (callback) => {
      const id = nextCallback++;
      callbacks.set(id, callback);
      return id;
    },
    invoke: async (command, args = {}) => {
      window.__mockCalls.push(command);
      const handler = handlers[command];
      if (!handler) return fail('internal', `no mock for ${command}`);
      return handler(args);
    },
  };
}
