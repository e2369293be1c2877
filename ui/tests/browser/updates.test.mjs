// Pack updates on the packs screen, in Chromium with the Rust side mocked: the server address,
// what an offer costs to download, a download paused, resumed and finished, "Wi-Fi only" on
// mobile data with "download anyway", and a cancelled download.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { message } from '../../../tests/e2e/messages.mjs';
import { basic } from './fixtures.mjs';
import { openPage, start } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

// The app's own `formatSize`, run in the page's Intl, so expected sizes are written as the UI
// writes them in each language.
const format = ts.transpileModule(readFileSync(new URL('../../src/lib/format.ts', import.meta.url), 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
}).outputText;
const size = (page, bytes, tag) =>
  page.evaluate(`(() => { const exports = {}; ${format}; return exports.formatSize(${bytes}, ${JSON.stringify(tag)}); })()`);

/** The error texts Rust would send, in `lang`. */
const errorMessages = (lang) =>
  Object.fromEntries(
    ['update-server-url', 'update-needs-wifi', 'update-cancelled', 'update-no-server'].map((code) => [
      code,
      message(lang, `error-${code}`),
    ]),
  );

const offer = {
  packId: 'default',
  title: 'Basic pack',
  languages: ['ja', 'en', 'my'],
  installed: 1,
  version: 2,
  route: 'delta',
  downloadSize: 12_000,
  fullSize: 480_000,
};
const withOffer = (updates, lang = 'en') => ({
  uiLanguage: lang,
  packs: [basic],
  updates: {
    server: 'https://example.org/packs/',
    checkedOn: '2026-11-20',
    offers: [offer],
    messages: errorMessages(lang),
    ...updates,
  },
});

const inOffer = (page, id) => page.locator(`[data-offer="default"] button`, { hasText: message('en', id) });
const text = async (page, selector) => (await page.textContent(selector)).trim();

async function waitForVersion(page, version) {
  await page.waitForFunction(
    (v) => document.querySelector('[data-pack="default"] [data-testid="pack-version"]')?.textContent.trim() === v,
    String(version),
  );
}

test('updates: no server at first; a bad address is refused, a good one is kept and checked', async () => {
  const { page, context, errors } = await openPage(
    env.browser,
    { uiLanguage: 'en', packs: [basic], updates: { messages: errorMessages('en') } },
    '/packs',
  );
  await page.getByText(message('en', 'packs-server-none'), { exact: true }).waitFor();
  assert.equal(await page.locator('[data-testid="check-updates"]').count(), 0);

  // Addresses that are no update server: Rust's refusal is shown as sent, in the app's language,
  // also for text the browser itself would not call a URL.
  for (const typed of ['ftp://example.org/packs/', 'example.org/packs']) {
    await page.fill('#update-server', typed);
    await page.click('form.server button[type="submit"]');
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="updates-error"]')?.textContent?.trim() === expected,
      message('en', 'error-update-server-url'),
    );
    assert.equal(await page.locator('[data-testid="check-updates"]').count(), 0);
  }
  const saves = await page.evaluate(() => window.__mockCalls.filter((c) => c === 'save_update_settings').length);
  assert.equal(saves, 2, 'both addresses reached Rust');

  await page.fill('#update-server', 'https://example.org/packs');
  await page.click('form.server button[type="submit"]');
  await page.getByText(message('en', 'packs-server-saved'), { exact: true }).waitFor();
  assert.equal(await page.locator('[data-testid="updates-error"]').count(), 0);
  assert.equal(await page.getByText(message('en', 'packs-server-none'), { exact: true }).count(), 0);
  assert.equal(await page.inputValue('#update-server'), 'https://example.org/packs/');
  assert.equal(await text(page, '[data-testid="check-updates"]'), message('en', 'packs-check'));

  await page.click('[data-testid="check-updates"]');
  await page.waitForSelector('[data-testid="no-updates"]');
  assert.equal(await text(page, '[data-testid="no-updates"]'), message('en', 'packs-no-updates'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('updates: an offer says which version it brings and what it costs to download', async () => {
  for (const [lang, tag] of [['en', 'en'], ['vi', 'vi']]) {
    const { page, context, errors } = await openPage(env.browser, withOffer({}, lang), '/packs');
    const line = '[data-offer="default"] [data-testid="offer-size"]';
    await page.waitForSelector(line);
    const [small, full] = [await size(page, 12_000, tag), await size(page, 480_000, tag)];
    const shown = await text(page, line);
    assert.ok(shown.includes(small) && shown.includes(full), shown);
    assert.equal(shown, message(lang, 'packs-size-delta', { size: small, full }));
    assert.equal(await text(page, '[data-offer="default"] h3 + p'), message(lang, 'packs-update-version', { from: 1, to: 2 }));
    assert.equal(await text(page, '[data-offer="default"] [data-testid="start-update"]'), message(lang, 'packs-update'));
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('updates: on Wi-Fi a download shows progress, pauses, resumes, then the new version is installed', async () => {
  const stepMs = 100;
  const { page, context, errors } = await openPage(env.browser, withOffer({ stepMs }), '/packs');
  await page.click('[data-offer="default"] [data-testid="start-update"]');
  await page.waitForSelector('[data-offer="default"] progress');
  await inOffer(page, 'packs-pause').click();
  await inOffer(page, 'packs-resume').waitFor();

  const value = () => page.$eval('[data-offer="default"] progress', (p) => [p.value, p.max]);
  const [done, total] = await value();
  assert.ok(done < total, `paused at ${done} of ${total}`);
  assert.equal(
    await text(page, '[data-offer="default"] .progress p'),
    message('en', 'packs-paused', { done: await size(page, done, 'en'), total: await size(page, total, 'en') }),
  );
  // Paused means paused: nothing moves for a few steps.
  await page.waitForTimeout(stepMs * 3);
  assert.deepEqual(await value(), [done, total]);
  assert.equal(await inOffer(page, 'packs-pause').count(), 0);

  await inOffer(page, 'packs-resume').click();
  await page.waitForSelector('[data-testid="updated"]');
  assert.equal(await text(page, '[data-testid="updated"]'), message('en', 'packs-updated', { title: 'Basic pack', version: 2 }));
  await waitForVersion(page, 2);
  await page.waitForSelector('[data-offer="default"]', { state: 'detached' });
  await page.waitForSelector('[data-testid="no-updates"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('updates: "Wi-Fi only" on mobile data asks first; "Download anyway" then updates', async () => {
  const { page, context, errors } = await openPage(env.browser, withOffer({ network: 'metered' }), '/packs');
  await page.click('[data-offer="default"] [data-testid="start-update"]');
  await page.waitForSelector('[data-testid="update-error"]');
  assert.equal(await text(page, '[data-testid="update-error"]'), message('en', 'error-update-needs-wifi'));
  assert.equal(await page.locator('[data-offer="default"] progress').count(), 0);
  // Nothing went online behind the user's back: no check on opening either.
  assert.ok(!(await page.evaluate(() => window.__mockCalls)).includes('check_updates'));

  await inOffer(page, 'packs-download-anyway').click();
  await page.waitForSelector('[data-testid="updated"]');
  assert.equal(await text(page, '[data-testid="updated"]'), message('en', 'packs-updated', { title: 'Basic pack', version: 2 }));
  assert.equal(await page.locator('[data-testid="update-error"]').count(), 0);
  await waitForVersion(page, 2);
  assert.deepEqual(errors, []);
  await context.close();
});

test('updates: a cancelled download says so and can be started again', async () => {
  const { page, context, errors } = await openPage(env.browser, withOffer({ stepMs: 100 }), '/packs');
  await page.click('[data-offer="default"] [data-testid="start-update"]');
  await page.waitForSelector('[data-offer="default"] progress');
  await inOffer(page, 'packs-cancel').click();
  await page.waitForSelector('[data-testid="update-error"]');
  assert.equal(await text(page, '[data-testid="update-error"]'), message('en', 'error-update-cancelled'));
  assert.equal(await page.locator('[data-offer="default"] progress').count(), 0);
  assert.equal(await text(page, '[data-offer="default"] [data-testid="start-update"]'), message('en', 'packs-update'));
  assert.equal(await text(page, '[data-pack="default"] [data-testid="pack-version"]'), '1');
  assert.equal(await page.locator('[data-testid="updated"]').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('updates: a "Wi-Fi only" tap still on its way neither undoes nor is undone by a server saved right after', async () => {
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'en', packs: [basic], updates: { saveMs: 400 } }, '/packs');
  await page.waitForSelector('[data-testid="wifi-only"]');
  assert.equal(await page.isChecked('[data-testid="wifi-only"]'), true);
  await page.click('[data-testid="wifi-only"]');
  await page.fill('#update-server', 'https://example.org/packs');
  await page.click('form.server button[type="submit"]');
  await page.getByText(message('en', 'packs-server-saved'), { exact: true }).waitFor();
  assert.equal(await text(page, '[data-testid="check-updates"]'), message('en', 'packs-check'));
  assert.equal(await page.inputValue('#update-server'), 'https://example.org/packs/');
  assert.equal(await page.isChecked('[data-testid="wifi-only"]'), false, 'the tap was undone');
  assert.deepEqual(errors, []);
  await context.close();
});
