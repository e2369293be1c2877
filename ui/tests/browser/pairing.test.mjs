// Pairing a second device, in the Sync card, in Chromium with the Rust side mocked: a device the
// server does not know yet is told to sync once; then a code shows grouped for reading aloud,
// with its QR code and the time left, and a new one replaces it. On the other device, a code
// that is not one, a wrong one and too many tries are each refused in the reader's language,
// and the right one typed in lower case with a space links it; the card says so, and does at
// the next start. Both calls show that they wait for the server. Last, the card at phone width.

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

const SERVER = 'wss://sync.example.org/sync';
// A QR code's path as Rust draws it: here only the three finder patterns of a 21-module code.
const QR = { size: 29, path: 'M4 4h7v7h-7zM18 4h7v7h-7zM4 18h7v7h-7z' };
const text = async (page, selector) => (await page.textContent(selector)).trim();
const messages = (lang, codes) => Object.fromEntries(codes.map((code) => [code, message(lang, `error-${code}`)]));

test('pairing: an unknown device is told to sync once; then a code, its QR code and the time left show', async () => {
  const sync = {
    server: SERVER,
    state: 'offline',
    pairMs: 400,
    messages: messages('vi', ['pairing-unknown-device']),
  };
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'vi', sync }, '/settings');
  const get = page.locator('[data-testid="pair-get"]');
  await get.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="pair-get"]')?.getAttribute('aria-busy') === 'true');
  assert.equal((await get.textContent()).trim(), message('vi', 'sync-pair-asking'), 'it says it is asking');
  assert.ok(await get.isDisabled());
  await page.getByText(message('vi', 'error-pairing-unknown-device'), { exact: true }).waitFor();
  assert.equal(await page.locator('[data-testid="pair-offer"]').count(), 0);

  // Synced once: the server hands out codes.
  await page.evaluate((qr) => {
    window.__mockSync.offers.push({ code: 'ABCD2345', expiresIn: 600, qr }, { code: 'WXYZ6789', expiresIn: 2, qr });
  }, QR);
  await get.click();
  await page.locator('[data-testid="pair-code"]').waitFor();
  assert.equal(await text(page, '[data-testid="pair-code"]'), 'ABCD 2345');
  assert.equal(await page.locator('[data-testid="pair-offer-error"]').count(), 0, 'the old error is gone');
  assert.equal(await text(page, '[data-testid="pair-left"]'), message('vi', 'sync-pair-left', { time: '10:00' }));
  const qr = page.locator('[data-testid="pair-qr"]');
  assert.equal(await qr.getAttribute('viewBox'), '0 0 29 29');
  assert.equal(await qr.getAttribute('aria-label'), message('vi', 'sync-pair-qr'));
  assert.equal(await qr.locator('path').getAttribute('d'), QR.path);
  const box = await qr.boundingBox();
  assert.ok(box && box.width >= 120 && Math.abs(box.width - box.height) < 1, 'a square big enough to scan');
  await page.waitForFunction(
    (expected) => document.querySelector('[data-testid="pair-left"]')?.textContent?.trim() === expected,
    message('vi', 'sync-pair-left', { time: '9:59' }),
  );

  // A new code replaces it; this one runs out.
  assert.equal((await get.textContent()).trim(), message('vi', 'sync-pair-new'));
  await get.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="pair-code"]')?.textContent?.trim() === 'WXYZ 6789');
  await page.getByText(message('vi', 'sync-pair-expired'), { exact: true }).waitFor({ timeout: 5000 });
  assert.equal(await page.locator('[data-testid="pair-code"]').count(), 0, 'an expired code is not shown');
  assert.deepEqual(errors, []);
  await context.close();
});

test('pairing: a wrong code and too many tries are refused; the right one, typed loosely, links the device for good', async () => {
  const codes = ['pairing-not-a-code', 'pairing-wrong-code', 'pairing-too-many', 'pairing-offline'];
  const sync = {
    server: SERVER,
    state: 'done',
    redeemable: ['ABCD2345'],
    wrongTries: 1,
    reachable: false,
    messages: messages('es', codes),
  };
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'es', sync }, '/settings');
  const use = page.locator('[data-testid="pair-use"]');
  const refusal = '[data-testid="pair-redeem-error"]';
  assert.ok(await use.isDisabled(), 'nothing typed yet');
  assert.equal(await page.locator('[data-testid="pair-linked"]').count(), 0);

  const attempt = async (typed, code) => {
    await page.fill('#pair-code-input', typed);
    await use.click();
    await page.waitForFunction(
      ([css, expected]) => document.querySelector(css)?.textContent?.trim() === expected,
      [refusal, message('es', `error-${code}`)],
    );
    assert.equal(await page.getAttribute('#pair-code-input', 'aria-invalid'), 'true');
  };
  await attempt('abcd', 'pairing-not-a-code');
  await attempt('abcd 2345', 'pairing-offline');
  await page.evaluate(() => (window.__mockSync.reachable = true));
  await attempt('zzzz zzzz', 'pairing-wrong-code');
  await attempt('abcd 2345', 'pairing-too-many');

  // A minute later the server takes codes again; the right one links this device.
  await page.evaluate(() => (window.__mockSync.wrongTries = 30));
  await page.fill('#pair-code-input', ' abcd-2345 ');
  assert.equal(await page.locator(refusal).count(), 0, 'typing clears the refusal');
  await use.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="pair-use"]')?.getAttribute('aria-busy') === 'true');
  assert.equal((await use.textContent()).trim(), message('es', 'sync-pair-linking'));
  await page.getByText(message('es', 'sync-pair-linked'), { exact: true }).waitFor();
  assert.equal(await page.inputValue('#pair-code-input'), '');
  const calls = await page.evaluate(() => window.__mockCalls.filter((c) => c === 'redeem_pairing_code'));
  assert.equal(calls.length, 5);

  assert.deepEqual(errors, []);
  await context.close();

  // After a restart the card still says so: the status carries the stored link.
  const again = await openPage(env.browser, { uiLanguage: 'es', sync: { server: SERVER, linked: true } }, '/settings');
  await again.page.getByText(message('es', 'sync-pair-linked'), { exact: true }).waitFor();
  assert.deepEqual(again.errors, []);
  await again.context.close();
});

test('pairing: the code and its QR code fit a small phone in Burmese', async () => {
  const sync = { server: SERVER, state: 'done', offers: [{ code: 'ABCD2345', expiresIn: 600, qr: QR }] };
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'my', sync }, '/settings', {
    width: 360,
    height: 740,
  });
  await page.click('[data-testid="pair-get"]');
  await page.locator('[data-testid="pair-qr"]').scrollIntoViewIfNeeded();
  assert.equal(await text(page, '[data-testid="pair-code"]'), 'ABCD 2345');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  for (const id of ['pair-get', 'pair-use']) {
    const button = await page.locator(`[data-testid="${id}"]`).boundingBox();
    assert.ok(button && button.height >= 44, `${id}: a finger-sized button`);
  }
  if (process.env.MIRAI_SCREENSHOTS) {
    await page.screenshot({ path: `${process.env.MIRAI_SCREENSHOTS}/sync-pairing-my-phone.png` });
  }
  assert.deepEqual(errors, []);
  await context.close();
});
