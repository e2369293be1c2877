// The sync card on the Settings screen, in Chromium with the Rust side mocked: off until a
// server is set, a wrong address refused in the app's language, offline until the server is
// reached, "Sync now", the last sync time, what still waits, "Wi-Fi only" on mobile data, and
// the card on a small phone in Burmese.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { message } from '../../../tests/e2e/messages.mjs';
import { openPage, start } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

const state = '[data-testid="sync-state"]';
const text = async (page, selector) => (await page.textContent(selector)).trim();

/** Waits until the sync card says `id` (with `args`) in `lang`. */
async function says(page, lang, id, args, selector = `${state} strong`) {
  await page.waitForFunction(
    ([css, expected]) => document.querySelector(css)?.textContent?.trim() === expected,
    [selector, message(lang, id, args)],
  );
}

test('sync: off at first; a wrong address is refused; a good one goes offline, then "sync now" brings it up to date', async () => {
  const messages = { 'sync-server-url': message('en', 'error-sync-server-url') };
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'en', sync: { messages, waiting: 2 } }, '/settings');
  await says(page, 'en', 'sync-state', { state: 'off' });
  await page.getByText(message('en', 'sync-server-none'), { exact: true }).waitFor();
  assert.equal(await page.locator('[data-testid="sync-now"]').count(), 0, 'nothing to sync with yet');

  for (const typed of ['https://example.org/sync', 'example.org/sync']) {
    await page.fill('#sync-server', typed);
    await page.click('form:has(#sync-server) button[type="submit"]');
    await says(page, 'en', 'error-sync-server-url', {}, '[data-testid="sync-error"]');
  }
  await page.fill('#sync-server', 'wss://sync.example.org/sync');
  await page.click('form:has(#sync-server) button[type="submit"]');
  await page.getByText(message('en', 'sync-server-saved'), { exact: true }).waitFor();
  assert.equal(await page.locator('[data-testid="sync-error"]').count(), 0);
  await says(page, 'en', 'sync-state', { state: 'offline' });
  assert.equal(await text(page, `${state} p.hint`), message('en', 'sync-never'));
  assert.equal(await text(page, `${state} p.hint + p.hint`), message('en', 'sync-waiting', { count: 2 }));

  // "Sync now" reaches the server; the card follows the background task's next report.
  await page.click('[data-testid="sync-now"]');
  await says(page, 'en', 'sync-state', { state: 'done' });
  const time = await page.evaluate(() =>
    new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(1796600000 * 1000)),
  );
  assert.equal(await text(page, `${state} p.hint`), message('en', 'sync-last', { time }));
  assert.equal(await page.locator(`${state} p.hint + p.hint`).count(), 0, 'nothing waits any more');
  const calls = await page.evaluate(() => window.__mockCalls.filter((c) => c.includes('sync')));
  assert.ok(calls.filter((c) => c === 'save_sync_settings').length === 3, calls.join());
  assert.ok(calls.includes('sync_now'), calls.join());
  assert.deepEqual(errors, []);
  await context.close();
});

test('sync: "Wi-Fi only" on mobile data waits for Wi-Fi, and off again it syncs', async () => {
  const scenario = { uiLanguage: 'vi', sync: { server: 'wss://sync.example.org/sync', state: 'done', network: 'metered' } };
  const { page, context, errors } = await openPage(env.browser, scenario, '/settings');
  await says(page, 'vi', 'sync-state', { state: 'done' });
  assert.equal(await page.inputValue('#sync-server'), 'wss://sync.example.org/sync');
  await page.check('[data-testid="sync-wifi-only"]');
  await says(page, 'vi', 'sync-state', { state: 'wifi' });
  await page.uncheck('[data-testid="sync-wifi-only"]');
  await says(page, 'vi', 'sync-state', { state: 'offline' });
  await page.click('[data-testid="sync-now"]');
  await says(page, 'vi', 'sync-state', { state: 'done' });
  assert.equal(await page.inputValue('#sync-server'), 'wss://sync.example.org/sync', 'the address stays as saved');
  assert.deepEqual(errors, []);
  await context.close();
});

test('sync: the card fits a small phone in Burmese', async () => {
  const scenario = { uiLanguage: 'my', sync: { server: 'wss://sync.example.org/sync', state: 'syncing', waiting: 1 } };
  const { page, context, errors } = await openPage(env.browser, scenario, '/settings', { width: 360, height: 740 });
  await says(page, 'my', 'sync-state', { state: 'syncing' });
  // Node's Intl writes the count in Myanmar digits, Chromium's in Latin ones; either is read.
  const digits = (line) => line.replace(/[\u1040-\u1049]/g, (d) => String(d.charCodeAt(0) - 0x1040));
  assert.equal(digits(await text(page, `${state} p.hint + p.hint`)), digits(message('my', 'sync-waiting', { count: 1 })));
  await page.locator('[data-testid="sync-now"]').scrollIntoViewIfNeeded();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  const button = await page.locator('[data-testid="sync-now"]').boundingBox();
  assert.ok(button && button.height >= 44, 'a finger-sized button');
  if (process.env.MIRAI_SCREENSHOTS) {
    await page.screenshot({ path: `${process.env.MIRAI_SCREENSHOTS}/sync-card-my.png` });
  }
  assert.deepEqual(errors, []);
  await context.close();
});
