// The built UI in Chromium with the Rust side mocked: language switching, the first-start
// screens, error handling, and the screen rules of ux.md (reflow, targets, contrast, lang).

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { message } from '../../../tests/e2e/messages.mjs';
import { openPage, start } from './harness.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const LANGUAGES = ['ja', 'en', 'zh', 'vi', 'tl', 'id', 'my', 'pt', 'es'];
const ROUTES = ['/', '/portal', '/portal/lines', '/self-check', '/assist', '/friends', '/packs', '/settings'];
let env;

before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

async function axe(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('language', () => {
  test('first start: the picker shows every language in its own script; Burmese switches the whole app', async () => {
    const { page, context, errors } = await openPage(env.browser, { uiLanguage: null });
    for (const [code, endonym] of [['my', 'မြန်မာဘာသာ'], ['ja', '日本語'], ['vi', 'Tiếng Việt']]) {
      const button = page.locator(`main button.language[data-code="${code}"]`);
      assert.equal((await button.textContent()).trim(), endonym);
      assert.ok((await button.getAttribute('lang')).startsWith(code));
    }
    await page.click('main button.language[data-code="my"]');
    await page.waitForSelector('#home-title');
    assert.equal(await page.textContent('#home-title'), message('my', 'home-title'));
    assert.equal(await page.getAttribute('html', 'lang'), 'my');
    const nav = await page.locator('nav a[href="/settings"]').textContent();
    assert.equal(nav.trim(), message('my', 'nav-settings'));
    assert.ok(/[\u1000-\u109f]/.test(await page.textContent('main')), 'no Myanmar script on the page');
    assert.deepEqual(errors, []);
    await context.close();
  });

  test('the switcher is two taps away on every screen', async () => {
    for (const route of ROUTES) {
      const { page, context } = await openPage(env.browser, { uiLanguage: 'en' }, route);
      await page.click('[data-testid="language-button"]');
      await page.click('dialog button.language[data-code="tl"]');
      await page.waitForFunction(() => document.documentElement.lang === 'tl');
      const label = await page.locator('[data-testid="language-button"]').textContent();
      assert.equal(label.trim(), message('tl', 'language-button'), route);
      await context.close();
    }
  });

  test('the device language is the first guess, and Chinese is tagged zh-Hans', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: null, locale: 'pt-BR' });
    await page.waitForSelector('main button.language');
    assert.equal(await page.textContent('h1'), message('pt', 'language-picker-title'));
    await page.click('main button.language[data-code="zh"]');
    await page.waitForSelector('#home-title');
    assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
    await context.close();
  });
});

describe('first start and unlock', () => {
  test('a new passphrase: mismatch is explained next to the field and in a focused summary', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'vi', session: 'needs-new-passphrase' });
    await page.fill('#new-passphrase', 'mật khẩu dài');
    await page.fill('#confirm-passphrase', 'mật khẩu khác');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('.summary');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('summary')), true);
    assert.equal((await page.textContent('.summary a')).trim(), message('vi', 'setup-mismatch'));
    assert.equal(await page.getAttribute('#confirm-passphrase', 'aria-invalid'), 'true');
    await page.fill('#confirm-passphrase', 'mật khẩu dài');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('#home-title');
    await context.close();
  });

  test('passphrase fields never autocomplete or spell-check', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'en', session: 'needs-passphrase' });
    const input = page.locator('#passphrase');
    assert.equal(await input.getAttribute('spellcheck'), 'false');
    assert.equal(await input.getAttribute('autocapitalize'), 'off');
    assert.equal(await input.getAttribute('type'), 'password');
    await page.check('input[type="checkbox"]');
    assert.equal(await input.getAttribute('type'), 'text');
    await context.close();
  });

  test('a wrong passphrase shows the message Rust sent, and the right one opens the app', async () => {
    const wrong = message('my', 'error-wrong-passphrase');
    const { page, context } = await openPage(env.browser, {
      uiLanguage: 'my',
      session: 'needs-passphrase',
      wrongPassphraseMessage: wrong,
    });
    await page.fill('#passphrase', 'nope');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('.summary');
    assert.equal((await page.textContent('.summary a')).trim(), wrong);
    await page.fill('#passphrase', 'correct horse');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('#home-title');
    await context.close();
  });

  test('a store that cannot be opened: the reason, the folder, and a confirmed fresh start', async () => {
    const error = { code: 'corrupt', message: message('en', 'error-corrupt'), issues: [] };
    const { page, context } = await openPage(env.browser, { uiLanguage: 'en', session: 'failed', error });
    await page.waitForSelector('#startup-error-title');
    assert.equal((await page.textContent('[data-error-code="corrupt"] p')).trim(), error.message);
    assert.match(await page.textContent('.path'), /org\.mirai\.app/);
    await page.click('.actions button.secondary');
    assert.equal((await page.textContent('.card p')).trim(), message('en', 'start-fresh-confirm'));
    await page.click('button.danger');
    await page.waitForSelector('#setup-title');
    assert.deepEqual(
      await page.evaluate(() => window.__mockCalls.filter((c) => c === 'start_fresh')),
      ['start_fresh'],
    );
    await context.close();
  });
});

describe('settings', () => {
  test('a profile rule broken: the message is next to the date, the draft is kept', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'es' }, '/settings');
    await page.selectOption('#home-country', 'PH');
    await page.check('input[name="journey"][value="in-japan"]');
    await page.fill('#journey-date', '2099-01-01');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('.summary');
    assert.equal((await page.textContent('.summary a')).trim(), message('es', 'profile-issue-arrival-in-future'));
    assert.equal(await page.inputValue('#home-country'), 'PH');
    await page.fill('#journey-date', '2026-04-01');
    await page.click('form button[type="submit"]');
    await page.waitForSelector('.notice.ok[role="status"]');
    await context.close();
  });

  test('text size applies to the whole document at once', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'en' }, '/settings');
    const size = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize);
    assert.equal(await size(), '16px');
    await page.check('input[name="text-size"][value="larger"]');
    await page.waitForFunction(() => document.documentElement.dataset.textSize === 'larger');
    assert.equal(await size(), '24px');
    await context.close();
  });

  test('the data section shows what Rust reports about encryption', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'en' }, '/settings');
    await page.click('details summary');
    assert.equal((await page.textContent('[data-testid="cipher-version"]')).trim(), 'SQLCipher 4.20.0 community · SQLite 3.53.4');
    await context.close();
  });
});

describe('screen rules (ux.md checklist)', () => {
  test('no sideways scroll at 320 px, in all nine languages, at normal and largest text', async () => {
    for (const textSize of ['normal', 'larger']) {
      for (const lang of LANGUAGES) {
        for (const route of ROUTES) {
          const { page, context } = await openPage(env.browser, { uiLanguage: lang, textSize }, route, {
            width: 320,
            height: 640,
          });
          await page.waitForSelector('main h1');
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.ok(overflow <= 0, `${lang} ${route} ${textSize}: ${overflow}px of sideways scroll`);
          await context.close();
        }
      }
    }
  });

  test('every control is at least 44 by 44 CSS pixels', async () => {
    for (const route of ROUTES) {
      const { page, context } = await openPage(env.browser, { uiLanguage: 'my' }, route, { width: 360, height: 740 });
      await page.waitForSelector('main h1');
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('button, a.button, a.tile, a.back, a.brand, nav a, .choice, select, input:not([type=radio]):not([type=checkbox]), summary')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      assert.deepEqual(small, [], route);
      await context.close();
    }
  });

  test('axe finds no WCAG 2.2 AA violation on any screen, in English and Burmese', async () => {
    const screens = [
      [{ uiLanguage: null }, '/'],
      [{ session: 'needs-new-passphrase' }, '/'],
      [{ session: 'needs-passphrase' }, '/'],
      [{ session: 'failed', error: { code: 'corrupt', message: 'Damaged.', issues: [] } }, '/'],
      ...ROUTES.map((route) => [{}, route]),
    ];
    for (const lang of ['en', 'my']) {
      for (const [scenario, route] of screens) {
        const { page, context } = await openPage(env.browser, { uiLanguage: lang, ...scenario }, route);
        await page.waitForSelector('main h1');
        const violations = await axe(page);
        assert.deepEqual(violations, [], `${lang} ${route} ${JSON.stringify(scenario)}`);
        await context.close();
      }
    }
  });

  test('Burmese text gets a Myanmar font and at least 1.8 line height; Vietnamese 1.6', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'my' });
    await page.waitForSelector('#home-title');
    const style = await page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.intro'));
      return { font: s.fontFamily, ratio: parseFloat(s.lineHeight) / parseFloat(s.fontSize) };
    });
    assert.match(style.font, /^"?Noto Sans Myanmar/);
    assert.ok(style.ratio >= 1.8, `line height ratio ${style.ratio}`);
    await context.close();
    const vi = await openPage(env.browser, { uiLanguage: 'vi' });
    await vi.page.waitForSelector('#home-title');
    const ratio = await vi.page.evaluate(() => {
      const s = getComputedStyle(document.querySelector('.intro'));
      return parseFloat(s.lineHeight) / parseFloat(s.fontSize);
    });
    assert.ok(ratio >= 1.6, `Vietnamese line height ratio ${ratio}`);
    await vi.context.close();
  });

  test('home has at most six tiles, each with a visible word', async () => {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'id' });
    await page.waitForSelector('.tile');
    const tiles = await page.locator('.tile .name').allTextContents();
    assert.ok(tiles.length <= 6);
    assert.ok(tiles.every((t) => t.trim().length > 0));
    await context.close();
  });
});
