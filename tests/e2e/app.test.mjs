// End-to-end tests of the real app: the built binary in a real WebKitGTK window, driven by
// tauri-driver and WebKitWebDriver, under Xvfb, with a real Secret Service from
// gnome-keyring on a private D-Bus session. Run by the test command as
//   xvfb-run -a dbus-run-session -- node --test tests/e2e/
// APP names the binary; MIRAI_SCREENSHOTS, if set, is where the documentation screenshots go.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { message } from './messages.mjs';
import { openApp, startDriver, waitFor } from './webdriver.mjs';
import { deviceKey, signedPost } from '../sync-interop/proof.mjs';

const APP = resolve(process.env.APP ?? 'target/debug/mirai');
const PACK_TOOL = resolve(process.env.MIRAI_PACK_BIN ?? join(APP, '..', 'mirai-pack'));
const SYNC_SERVER = resolve(process.env.MIRAI_SYNC_SERVER_BIN ?? join(APP, '..', 'mirai-sync-server'));
const ORG_TOOL = resolve(process.env.MIRAI_ORG_BIN ?? join(APP, '..', 'mirai-org'));
const SHOTS = process.env.MIRAI_SCREENSHOTS ? resolve(process.env.MIRAI_SCREENSHOTS) : null;
const PASSPHRASE = 'bốn từ dễ nhớ';
const scratch = mkdtempSync(join(tmpdir(), 'mirai-e2e-'));
/** The schema version the store migrates to, read from the source so the test follows it. */
const SCHEMA_VERSION = readFileSync(resolve('crates/mirai-store/src/migrations.rs'), 'utf8').match(
  /pub const SCHEMA_VERSION: u32 = (\d+);/,
)[1];
let keyringEnv = {};

before(() => {
  assert.ok(existsSync(APP), `app binary not found at ${APP}; build it first`);
  assert.ok(process.env.DISPLAY, 'no DISPLAY: run under xvfb-run');
  assert.ok(process.env.DBUS_SESSION_BUS_ADDRESS, 'no D-Bus session: run under dbus-run-session');
  // A keyring of our own, in a scratch home, unlocked with a throwaway password.
  const home = join(scratch, 'keyring-home');
  mkdirSync(join(home, 'run'), { recursive: true, mode: 0o700 });
  const env = { ...process.env, HOME: home, XDG_DATA_HOME: join(home, 'data'), XDG_RUNTIME_DIR: join(home, 'run') };
  const started = spawnSync('gnome-keyring-daemon', ['--unlock', '--components=secrets'], {
    env,
    input: 'e2e-throwaway-password',
    encoding: 'utf8',
  });
  assert.equal(started.status, 0, `gnome-keyring-daemon failed: ${started.stderr}`);
  keyringEnv = { HOME: env.HOME, XDG_DATA_HOME: env.XDG_DATA_HOME, XDG_RUNTIME_DIR: env.XDG_RUNTIME_DIR };
  for (const line of started.stdout.split('\n')) {
    const [name, ...value] = line.split('=');
    if (name) keyringEnv[name] = value.join('=');
  }
});

after(() => {
  spawnSync('pkill', ['-f', 'gnome-keyring-daemon --unlock']);
});

/** Runs `body` with the app open on `dataDir`; closes everything afterwards. `log` is a file
 *  descriptor for the app's output, if it is to be kept. */
async function withApp(env, body, log) {
  const driver = await startDriver({ env, log });
  const app = await openApp(driver, APP);
  try {
    await body(app);
  } finally {
    await app.close();
    await driver.stop();
  }
}

async function screenshot(app, name) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(join(SHOTS, name), await app.screenshot());
}

/** Scrolls `css` into view until it stays there for half a second: the webview may scroll the
 *  page again a moment later (to the focused element, or as a new window size settles). */
async function keepInView(app, css) {
  await app.execute('document.activeElement?.blur()');
  let steady = 0;
  await waitFor(`${css} to stay in view`, async () => {
    const inView = await app.execute(
      `const box = document.querySelector(arguments[0]).getBoundingClientRect();
       return box.top >= 0 && box.bottom <= window.innerHeight;`,
      [css],
    );
    if (!inView) await app.execute(`document.querySelector(arguments[0]).scrollIntoView({ block: 'center' })`, [css]);
    steady = inView ? steady + 1 : 0;
    return steady >= 5;
  });
}

async function chooseInDialog(app, code) {
  await app.click('[data-testid="language-button"]');
  await app.click(`dialog button.language[data-code="${code}"]`);
  // The dialog closes once the choice is saved; until then it holds the focus and the clicks.
  await waitFor(`the language dialog to close on ${code}`, () =>
    app.execute('return !document.querySelector("dialog").open && document.documentElement.lang.startsWith(arguments[0])', [code]),
  );
}

async function setDate(app, css, value) {
  await app.execute(
    `const el = document.querySelector(arguments[0]); el.value = arguments[1];
     el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true }));`,
    [css, value],
  );
}

const noKeystore = (dir) => ({ MIRAI_DATA_DIR: dir, MIRAI_NO_KEYSTORE: '1' });
const passphraseDir = join(scratch, 'passphrase-store');

test('first start without a keystore: language, passphrase, then a value from Rust, in Vietnamese and Burmese', async () => {
  await withApp(noKeystore(passphraseDir), async (app) => {
    await app.setSize(1024, 760);
    await app.waitText('h1', message('en', 'language-picker-title'));
    await app.click('main button.language[data-code="vi"]');
    await app.waitText('#setup-title', message('vi', 'setup-title'));

    // Mismatched passphrases are caught, in Vietnamese, and nothing is created.
    await app.type('#new-passphrase', PASSPHRASE);
    await app.type('#confirm-passphrase', `${PASSPHRASE}!`);
    await app.click('form button[type="submit"]');
    await app.waitText('.summary a', message('vi', 'setup-mismatch'));
    assert.ok(!existsSync(join(passphraseDir, 'mirai.db')), 'a store was created despite the error');

    await app.type('#confirm-passphrase', PASSPHRASE);
    await app.click('form button[type="submit"]');
    await app.waitText('#home-title', message('vi', 'home-title'), 30000);
    await screenshot(app, 'home-desktop-vi.png');

    // A value that comes from Rust through IPC: the SQLCipher and schema versions.
    await app.click('nav a[href="/settings"]');
    await app.click('details summary');
    await app.waitText('[data-testid="cipher-version"]', /^SQLCipher 4\.\d+\.\d+.* · SQLite 3\.\d+\.\d+$/);
    await app.waitText('[data-testid="schema-version"]', SCHEMA_VERSION);
    await app.waitText('[data-testid="protection"]', message('vi', 'data-protection-passphrase'));

    // The switcher in the header, from this screen: two taps to Burmese.
    await chooseInDialog(app, 'my');
    await app.waitText('#settings-profile', message('my', 'settings-profile'));
    assert.equal(await app.execute('return document.documentElement.lang'), 'my');

    // A profile rule from Rust, reported next to the field, in Burmese; the draft is kept.
    // WebKitWebDriver clicks an option where its select is; on this long page, centre it first.
    await app.execute(`document.querySelector('#home-country').scrollIntoView({ block: 'center' })`);
    await app.click('#home-country option[value="VN"]');
    await app.click('input[name="journey"][value="in-japan"]');
    await setDate(app, '#journey-date', '2099-04-01');
    await app.click('form button[type="submit"]');
    await app.waitText('.summary a', message('my', 'profile-issue-arrival-in-future'));
    assert.equal(await app.execute('return document.activeElement.classList.contains("summary")'), true);
    assert.equal(await app.execute('return document.querySelector("#home-country").value'), 'VN');

    await setDate(app, '#journey-date', '2026-04-01');
    await app.click('form button[type="submit"]');
    await app.waitText('.notice.ok[role="status"]', message('my', 'profile-saved'));

    // Screenshots of the shell at phone width in the three scripts the issue names.
    await app.setSize(400, 820);
    for (const lang of ['ja', 'my', 'vi']) {
      await chooseInDialog(app, lang);
      await app.click('a.brand');
      await app.waitText('#home-title', message(lang, 'home-title'));
      await screenshot(app, `shell-${lang}.png`);
    }
    await app.setSize(1024, 760);
    await chooseInDialog(app, 'en');
    await app.waitText('#home-title', message('en', 'home-title'));
    await screenshot(app, 'home-desktop-en.png');
    await chooseInDialog(app, 'my');
    await app.waitText('#home-title', message('my', 'home-title'));
  });
});

test('restart: unlock in the saved language; a wrong passphrase is refused; a new language holds; the profile is still there', async () => {
  await withApp(noKeystore(passphraseDir), async (app) => {
    await app.waitText('#unlock-title', message('my', 'unlock-title'));
    // The emergency card answers before the store is unlocked, from the pack built into the app.
    await app.click('[data-testid="emergency-button"]');
    const card = await waitFor('the emergency card', () =>
      app.execute(`const links = [...document.querySelectorAll('dialog[open] [data-testid="emergency-call"]')];
        const phrase = document.querySelector('dialog[open] [data-phrase="my-language"] [lang="ja"]');
        return links.length && phrase ? { links: links.map((a) => a.getAttribute('href')), phrase: phrase.textContent } : null;`),
    );
    assert.deepEqual(card, { links: ['tel:110', 'tel:119'], phrase: 'ミャンマー語を 話します。' });
    await screenshot(app, 'emergency-unlock-my.png');
    await app.execute(`document.querySelector('dialog[open]').close()`);
    await waitFor('the card to close', () => app.execute(`return !document.querySelector('dialog[open]')`));
    await app.type('#passphrase', 'bốn từ khó nhớ');
    await app.click('form button[type="submit"]');
    await app.waitText('.summary a', message('my', 'error-wrong-passphrase'), 30000);
    // A language chosen on the unlock screen is the latest choice, and survives the unlock.
    await chooseInDialog(app, 'id');
    await app.waitText('#unlock-title', message('id', 'unlock-title'));
    await app.type('#passphrase', PASSPHRASE);
    await app.click('form button[type="submit"]');
    await app.waitText('#home-title', message('id', 'home-title'), 30000);
    await app.click('nav a[href="/settings"]');
    await app.waitText('#settings-profile', message('id', 'settings-profile'));
    const country = await app.execute('return document.querySelector("#home-country").value');
    assert.equal(country, 'VN');
    const journey = await app.execute('return document.querySelector("input[name=journey]:checked").value');
    assert.equal(journey, 'in-japan');
  });
});

test('with the OS keystore (Secret Service): no passphrase, straight in, and again after a restart', async () => {
  const dir = join(scratch, 'keystore-store');
  const env = { ...keyringEnv, MIRAI_DATA_DIR: dir };
  await withApp(env, async (app) => {
    await app.click('main button.language[data-code="ja"]');
    await app.waitText('#home-title', message('ja', 'home-title'), 30000);
    await app.click('nav a[href="/settings"]');
    await app.waitText('[data-testid="protection"]', message('ja', 'data-protection-keystore'));
  });
  const keyFile = JSON.parse(readFileSync(join(dir, 'mirai.keys'), 'utf8'));
  assert.deepEqual(keyFile.slots.map((s) => s.kind), ['keystore']);
  await withApp(env, async (app) => {
    await app.waitText('#home-title', message('ja', 'home-title'), 30000);
  });
});

test('an unwritable data folder: a clear error in the chosen language, and the app stays up', async () => {
  const blocker = join(scratch, 'a-file');
  writeFileSync(blocker, 'not a folder');
  await withApp(noKeystore(join(blocker, 'data')), async (app) => {
    await app.click('main button.language[data-code="es"]');
    await app.waitText('#startup-error-title', message('es', 'startup-error-title'));
    await app.waitText('[data-error-code="data-dir-unwritable"] p', message('es', 'error-data-dir-unwritable'));
    // Switching still works; saving the choice cannot, and the dialog says so in Portuguese.
    await app.click('[data-testid="language-button"]');
    await app.click('dialog button.language[data-code="pt"]');
    await app.waitText('dialog .notice.error', message('pt', 'error-data-dir-unwritable'));
    await app.click('dialog .head button');
    await app.waitText('#startup-error-title', message('pt', 'startup-error-title'));
    await app.waitText('[data-error-code] p', message('pt', 'error-data-dir-unwritable'));
  });
  assert.equal(readFileSync(blocker, 'utf8'), 'not a folder');
});

test('a foreign file where the store should be: refused untouched, then set aside on request', async () => {
  const dir = join(scratch, 'foreign');
  mkdirSync(dir);
  const foreign = 'SQLite format 3\0 but really somebody else\'s file';
  writeFileSync(join(dir, 'mirai.db'), foreign);
  writeFileSync(join(dir, 'ui-language'), 'en');
  await withApp(noKeystore(dir), async (app) => {
    await app.waitText('#startup-error-title', message('en', 'startup-error-title'));
    await app.waitText('[data-error-code="key-file-missing"] p', message('en', 'error-key-file-missing'));
    assert.equal(readFileSync(join(dir, 'mirai.db'), 'utf8'), foreign);
    await app.click('.actions button.secondary');
    await app.click('button.danger');
    await app.waitText('#setup-title', message('en', 'setup-title'), 30000);
  });
  const asides = readdirSync(dir).filter((name) => name.startsWith('set-aside-'));
  assert.equal(asides.length, 1);
  assert.equal(readFileSync(join(dir, asides[0], 'mirai.db'), 'utf8'), foreign);
});

test('the window grants no command outside its capability', async () => {
  await withApp(noKeystore(join(scratch, 'acl')), async (app) => {
    await app.waitText('h1', message('en', 'language-picker-title'));
    // A core command the main window was not granted must be refused by Tauri's ACL.
    const outcome = await app.execute(
      `return window.__TAURI_INTERNALS__.invoke('plugin:app|version').then(() => 'allowed', (e) => 'refused: ' + e);`,
    );
    assert.match(String(outcome), /^refused/);
    const allowed = await app.execute(
      `return window.__TAURI_INTERNALS__.invoke('app_status').then((s) => s.session, (e) => 'refused: ' + e);`,
    );
    assert.equal(allowed, 'needs-new-passphrase');
  });
});

/** A newer version of the default pack, with extra articles, signed with the development keys. */
function newerDefaultPack(dir, extraArticles) {
  const source = join(dir, 'source');
  execFileSync('cp', ['-r', resolve('content/default'), source]);
  const meta = JSON.parse(readFileSync(join(source, 'pack.json'), 'utf8'));
  meta.version += 1;
  writeFileSync(join(source, 'pack.json'), JSON.stringify(meta));
  for (let i = 0; i < extraArticles; i++) {
    const text = Object.fromEntries(
      meta.languages.map((lang) => [
        lang,
        { title: `Test article ${i}`, summary: `Added by the end-to-end test (${i}).`, body: 'Lorem ipsum. '.repeat(400 + i) },
      ]),
    );
    const article = {
      id: `e2e-${i}`,
      category: 'living',
      reviewed: '2026-11-23',
      sources: [{ title: 'End-to-end test', url: 'https://example.org/' }],
      text,
    };
    writeFileSync(join(source, 'articles', `e2e-${i}.json`), JSON.stringify(article));
  }
  return { path: buildPack(source, dir, `default-${meta.version}.mpk`), version: meta.version };
}

const DEV_KEYS = resolve('content/dev-keys');
const SIGNING = ['--keys', join(DEV_KEYS, 'keys.json'), '--key', join(DEV_KEYS, 'content-1.secret')];

/** Builds and signs the pack whose sources are in `source`, as `dir/name`, with the development keys. */
function buildPack(source, dir, name) {
  const unsigned = join(dir, `unsigned-${name}`);
  const signed = join(dir, name);
  execFileSync(PACK_TOOL, ['build', source, '--out', unsigned], { stdio: 'ignore' });
  execFileSync(PACK_TOOL, ['sign', unsigned, ...SIGNING, '--out', signed, '--level', '3'], { stdio: 'ignore' });
  execFileSync('rm', [unsigned]);
  return signed;
}

/** Starts the sync server on a free port of 127.0.0.1 with `data` and further `args`; resolves
 *  to its address (HOST:PORT) and a stop function, which resolves once the server has exited. */
async function startSyncServer(data, args) {
  const server = spawn(SYNC_SERVER, ['--data', data, '--listen', '127.0.0.1:0', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  const addr = await waitFor('the sync server to listen', () => log.match(/"addr":"(127\.0\.0\.1:\d+)"/)?.[1]);
  const stop = () =>
    new Promise((done) => {
      if (server.exitCode !== null || server.signalCode !== null) return done();
      server.once('exit', () => done());
      server.kill('SIGTERM');
    });
  return { addr, stop };
}

/** The sync server serving `packs`; resolves to its packs URL. */
async function startPackServer(data, packs) {
  const { addr, stop } = await startSyncServer(data, ['--packs', packs]);
  return { url: `http://${addr}/packs/`, stop };
}

/** First start in `lang` with a passphrase, up to the home screen. */
async function firstStart(app, lang) {
  await app.click(`main button.language[data-code="${lang}"]`);
  await app.type('#new-passphrase', PASSPHRASE);
  await app.type('#confirm-passphrase', PASSPHRASE);
  await app.click('form button[type="submit"]');
  await app.waitText('#home-title', message(lang, 'home-title'), 30000);
}

/** First start in English with a passphrase, then the packs screen. */
async function firstStartToPacks(app) {
  await firstStart(app, 'en');
  await app.click('nav a[href="/packs"]');
}

/** Answers the system's file dialog as a person would: focus it, type the path, press Enter.
 *  An open dialog takes the path in its location bar; a save dialog in its name field. */
async function answerFileDialog(path, kind = 'open') {
  const titles = kind === 'open' ? '^(Open|Open File)$' : '^(Save|Save File|Save As)$';
  const visibleDialog = () => {
    const found = spawnSync('xdotool', ['search', '--onlyvisible', '--name', titles], { encoding: 'utf8' });
    return found.stdout.trim().split('\n').filter(Boolean)[0];
  };
  const dialog = await waitFor(`the ${kind} dialog`, visibleDialog);
  const xdotool = (...args) => execFileSync('xdotool', args);
  xdotool('windowfocus', '--sync', dialog);
  xdotool('key', '--clearmodifiers', kind === 'open' ? 'ctrl+l' : 'ctrl+a');
  xdotool('type', '--delay', '5', path);
  // The location bar completes as it is typed, and an Enter that arrives before it settles only
  // completes: press it until the dialog is gone.
  await waitFor('the file dialog to accept the path', async () => {
    await new Promise((done) => setTimeout(done, 700));
    if (visibleDialog() !== dialog) return true;
    xdotool('windowfocus', '--sync', dialog);
    xdotool('key', 'Return');
    return false;
  });
}

test('a pack file through the system file dialog: progress, then the new version and its content', async () => {
  const dir = join(scratch, 'import');
  mkdirSync(dir);
  const pack = newerDefaultPack(dir, 40);
  await withApp(noKeystore(join(dir, 'data')), async (app) => {
    await app.setSize(1024, 760);
    await firstStartToPacks(app);
    await app.waitText('[data-pack="default"] [data-testid="pack-version"]', String(pack.version - 1));
    await app.execute(`window.__sawProgress = false;
      new MutationObserver(() => { if (document.querySelector('progress')) window.__sawProgress = true; })
        .observe(document.body, { subtree: true, childList: true });`);
    await app.click('[data-testid="import-pack"]');
    await answerFileDialog(pack.path);
    await app.waitText('[data-testid="imported"]', message('en', 'packs-imported', { title: 'Basic pack', version: pack.version }), 30000);
    assert.equal(await app.execute('return window.__sawProgress'), true, 'no progress was shown');
    await app.waitText('[data-pack="default"] [data-testid="pack-version"]', String(pack.version));
    await screenshot(app, 'packs-imported-en.png');
    await app.click('nav a[href="/portal"]');
    await app.waitText('[data-article="e2e-39"] .title', 'Test article 39');
  });
});

test('an update from a server: the delta size next to the full size, progress, then the new content', async () => {
  const dir = join(scratch, 'update');
  const packs = join(dir, 'packs');
  mkdirSync(packs, { recursive: true });
  // The server holds version 1 (as built into the app), version 2, the delta between them, and
  // the signed index, exactly as a publisher would lay them out.
  const v1 = buildPack(resolve('content/default'), packs, 'default-1.mpk');
  const v2 = newerDefaultPack(dir, 3);
  execFileSync('cp', [v2.path, join(packs, 'default-2.mpk')]);
  execFileSync(PACK_TOOL, ['diff', v1, join(packs, 'default-2.mpk'), '--out', join(packs, 'default-1-2.mpd')], { stdio: 'ignore' });
  execFileSync(PACK_TOOL, ['publish', packs, '--version', '1', ...SIGNING], { stdio: 'ignore' });
  const server = await startPackServer(join(dir, 'server'), packs);
  try {
    await withApp(noKeystore(join(dir, 'data')), async (app) => {
      await app.setSize(1024, 900);
      await firstStartToPacks(app);
      await app.waitText('#packs-updates', message('en', 'packs-updates-title'));
      // Nothing here knows whether this machine is on Wi-Fi: the test turns "Wi-Fi only" off.
      await app.click('[data-testid="wifi-only"]');
      await app.type('#update-server', server.url);
      await app.click('form.server button[type="submit"]');
      await app.waitText('[data-testid="check-updates"]', message('en', 'packs-check'));
      await app.click('[data-testid="check-updates"]');
      const deltaSize = statSync(join(packs, 'default-1-2.mpd')).size;
      const fullSize = statSync(join(packs, 'default-2.mpk')).size;
      assert.ok(deltaSize < fullSize / 2, `delta ${deltaSize} B vs full ${fullSize} B`);
      // The offer is the delta: its line is the "only the changes" message, whatever the sizes.
      const template = message('en', 'packs-size-delta', { size: 'SIZE', full: 'FULL' })
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/SIZE|FULL/g, '.+');
      await app.waitText('[data-offer="default"] [data-testid="offer-size"]', new RegExp(`^${template}$`), 30000);
      await screenshot(app, 'packs-update-offer-en.png');
      await app.execute(`window.__sawProgress = false;
        new MutationObserver(() => { if (document.querySelector('[data-offer] progress')) window.__sawProgress = true; })
          .observe(document.body, { subtree: true, childList: true });`);
      await app.click('[data-offer="default"] [data-testid="start-update"]');
      await app.waitText('[data-testid="updated"]', message('en', 'packs-updated', { title: 'Basic pack', version: 2 }), 30000);
      assert.equal(await app.execute('return window.__sawProgress'), true, 'no progress was shown');
      await app.waitText('[data-pack="default"] [data-testid="pack-version"]', '2');
      await app.waitText('[data-testid="no-updates"]', message('en', 'packs-no-updates'));
      await screenshot(app, 'packs-updated-en.png');
      await app.click('nav a[href="/portal"]');
      await app.waitText('[data-article="e2e-2"] .title', 'Test article 2');
    });
  } finally {
    await server.stop();
  }
});

test('the guide: search in three scripts, open a result, read it beside Japanese, hide furigana', async () => {
  const dir = join(scratch, 'guide');
  mkdirSync(dir);
  await withApp(noKeystore(join(dir, 'data')), async (app) => {
    await app.setSize(1100, 900);
    await firstStartToPacks(app);
    await app.click('nav a[href="/portal"]');
    await app.click('[data-testid="search-all"]');
    // Each query finds an article whose extract highlights what was typed, as it is written.
    for (const [typed, shown, name] of [
      ['家賃', ['家賃'], 'ja'],
      ['ngan hang', ['ngân', 'hàng'], 'vi'],
      ['လုပ်ခ', ['လုပ်ခ'], 'my'],
    ]) {
      await app.type('[data-testid="search"]', typed);
      await waitFor(`results for ${typed}`, async () => {
        const marks = await app.execute(
          `const hit = document.querySelector('[data-hit]');
           return hit ? [...hit.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase()) : null;`,
        );
        return marks && shown.every((word) => marks.includes(word)) ? marks : null;
      });
      await screenshot(app, `guide-search-${name}.png`);
    }
    await app.type('[data-testid="search"]', '家賃');
    await waitFor('a result for 家賃', () => app.execute(`return document.querySelector('[data-hit] mark')?.textContent === '家賃'`));
    await app.click('[data-hit]');
    await app.waitText('#article-title', /\S/);
    // Read it in Vietnamese beside the Japanese, as at a city-hall counter.
    await app.execute(`const select = document.querySelector('[data-testid="read-in"]');
      select.value = 'vi'; select.dispatchEvent(new Event('change', { bubbles: true }));`);
    await waitFor('the Vietnamese text', () => app.execute(`return document.querySelector('article.reader')?.lang === 'vi'`));
    await app.click('[data-testid="bilingual"]');
    await waitFor('the Japanese column', () => app.execute(`return document.querySelector('article.reader[data-column="1"]')?.lang === 'ja'`));
    const rubyShown = () => app.execute(`const rt = document.querySelector('article.reader[lang="ja"] rt');
      return rt ? getComputedStyle(rt).display !== 'none' : null;`);
    assert.equal(await rubyShown(), true, 'the Japanese column has furigana');
    await screenshot(app, 'guide-bilingual-furigana.png');
    await app.click('[data-testid="furigana"]');
    await waitFor('furigana hidden', async () => (await rubyShown()) === false);
    await screenshot(app, 'guide-bilingual-no-furigana.png');

    // A picture from the pack, decoded by the real web view under the app's CSP.
    await app.click('nav a[href="/portal"]');
    // Misspelled: the search is corrected through the index's own vocabulary, and says so.
    await app.type('[data-testid="search"]', 'pay slpi');
    await waitFor('the pay slip article', () => app.execute(`return !!document.querySelector('[data-hit="pay-slip-deductions"]')`));
    assert.equal(
      await app.execute(`return document.querySelector('[data-testid="search-corrected"]')?.textContent.trim() ?? null`),
      message('en', 'portal-search-corrected', { text: 'pay slip' }),
    );
    await app.click('[data-hit="pay-slip-deductions"]');
    const width = await waitFor('the pay slip picture', () =>
      app.execute(`const img = document.querySelector('article.reader figure img');
        return img && img.complete && img.naturalWidth > 0 ? img.naturalWidth : null;`),
    );
    assert.equal(width, 760);
    await app.execute(`document.querySelector('article.reader figure').scrollIntoView()`);
    await screenshot(app, 'guide-picture.png');

    // Saved through the real store: the guide lists it under Saved and under Recently read.
    await app.execute('window.scrollTo(0, 0)');
    await waitFor('the save button', () => app.execute(`return document.querySelector('[data-testid="bookmark"]')?.disabled === false`));
    await app.click('[data-testid="bookmark"]');
    await waitFor('saved', () => app.execute(`return document.querySelector('[data-testid="bookmark"]').getAttribute('aria-pressed') === 'true'`));
    await app.click('nav a[href="/portal"]');
    await waitFor('Saved and Recently read', () =>
      app.execute(`return !!document.querySelector('[data-saved="pay-slip-deductions"]')
        && !!document.querySelector('[data-recent="pay-slip-deductions"]')`),
    );
    assert.equal(await app.execute(`return document.querySelector('.notice.error')?.textContent ?? null`), null);

    // "Which line do I call?" from the real directory: unpaid wages lists the lines for it,
    // each with a badge for now in Japan and a call button.
    await app.click('[data-testid="lines-link"]');
    await app.click('[data-topic="wages"]');
    const lines = await waitFor('the lines for wages', () =>
      app.execute(`const cards = [...document.querySelectorAll('.results [data-entry]')];
        return cards.length && cards.every((c) => c.querySelector('.badge'))
          ? cards.map((c) => [c.dataset.entry, c.querySelector('[data-testid="call"]')?.getAttribute('href')]) : null;`),
    );
    assert.deepEqual(lines.map(([id]) => id).sort(), ['houterasu-multilingual', 'labour-hotline']);
    assert.ok(lines.every(([, href]) => /^tel:[0-9]+$/.test(href)), JSON.stringify(lines));
    await screenshot(app, 'lines-wages-en.png');

    // The self-check from the default pack, through the real store: a trainee whose passport
    // is kept gets the serious finding, with the article and the lines that help.
    await app.click('nav a[href="/self-check"]');
    await app.click('[data-testid="start"]');
    await app.click('[data-answer="technical-intern"]');
    await app.click('[data-testid="next"]');
    await app.click('[data-question="passport-kept"] [data-answer="yes"]');
    await screenshot(app, 'selfcheck-question-en.png');
    await waitFor('the last question', async () => {
      if (await app.execute(`return !!document.querySelector('[data-testid="finish"]')`)) return true;
      await app.click('[data-testid="next"]');
      return false;
    });
    await app.click('[data-testid="finish"]');
    const severity = await waitFor('the findings', () =>
      app.execute(`return document.querySelector('[data-finding="passport-kept-trainee"]')?.dataset.severity ?? null`),
    );
    assert.equal(severity, 'serious');
    assert.ok(await app.execute(`return !!document.querySelector('[data-finding="passport-kept-trainee"] a[href="/portal/passport-card-kept"]')`));
    await screenshot(app, 'selfcheck-result-en.png');
    await app.click('[data-testid="to-start"]');
    await waitFor('the check in the history', () => app.execute(`return document.querySelectorAll('[data-check]').length === 1`));
    // Ten points for the finished check, shown with the profile.
    await app.click('nav a[href="/settings"]');
    await app.waitText('[data-testid="points"]', message('en', 'settings-points', { points: 10 }));
  });
});

test('a due self-check: the notification is off until turned on, then says only "a reminder" once the store opens', async () => {
  const dir = join(scratch, 'reminder');
  mkdirSync(dir);
  const env = noKeystore(join(dir, 'data'));
  const watched = join(dir, 'bus.log');
  /** Runs the app once with `body`, watching the session bus for notifications meanwhile. */
  const watching = async (body) => {
    const monitor = spawn('dbus-monitor', ['--session', "interface='org.freedesktop.Notifications',member='Notify'"], {
      stdio: ['ignore', openSync(watched, 'w'), 'ignore'],
    });
    await new Promise((done) => setTimeout(done, 500));
    try {
      await withApp(env, body);
    } finally {
      monitor.kill();
    }
    return readFileSync(watched, 'utf8');
  };

  // Arrived on 1 January 2026, so the first check was due on 1 April: the home screen says so,
  // but nothing is notified while reminders are off.
  const before = await watching(async (app) => {
    await firstStartToPacks(app);
    await app.click('nav a[href="/settings"]');
    await app.click('input[name="journey"][value="in-japan"]');
    await setDate(app, '#journey-date', '2026-01-01');
    await app.click('form button[type="submit"]');
    await app.waitText('.notice.ok[role="status"]', message('en', 'profile-saved'));
    assert.equal(await app.execute(`return document.querySelector('[data-testid="reminders"]').checked`), false);
    await app.click('[data-testid="reminders"]');
    await waitFor('the choice to be saved', () =>
      app.execute(`return document.querySelector('[data-testid="reminders"]').checked`),
    );
    await app.click('a.brand');
    await app.find('[data-testid="selfcheck-due"]');
  });
  assert.ok(!before.includes('member=Notify'), before);

  // Next start: once the store is open, one notification, titled "Mirai", saying nothing more.
  const after = await watching(async (app) => {
    await app.type('#passphrase', PASSPHRASE);
    await app.click('form button[type="submit"]');
    await app.waitText('#home-title', message('en', 'home-title'), 30000);
    await waitFor('the notification on the bus', () => readFileSync(watched, 'utf8').includes('member=Notify'));
  });
  const call = after.slice(after.indexOf('member=Notify'));
  assert.ok(call.includes('string "Mirai"'), call);
  assert.ok(call.includes(`string "${message('en', 'reminder-notification')}"`), call);
  assert.ok(!/self-check|labou?r|passport/i.test(call), `the notice says what it is about: ${call}`);
});

/** An organisation as an NGO would set it up: a fresh X25519 key pair, its secret half as
 *  `mirai-org` keeps it (hex), and the code it hands out (`mirai-seal`'s format, written here
 *  independently): the public key, the name, and a checksum. */
function organisation(name) {
  const { publicKey, privateKey } = generateKeyPairSync('x25519');
  const key = Buffer.from(publicKey.export({ format: 'jwk' }).x, 'base64url');
  const payload = Buffer.concat([key, Buffer.from(name, 'utf8')]);
  const checksum = createHash('sha256').update(payload).digest().subarray(0, 4);
  const secret = Buffer.from(privateKey.export({ format: 'jwk' }).d, 'base64url').toString('hex');
  // Its name on the sync server: the key's fingerprint (first 8 bytes of its SHA-256), in hex.
  const fingerprint = createHash('sha256').update(key).digest().subarray(0, 8).toString('hex');
  return { code: `MIRAI1-${Buffer.concat([payload, checksum]).toString('base64url')}`, secret, fingerprint };
}

/** Every file under `dir`, recursively. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.isFile() ? [path] : [];
  });
}

test('self-check in Vietnamese: killed mid-sheet and restored, the serious finding, the PDF summary, a sealed share sent through the sync server, and no trace', async () => {
  const dir = join(scratch, 'selfcheck-vi');
  const home = join(dir, 'home');
  const temp = join(dir, 'tmp');
  mkdirSync(temp, { recursive: true });
  mkdirSync(home, { recursive: true });
  const env = {
    ...noKeystore(join(dir, 'data')),
    HOME: home,
    XDG_DATA_HOME: join(home, 'data'),
    XDG_CACHE_HOME: join(home, 'cache'),
    XDG_CONFIG_HOME: join(home, 'config'),
    TMPDIR: temp,
    MIRAI_LOG: 'debug',
  };
  const logPath = join(dir, 'app.log');
  const log = openSync(logPath, 'a');
  const questionnaire = JSON.parse(readFileSync(resolve('content/default/questionnaires/worker-self-check.json'), 'utf8'));
  const rule = questionnaire.rules.find((r) => r.id === 'passport-kept-trainee');
  const checked = (app, answer) => app.execute(`return document.querySelector('[data-answer="${answer}"]')?.checked ?? null`);

  // First run: Vietnamese, two answers, then the app is killed without a chance to save.
  const driver = await startDriver({ env, log });
  const first = await openApp(driver, APP);
  try {
    await first.setSize(1024, 800);
    await first.click('main button.language[data-code="vi"]');
    await first.type('#new-passphrase', PASSPHRASE);
    await first.type('#confirm-passphrase', PASSPHRASE);
    await first.click('form button[type="submit"]');
    await first.waitText('#home-title', message('vi', 'home-title'), 30000);
    await first.click('nav a[href="/self-check"]');
    await first.waitText('[data-testid="start"]', message('vi', 'selfcheck-start'));
    await first.click('[data-testid="start"]');
    await first.click('[data-answer="technical-intern"]');
    await first.click('[data-testid="next"]');
    await first.click('[data-question="passport-kept"] [data-answer="yes"]');
    await waitFor('the answer to be saved', () => checked(first, 'yes'));
    await screenshot(first, 'selfcheck-question-vi.png');
    // A moment for the save to reach Rust; the click only waits for the DOM.
    await new Promise((done) => setTimeout(done, 1000));
    execFileSync('pkill', ['-KILL', '-f', APP]);
    await waitFor('the app to die', () => spawnSync('pgrep', ['-f', APP]).status !== 0);
  } finally {
    await first.close().catch(() => {});
    await driver.stop();
  }

  const note = 'CANARY-ghi-chu-7f3a9c-MẬT';
  const employer = 'Công ty CANARY-employer-51e2';
  const orgName = 'Mạng lưới hỗ trợ lao động';
  const org = organisation(orgName);
  const pdf = join(dir, 'tom-tat.pdf');
  const sealedFile = join(dir, 'gui-to-chuc.sealed');
  // The organisation's sync server, with the organisation's admin device named at start.
  const admin = deviceKey('a1'.repeat(32));
  const sync = await startSyncServer(join(dir, 'sync-server'), ['--org-admin', `${org.fingerprint}:${admin.device}`]);
  const syncUrl = `ws://${sync.addr}/sync`;
  await withApp(
    env,
    async (app) => {
      await app.setSize(1024, 800);
      await app.waitText('#unlock-title', message('vi', 'unlock-title'));
      await app.type('#passphrase', PASSPHRASE);
      await app.click('form button[type="submit"]');
      await app.waitText('#home-title', message('vi', 'home-title'), 30000);
      await app.click('nav a[href="/self-check"]');
      // The draft survived the kill: the sheet continues with both answers given.
      await app.waitText('[data-testid="start"]', message('vi', 'selfcheck-continue'));
      await app.click('[data-testid="start"]');
      assert.equal(await waitFor('the first answer', () => checked(app, 'technical-intern')), true);
      await app.click('[data-testid="next"]');
      assert.equal(await waitFor('the second answer', () => checked(app, 'yes')), true);
      await waitFor('the last question', async () => {
        if (await app.execute(`return !!document.querySelector('[data-testid="finish"]')`)) return true;
        await app.click('[data-testid="next"]');
        return false;
      });
      await app.click('[data-testid="finish"]');
      const finding = await waitFor('the serious finding with its help', () =>
        app.execute(`const f = document.querySelector('[data-finding="passport-kept-trainee"]');
          return f ? { severity: f.dataset.severity, text: f.querySelector('p[lang]')?.textContent,
            article: !!f.querySelector('a[href="/portal/passport-card-kept"]'),
            lines: [...f.querySelectorAll('[data-entry]')].map((e) => e.dataset.entry) } : null;`),
      );
      assert.deepEqual(finding, {
        severity: 'serious',
        text: rule.finding.vi,
        article: true,
        lines: ['houterasu-multilingual', 'police-110'],
      });
      await screenshot(app, 'selfcheck-result-vi.png');

      // The printable summary, saved as a PDF through the system's save dialog.
      await app.click('[data-testid="summary"]');
      await app.find('[data-summary] tbody tr');
      await app.waitText('[data-summary] h1 span[lang="ja"]', message('ja', 'selfcheck-summary-title'));
      await screenshot(app, 'selfcheck-summary-vi.png');
      await app.click('[data-testid="save-pdf"]');
      await answerFileDialog(pdf, 'save');
      await app.waitText('[data-testid="saved"]', message('vi', 'selfcheck-summary-saved', { path: pdf }), 60000);
      assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
      // The CJK font maps some kanji to their Kangxi radical look-alikes in the text layer;
      // NFKC folds them back, as a reader's copy-paste would need.
      const flat = (text) => text.normalize('NFKC').replace(/\s+/g, '');
      const text = flat(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
      for (const expected of [rule.finding.vi, rule.finding.ja, message('ja', 'selfcheck-summary-title')]) {
        const fragment = flat(expected).slice(0, 16);
        assert.ok(text.includes(fragment), `the PDF lacks "${fragment}"`);
      }
      const pages = join(SHOTS ?? dir, 'selfcheck-summary-vi-page');
      execFileSync('pdftoppm', ['-png', '-r', '70', pdf, pages]);
      const rendered = readdirSync(SHOTS ?? dir).filter((f) => f.startsWith('selfcheck-summary-vi-page-'));
      assert.ok(rendered.length >= 1, 'no page rendered from the PDF');

      // Sharing: an organisation from its code, what will be sent, then sealed into the outbox.
      await app.click('a[href^="/self-check?result="]');
      await app.click('[data-testid="share"]');
      await app.type('#org-code', org.code);
      await app.click('[data-testid="add-org"]');
      await app.find('input[name="organisation"]:checked');
      await app.click('[data-testid="identify"] summary');
      await app.type('#employer', employer);
      await app.type('#note', note);
      assert.equal(await app.execute(`return document.querySelector('#note').value`), note);
      await screenshot(app, 'selfcheck-share-vi.png');
      await app.click('[data-testid="send"]');
      await app.waitText('[data-testid="sent"]', message('vi', 'selfcheck-share-sent', { organisation: orgName }));
      await app.click('nav a[href="/self-check"]');
      const queued = await waitFor('the outbox', () =>
        app.execute(`const states = [...document.querySelectorAll('[data-outbox]')].map((i) => i.dataset.state);
          return states.length ? states : null;`),
      );
      assert.deepEqual(queued, ['queued']);
      // Until sync delivers it, the worker can hand it over as a file; it is still sealed.
      await app.click('[data-testid="save-file"]');
      await answerFileDialog(sealedFile, 'save');
      await app.waitText('[data-testid="outbox-saved"]', message('vi', 'selfcheck-outbox-saved', { path: sealedFile }));
      await screenshot(app, 'selfcheck-outbox-vi.png');

      // Sync: with the server's address saved in Settings, the submission leaves by itself.
      await app.click('nav a[href="/settings"]');
      await app.waitText('[data-testid="sync-state"] strong', message('vi', 'sync-state', { state: 'off' }));
      await app.type('#sync-server', syncUrl);
      await app.click('form:has(#sync-server) button[type="submit"]');
      await app.waitText('[data-testid="sync-state"] strong', message('vi', 'sync-state', { state: 'done' }), 60000);
      await app.execute(`document.querySelector('[data-testid="sync-state"]').scrollIntoView({ block: 'center' })`);
      await screenshot(app, 'sync-settings-vi.png');
      await app.click('nav a[href="/self-check"]');
      const sent = await waitFor('the outbox to show it sent', () =>
        app.execute(`const states = [...document.querySelectorAll('[data-outbox]')].map((i) => i.dataset.state);
          return states.length && states.every((state) => state === 'sent') ? states : null;`),
      );
      assert.deepEqual(sent, ['sent']);
    },
    log,
  );
  closeSync(log);

  // On the server, the organisation's admin sees one document shared by one worker's account.
  const shared = await signedPost(syncUrl, admin, `/v1/teams/${org.fingerprint}/shared`);
  // Stopped and gone before the disk is searched: it removes its WAL files as it exits.
  await sync.stop();
  assert.equal(shared.status, 200, JSON.stringify(shared.body));
  assert.equal(shared.body.documents.length, 1, JSON.stringify(shared.body));
  assert.match(shared.body.documents[0].owner, /^w-[0-9a-f]{32}$/);

  // The organisation, and only it, opens the file with its secret key (in its own folder).
  const orgDir = join(scratch, 'organisation');
  mkdirSync(orgDir);
  writeFileSync(join(orgDir, 'org.key'), `${org.secret}\n`, { mode: 0o600 });
  const opened = join(orgDir, 'opened.jsonl');
  execFileSync(ORG_TOOL, ['open', '--key', join(orgDir, 'org.key'), '--out', opened, sealedFile]);
  const received = JSON.parse(readFileSync(opened, 'utf8'));
  assert.equal(received.note, note);
  assert.equal(received.employer, employer);
  assert.deepEqual(received.answers['passport-kept'], { choice: 'yes' });
  assert.deepEqual(received.findings.slice(0, 1), ['passport-kept-trainee']);

  // The canary: the note and the employer's name were sealed; in clear they are nowhere on
  // disk (database, WAL, key file, the sealed file, the webview's own files, temp files, the
  // app's log).
  const files = [...filesUnder(dir).filter((f) => f !== pdf && !f.includes('selfcheck-summary-vi-page'))];
  assert.ok(files.some((f) => f.endsWith('mirai.db')) && files.includes(logPath), files.join('\n'));
  for (const canary of [note, employer]) {
    const needles = [Buffer.from(canary, 'utf8'), Buffer.from(canary, 'utf16le'), Buffer.from(canary.slice(0, 12), 'utf8')];
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) assert.ok(!bytes.includes(needle), `"${needle}" found in ${file}`);
    }
  }
});

test('pairing: a synced device in Vietnamese shows a code and its QR code; another, in Chinese, redeems it, stays linked and can show a code of its own', async () => {
  const dir = join(scratch, 'pairing');
  const sync = await startSyncServer(join(dir, 'sync-server'), []);
  const syncUrl = `ws://${sync.addr}/sync`;
  const state = (name) => message('vi', 'sync-state', { state: name });
  const second = noKeystore(join(dir, 'second'));
  try {
    let code;
    await withApp(noKeystore(join(dir, 'first')), async (app) => {
      await app.setSize(1024, 900);
      await firstStart(app, 'vi');
      await app.click('nav a[href="/settings"]');
      await app.type('#sync-server', syncUrl);
      await app.click('form:has(#sync-server) button[type="submit"]');
      await app.waitText('[data-testid="sync-state"] strong', state('done'), 60000);
      await app.click('[data-testid="pair-get"]');
      code = (await app.waitText('[data-testid="pair-code"]', /^[2-9A-Z]{4} [2-9A-Z]{4}$/, 30000)).replace(' ', '');
      await app.waitText('[data-testid="pair-left"]', /\b(10:00|9:[0-5]\d)\b/);
      const qr = await app.execute(`const svg = document.querySelector('[data-testid="pair-qr"]');
        const box = svg.getBoundingClientRect();
        return { viewBox: svg.getAttribute('viewBox'), path: svg.querySelector('path').getAttribute('d'), width: box.width, height: box.height };`);
      assert.match(qr.viewBox, /^0 0 (\d+) \1$/, 'a square of modules');
      assert.ok(qr.path.startsWith('M4 4h7v1h-7z'), 'the finder pattern inside the quiet zone');
      assert.ok(qr.width >= 120 && qr.width === qr.height, JSON.stringify(qr));
      await keepInView(app, '[data-testid="pair-offer"]');
      await screenshot(app, 'sync-pairing-vi.png');
      await app.setSize(360, 800);
      await waitFor('the phone-wide layout', () => app.execute('return window.innerWidth <= 360'));
      await keepInView(app, '[data-testid="pair-offer"]');
      const overflow = await app.execute('return document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone`);
      await screenshot(app, 'sync-pairing-vi-phone.png');
    });

    // The other device, in Chinese, has no server yet: a bare code cannot be redeemed; the QR
    // code's text carries the server, a wrong code is refused, the right one links the device.
    await withApp(second, async (app) => {
      await app.setSize(1024, 900);
      await firstStart(app, 'zh');
      await app.click('nav a[href="/settings"]');
      await app.setSize(360, 800);
      await waitFor('the phone-wide layout', () => app.execute('return window.innerWidth <= 360'));
      await app.waitText('[data-testid="sync-state"] strong', message('zh', 'sync-state', { state: 'off' }));
      await app.type('#pair-code-input', `${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase());
      await app.click('[data-testid="pair-use"]');
      await app.waitText('[data-testid="pair-redeem-error"]', message('zh', 'error-sync-no-server'));
      const invitation = (typed) => `mirai-pair:${typed}?server=${encodeURIComponent(syncUrl)}`;
      await app.type('#pair-code-input', invitation('ZZZZZZZZ'));
      await app.click('[data-testid="pair-use"]');
      await app.waitText('[data-testid="pair-redeem-error"]', message('zh', 'error-pairing-wrong-code'), 30000);
      await keepInView(app, '[data-testid="pair-redeem-error"]');
      const overflow = await app.execute('return document.documentElement.scrollWidth - window.innerWidth');
      assert.ok(overflow <= 0, `the page is ${overflow}px wider than a phone`);
      await screenshot(app, 'sync-pairing-zh-phone-error.png');
      await app.type('#pair-code-input', invitation(code));
      await app.click('[data-testid="pair-use"]');
      await app.waitText('[data-testid="pair-linked"]', message('zh', 'sync-pair-linked'), 30000);
      assert.equal(await app.execute(`return document.querySelector('#sync-server').value`), syncUrl);
      await app.waitText('[data-testid="sync-state"] strong', message('zh', 'sync-state', { state: 'done' }), 60000);
      await app.click('[data-testid="pair-get"]');
      await app.waitText('[data-testid="pair-code"]', /^[2-9A-Z]{4} [2-9A-Z]{4}$/, 30000);
      await keepInView(app, '[data-testid="pair-offer"]');
      await screenshot(app, 'sync-pairing-zh-phone.png');
    });
    await withApp(second, async (app) => {
      await app.type('#passphrase', PASSPHRASE);
      await app.click('form button[type="submit"]');
      await app.waitText('#home-title', message('zh', 'home-title'), 30000);
      await app.click('nav a[href="/settings"]');
      await app.waitText('[data-testid="pair-linked"]', message('zh', 'sync-pair-linked'), 30000);
    });
  } finally {
    await sync.stop();
  }
});

after(() => {
  if (process.env.MIRAI_E2E_KEEP) return;
  execFileSync('rm', ['-rf', scratch]);
});
