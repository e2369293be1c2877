// The packs screen and the guide, in Chromium with the Rust side mocked: import progress,
// errors in the user's language, old-content notice, and articles rendered from blocks with
// ruby and directory links.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
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

const police = {
  id: 'police-110',
  kind: 'emergency',
  phone: '110',
  lang: 'en',
  name: 'Police',
  description: 'Crimes, accidents, danger.',
  languages: ['ja'],
  hours: { kind: 'always' },
  free: true,
  source: { title: 'National Police Agency', url: 'https://www.npa.go.jp/' },
  reviewed: '2026-11-23',
};
const article = {
  summary: { id: 'emergency-calls', category: 'trouble', lang: 'ja', title: '110と119', summary: 'けいさつ と きゅうきゅう' },
  blocks: [
    { kind: 'heading', content: [{ kind: 'text', text: '119' }] },
    {
      kind: 'paragraph',
      content: [
        { kind: 'ruby', base: '救急', reading: 'きゅうきゅう' },
        { kind: 'text', text: 'です。' },
        { kind: 'link', to: 'directory', id: 'police-110', content: [{ kind: 'text', text: '110' }] },
      ],
    },
    { kind: 'list', items: [[{ kind: 'text', text: 'じゅうしょ' }], [{ kind: 'text', text: 'なまえ' }]] },
    // A 1×1 transparent PNG, as Rust sends pictures: a data: URL the CSP allows.
    {
      kind: 'image',
      src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      alt: 'きゅうきゅうしゃ の え',
    },
  ],
  reviewed: '2026-11-23',
  sources: [{ title: 'FDMA', url: 'https://www.fdma.go.jp/' }],
  related: [],
  directory: [police],
  languages: ['ja', 'en'],
};

test('packs: an import shows progress, then the new pack; refusals come in the user language', async () => {
  const added = { ...basic, packId: 'otit', title: 'OTIT handbook', version: 3 };
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'vi', packs: [basic], importAdds: added }, '/packs');
  await page.waitForSelector('[data-pack="default"]');
  await page.click('[data-testid="import-pack"]');
  await page.waitForSelector('progress');
  await page.waitForSelector('[data-pack="otit"]');
  assert.equal(
    (await page.textContent('[data-testid="imported"]')).trim(),
    message('vi', 'packs-imported', { title: 'OTIT handbook', version: 3 }),
  );
  assert.deepEqual(errors, []);
  await context.close();

  const refused = { code: 'pack-bad-signature', message: message('my', 'error-pack-bad-signature') };
  const second = await openPage(env.browser, { uiLanguage: 'my', packs: [basic], importFails: refused }, '/packs');
  await second.page.click('[data-testid="import-pack"]');
  await second.page.waitForSelector('[data-testid="packs-error"]');
  assert.equal((await second.page.textContent('[data-testid="packs-error"]')).trim(), refused.message);
  await second.context.close();
});

test('packs: content older than six months says so', async () => {
  const { page, context } = await openPage(env.browser, { uiLanguage: 'en', packs: [{ ...basic, stale: true }] }, '/packs');
  await page.waitForSelector('[data-pack="default"] .notice');
  assert.equal((await page.textContent('[data-pack="default"] .notice')).trim(), message('en', 'packs-stale'));
  await context.close();
});

test('guide: articles by category, phone numbers, and an article with furigana and links', async () => {
  const { page, context, errors } = await openPage(
    env.browser,
    { uiLanguage: 'en', articles: [article], directory: [police] },
    '/portal',
  );
  await page.waitForSelector('[data-article="emergency-calls"]');
  assert.equal((await page.textContent('#category-trouble')).trim(), message('en', 'category-trouble'));
  assert.equal((await page.textContent('[data-entry="police-110"] .phone')).trim(), '110');
  assert.equal(await page.getAttribute('[data-article="emergency-calls"]', 'lang'), 'ja');
  await page.click('[data-article="emergency-calls"]');
  await page.waitForSelector('#article-title');
  assert.equal(await page.textContent('ruby rt'), 'きゅうきゅう');
  assert.equal(await page.getAttribute('.reader a', 'href'), '#directory-police-110');
  assert.equal(await page.locator('.reader li').count(), 2);
  assert.equal((await page.textContent('.reader figure figcaption')).trim(), 'きゅうきゅうしゃ の え');
  assert.ok(await page.evaluate(() => document.querySelector('.reader figure img').naturalWidth === 1));

  // Furigana off hides the readings and keeps the kanji; the choice goes to Rust.
  await page.click('[data-testid="furigana"]');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('ruby rt')).display === 'none');
  assert.ok((await page.textContent('ruby')).startsWith('救急'));
  assert.ok((await page.evaluate(() => window.__mockCalls)).includes('save_reading_settings'));
  // Side by side with Japanese: a second column.
  await page.selectOption('[data-testid="read-in"]', 'en');
  await page.click('[data-testid="bilingual"]');
  await page.waitForSelector('article.reader[data-column="1"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('guide: typing searches as you go, a corrected misspelling is named, and a search that finds nothing says so', async () => {
  const corrections = { '11O': '110' };
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'en', articles: [article], corrections }, '/portal');
  await page.waitForSelector('[data-article="emergency-calls"]');
  await page.fill('[data-testid="search"]', 'けいさつ');
  await page.waitForSelector('[data-hit="emergency-calls"]');
  assert.equal((await page.textContent('#search-results')).trim(), message('en', 'portal-search-results', { count: 1 }));
  assert.equal(await page.locator('[data-testid="search-corrected"]').count(), 0);
  await page.fill('[data-testid="search"]', '11O');
  await page.waitForSelector('[data-testid="search-corrected"]');
  assert.equal(
    (await page.textContent('[data-testid="search-corrected"]')).trim(),
    message('en', 'portal-search-corrected', { text: '110' }),
  );
  assert.ok(await page.isVisible('[data-hit="emergency-calls"]'));
  await page.fill('[data-testid="search"]', 'zzz');
  await page.waitForSelector('[data-testid="search-none"]');
  await page.fill('[data-testid="search"]', '');
  await page.waitForSelector('[data-article="emergency-calls"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('guide: with no content at all, the honest empty state', async () => {
  const { page, context } = await openPage(env.browser, { uiLanguage: 'en' }, '/portal');
  await page.waitForSelector('#empty-title');
  assert.equal((await page.textContent('#empty-title')).trim(), message('en', 'portal-empty-title'));
  await context.close();
});
