// The emergency card in Chromium with the Rust side mocked: one tap from the header on every
// screen, before the store is unlocked too; 110 and 119 as tel: links with the pack's words; the
// Japanese to say first with its reading and meaning, and a view of the Japanese alone; an error
// in the user's words; and it fits at 320 px at the largest text in all nine languages.

import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { message } from '../../../tests/e2e/messages.mjs';
import { openPage, start } from './harness.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const LANGS = ['ja', 'en', 'zh', 'vi', 'tl', 'id', 'my', 'pt', 'es'];
const BCP47 = { zh: 'zh-Hans' };

// The card as Rust sends it, made from the real default directory, so the longest real texts
// are what must fit. Language names as `mirai_core::Language::japanese_name` gives them.
const directory = new URL('../../../content/default/directory/', import.meta.url);
const emergencies = readdirSync(directory)
  .map((file) => JSON.parse(readFileSync(new URL(file, directory), 'utf8')))
  .filter((entry) => entry.kind === 'emergency')
  .sort((a, b) => a.phone.localeCompare(b.phone));
const NAMES = {
  en: ['英語', 'Eigo'],
  zh: ['中国語', 'Chūgoku-go'],
  vi: ['ベトナム語', 'Betonamu-go'],
  tl: ['タガログ語', 'Tagarogu-go'],
  id: ['インドネシア語', 'Indoneshia-go'],
  my: ['ミャンマー語', 'Myanmā-go'],
  pt: ['ポルトガル語', 'Porutogaru-go'],
  es: ['スペイン語', 'Supein-go'],
};
function card(lang) {
  const lines = emergencies.map((e) => ({
    id: e.id,
    kind: e.kind,
    phone: e.phone,
    lang: BCP47[lang] ?? lang,
    name: e.name[lang],
    description: e.description[lang],
    languages: e.languages,
    hours: { kind: 'always' },
    closed: [],
    free: e.free,
    source: e.source,
    reviewed: e.reviewed,
  }));
  if (lang === 'ja') return { lines, phrases: [] };
  const [name, reading] = NAMES[lang];
  const phrases = [
    { id: 'my-language', japanese: `${name}を 話します。`, romaji: `${reading} o hanashimasu.` },
    { id: 'no-japanese', japanese: '日本語が よく わかりません。', romaji: 'Nihongo ga yoku wakarimasen.' },
    { id: 'fire', japanese: '火事です。', romaji: 'Kaji desu.' },
    { id: 'ambulance', japanese: '救急です。', romaji: 'Kyūkyū desu.' },
  ];
  return { lines, phrases };
}
const emergency = Object.fromEntries(LANGS.map((lang) => [lang, card(lang)]));

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

async function openCard(page) {
  await page.click('[data-testid="emergency-button"]');
  await page.waitForSelector('[data-testid="emergency-dialog"][open] [data-testid="emergency-call"]');
}

test('emergency: one tap from the unlock screen opens 110 and 119 as tel: links, with what to say', async () => {
  const { page, context, errors } = await openPage(env.browser, { session: 'needs-passphrase', uiLanguage: 'vi', emergency });
  await page.waitForSelector('[data-testid="emergency-button"]');
  assert.equal((await page.textContent('[data-testid="emergency-button"]')).trim(), message('vi', 'emergency-button'));
  await openCard(page);
  const calls = await page.$$eval('[data-testid="emergency-call"]', (links) =>
    links.map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim() })),
  );
  assert.deepEqual(calls, [
    { href: 'tel:110', text: message('vi', 'lines-call', { number: '110' }) },
    { href: 'tel:119', text: message('vi', 'lines-call', { number: '119' }) },
  ]);
  const police = await page.textContent('[data-emergency="police-110"]');
  assert.ok(police.includes(emergencies[0].description.vi), 'the pack’s own words for 110');
  // The Japanese is marked as Japanese, with its reading and its meaning in Vietnamese.
  const phrases = await page.$$eval('[data-phrase]', (items) =>
    items.map((li) => ({
      id: li.dataset.phrase,
      ja: li.querySelector('[lang="ja"]').textContent,
      romaji: li.querySelector('[lang="ja-Latn"]').textContent,
      meaning: li.querySelector('.meaning').textContent,
    })),
  );
  assert.deepEqual(
    phrases.map((p) => [p.id, p.ja, p.romaji]),
    emergency.vi.phrases.map((p) => [p.id, p.japanese, p.romaji]),
  );
  assert.deepEqual(
    phrases.map((p) => p.meaning),
    phrases.map((p) => message('vi', `emergency-phrase-${p.id}`)),
  );
  // The Japanese alone, large, for a Japanese speaker to read; then back.
  await page.click('[data-testid="emergency-show-japanese"]');
  const japanese = await page.$$eval('[data-testid="emergency-japanese"] p', (ps) => ps.map((p) => p.textContent));
  assert.deepEqual(japanese, emergency.vi.phrases.map((p) => p.japanese));
  assert.equal(await page.getAttribute('[data-testid="emergency-japanese"]', 'lang'), 'ja');
  await page.click(`text=${message('vi', 'emergency-show-mine')}`);
  await page.waitForSelector('[data-testid="emergency-call"]');
  // Escape closes it, and the unlock screen is still there.
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid="emergency-dialog"]:not([open])', { state: 'attached' });
  assert.ok(await page.isVisible('input[type="password"]'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('emergency: on every screen of the open app, and in Japanese without the phrases', async () => {
  for (const path of ['/', '/portal', '/settings', '/packs']) {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'ja', emergency }, path);
    await openCard(page);
    assert.equal(await page.locator('[data-emergency]').count(), 2, path);
    assert.equal(await page.locator('[data-phrase]').count(), 0, path);
    await context.close();
  }
});

test('emergency: a card Rust cannot build says why in the user’s language', async () => {
  const text = 'Die eingebauten Inhalte sind beschädigt.';
  const { page, context } = await openPage(env.browser, { uiLanguage: 'en', emergencyError: text });
  await page.click('[data-testid="emergency-button"]');
  await page.waitForSelector('[data-testid="emergency-dialog"][open] [role="alert"]');
  assert.equal((await page.textContent('[data-testid="emergency-dialog"] [role="alert"]')).trim(), text);
  await context.close();
});

test('emergency: fits at 320 px at the largest text in all nine languages, large targets, no axe violation', async () => {
  for (const lang of LANGS) {
    const { page, context } = await openPage(
      env.browser,
      { uiLanguage: lang, textSize: 'larger', emergency },
      '/portal',
      { width: 320, height: 640 },
    );
    await page.waitForSelector('[data-testid="emergency-button"]');
    const header = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(header <= 0, `${lang}: ${header}px of sideways scroll with the header`);
    await openCard(page);
    const fit = await page.evaluate(() => {
      const dialog = document.querySelector('[data-testid="emergency-dialog"]');
      const box = dialog.getBoundingClientRect();
      const outside = [...dialog.querySelectorAll('*')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.left < box.left - 0.5 || r.right > box.right + 0.5);
        })
        .map((el) => el.outerHTML.slice(0, 60));
      return { inside: dialog.scrollWidth - dialog.clientWidth, left: box.left, right: box.right, outside };
    });
    assert.ok(fit.inside <= 0, `${lang}: ${fit.inside}px of sideways scroll in the card`);
    assert.ok(fit.left >= 0 && fit.right <= 320, `${lang}: the card spans ${fit.left}–${fit.right}`);
    assert.deepEqual(fit.outside, [], lang);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('dialog[open] button, dialog[open] a')]
        .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
    );
    assert.deepEqual(small, [], lang);
    if (lang === 'my' || lang === 'ja') {
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await window.axe.run(document.querySelector('dialog[open]'), {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      assert.deepEqual(violations, [], lang);
    }
    await context.close();
  }
});
