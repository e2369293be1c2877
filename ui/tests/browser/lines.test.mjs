// "Which line do I call?" in Chromium with the Rust side mocked: reached from the guide, one tap
// on a problem lists the lines with their state now (open, open in other languages, closed
// with the next opening) and a call button; the language to speak starts as the guide's and
// goes to Rust; a problem with no line says so; it reflows at 320 px at the largest text.

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

const entry = (id, phone, name, languages) => ({
  id,
  kind: 'hotline',
  phone,
  lang: 'en',
  name,
  description: `${name}: what it helps with.`,
  languages,
  hours: { kind: 'weekly', rules: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], open: '09:00', close: '17:00' }] },
  closed: [{ from: '12-29', to: '01-03' }],
  free: false,
  source: { title: 'Ministry', url: 'https://www.mhlw.go.jp/' },
  reviewed: '2026-11-23',
});
// As Rust orders them on Tuesday 2026-11-24 at 10:00 for a Vietnamese speaker.
const lines = [
  {
    topics: ['wages', 'legal'],
    entry: entry('houterasu-multilingual', '0570-078377', 'Legal information', ['vi', 'en', 'ja']),
    status: 'open',
    speaksYourLanguage: true,
    nextOpening: null,
    someDaysOnly: false,
  },
  {
    topics: ['health'],
    entry: entry('amda-medical-interpretation', '03-5285-8088', 'Medical interpreting', ['en', 'vi']),
    status: 'open-other-languages',
    speaksYourLanguage: true,
    nextOpening: { iso: '2026-11-24T13:00:00+09:00', weekday: 'tue', holiday: false },
    someDaysOnly: true,
  },
  {
    topics: ['wages', 'working-conditions'],
    entry: entry('labour-hotline', '0120-811-610', 'Labour hotline', ['ja']),
    status: 'closed',
    speaksYourLanguage: false,
    nextOpening: { iso: '2026-11-24T17:00:00+09:00', weekday: 'tue', holiday: false },
    someDaysOnly: false,
  },
];
const scenario = { uiLanguage: 'en', directory: lines.map((l) => l.entry), lines, reading: { contentLanguage: 'vi', furigana: true } };

test('lines: from the guide, one tap on a problem shows who answers now, and a call button', async () => {
  const { page, context, errors } = await openPage(env.browser, scenario, '/portal');
  await page.click('[data-testid="lines-link"]');
  await page.waitForSelector('[data-topic="wages"]');
  assert.equal((await page.textContent('main h1')).trim(), message('en', 'lines-title'));
  // The language to speak starts as the guide's.
  assert.equal(await page.inputValue('[data-testid="lines-language"]'), 'vi');

  await page.click('[data-topic="wages"]');
  await page.waitForSelector('[data-entry="labour-hotline"]');
  assert.equal(await page.getAttribute('[data-topic="wages"]', 'aria-pressed'), 'true');
  const order = await page.locator('.results [data-entry]').evaluateAll((cards) => cards.map((c) => c.dataset.entry));
  assert.deepEqual(order, ['houterasu-multilingual', 'labour-hotline']);
  const badge = (id) => page.textContent(`[data-entry="${id}"] .badge`).then((t) => t.trim());
  assert.equal(await badge('houterasu-multilingual'), message('en', 'lines-open'));
  assert.equal(await badge('labour-hotline'), message('en', 'lines-closed-opens', { when: 'today 17:00' }));
  assert.equal(await page.getAttribute('[data-entry="labour-hotline"] .availability', 'data-tone'), 'closed');
  assert.equal(await page.getAttribute('[data-entry="labour-hotline"] [data-testid="call"]', 'href'), 'tel:0120811610');
  assert.equal(
    (await page.textContent('#lines-results')).replace(/\s+/g, ' ').trim(),
    `${message('en', 'lines-topic-wages')} · ${message('en', 'lines-count', { count: 2 })}`,
  );
  assert.equal(
    (await page.textContent('[data-testid="lines-now"]')).trim(),
    message('en', 'lines-now', { time: 'Tue 10:00' }),
  );
  // The closed season shows on the card.
  assert.ok(
    (await page.textContent('[data-entry="labour-hotline"] dl')).includes(message('en', 'directory-closed', { from: 'Dec 29', to: 'Jan 3' })),
  );
  // Focus moved to the answer, so a screen reader and a small screen land on it.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lines-results');

  // Open in other languages, "yours from", and "some days only".
  await page.click('[data-topic="health"]');
  await page.waitForSelector('[data-entry="amda-medical-interpretation"]');
  assert.equal(await badge('amda-medical-interpretation'), message('en', 'lines-open-other'));
  const notes = await page.locator('[data-entry="amda-medical-interpretation"] .note').allTextContents();
  assert.deepEqual(
    notes.map((n) => n.trim()),
    [message('en', 'lines-yours-from', { when: 'today 13:00' }), message('en', 'lines-some-days')],
  );

  // Another language goes to Rust with the chosen problem.
  await page.selectOption('[data-testid="lines-language"]', 'ja');
  await page.waitForFunction(() => window.__routeCalls.some((c) => c.lang === 'ja'));
  const calls = await page.evaluate(() => window.__routeCalls);
  assert.deepEqual(calls[0], { topic: 'wages', lang: 'vi' });
  assert.deepEqual(calls.at(-1), { topic: 'health', lang: 'ja' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('lines: a problem no line helps with says so, and says what to do in danger', async () => {
  const { page, context } = await openPage(env.browser, scenario, '/portal/lines');
  await page.click('[data-topic="disaster"]');
  await page.waitForSelector('#empty-title');
  assert.equal((await page.textContent('#empty-title')).trim(), message('en', 'lines-none-title'));
  assert.equal(await page.locator('.results [data-entry]').count(), 0);
  // "Other, or not sure" lists every line.
  await page.click('[data-topic="all"]');
  await page.waitForFunction(() => document.querySelectorAll('.results [data-entry]').length === 3);
  assert.deepEqual((await page.evaluate(() => window.__routeCalls)).at(-1), { topic: null, lang: 'vi' });
  await context.close();
});

test('lines: no sideways scroll at 320 px at the largest text, and every control is large enough', async () => {
  for (const lang of ['my', 'tl', 'vi', 'pt']) {
    const { page, context } = await openPage(
      env.browser,
      { ...scenario, uiLanguage: lang, textSize: 'larger' },
      '/portal/lines',
      { width: 320, height: 640 },
    );
    await page.click('[data-topic="all"]');
    await page.waitForSelector('[data-entry="amda-medical-interpretation"] .badge');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `${lang}: ${overflow}px of sideways scroll`);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main button, main a.button, main select')]
        .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    assert.deepEqual(small, [], lang);
    await context.close();
  }
});
