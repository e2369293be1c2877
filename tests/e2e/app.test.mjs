// End-to-end tests of the real app: the built binary in a real WebKitGTK window, driven by
// tauri-driver and WebKitWebDriver, under Xvfb, with a real Secret Service from
// gnome-keyring on a private D-Bus session. Run by the test command as
//   xvfb-run -a dbus-run-session -- node --test tests/e2e/
// APP names the binary; MIRAI_SCREENSHOTS, if set, is where the documentation screenshots go.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { message } from './messages.mjs';
import { openApp, startDriver, waitFor } from './webdriver.mjs';

const APP = resolve(process.env.APP ?? 'target/debug/mirai');
const SHOTS = process.env.MIRAI_SCREENSHOTS ? resolve(process.env.MIRAI_SCREENSHOTS) : null;
const PASSPHRASE = 'bốn từ dễ nhớ';
const scratch = mkdtempSync(join(tmpdir(), 'mirai-e2e-'));
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

/** Runs `body` with the app open on `dataDir`; closes everything afterwards. */
async function withApp(env, body) {
  const driver = await startDriver({ env });
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
    await app.waitText('[data-testid="schema-version"]', '2');
    await app.waitText('[data-testid="protection"]', message('vi', 'data-protection-passphrase'));

    // The switcher in the header, from this screen: two taps to Burmese.
    await chooseInDialog(app, 'my');
    await app.waitText('#settings-profile', message('my', 'settings-profile'));
    assert.equal(await app.execute('return document.documentElement.lang'), 'my');

    // A profile rule from Rust, reported next to the field, in Burmese; the draft is kept.
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

after(() => {
  if (process.env.MIRAI_E2E_KEEP) return;
  execFileSync('rm', ['-rf', scratch]);
});
