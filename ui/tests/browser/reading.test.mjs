// Saved guides, reading history and "continue reading", in Chromium with the Rust side mocked:
// save a guide and find it under Saved, read part of it and continue at the same place from the
// guide, clear the history after confirming; empty states; the screen rules at 320 px.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { message } from '../../../tests/e2e/messages.mjs';
import { openPage, start } from './harness.mjs';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.stop();
});

/** An article long enough to scroll through on any screen. */
const article = (id, title) => ({
  summary: { id, category: 'living', lang: 'en', title, summary: `${title}: what to do.` },
  blocks: Array.from({ length: 40 }, (_, i) => ({
    kind: 'paragraph',
    content: [{ kind: 'text', text: `Step ${i + 1}. Take your residence card and your passport to the city office.` }],
  })),
  reviewed: '2026-11-23',
  sources: [{ title: 'ISA', url: 'https://www.moj.go.jp/isa/' }],
  related: [],
  directory: [],
  languages: ['en', 'ja'],
});
const articles = [article('residence-card', 'Renewing your residence card'), article('garbage', 'Sorting garbage')];

const place = (page) =>
  page.evaluate(() => {
    const box = document.querySelector('article.reader[data-column="0"]').getBoundingClientRect();
    return Math.min(1, Math.max(0, (window.innerHeight - box.top) / box.height));
  });

test('reading: save a guide, find it under Saved, continue where you stopped, clear the history', async () => {
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'en', articles }, '/portal', {
    width: 390,
    height: 700,
  });
  // Nothing saved or read yet: the empty states, and nothing to continue.
  await page.waitForSelector('[data-testid="saved-empty"]');
  assert.equal((await page.textContent('[data-testid="saved-empty"]')).trim(), message('en', 'portal-saved-empty'));
  assert.equal((await page.textContent('[data-testid="recent-empty"]')).trim(), message('en', 'portal-recent-empty'));
  assert.equal(await page.locator('[data-testid="continue"]').count(), 0);
  assert.equal(await page.locator('[data-testid="clear-history"]').count(), 0);

  // Save the guide: a toggle button with its state, and a note that says where it went.
  await page.click('[data-article="residence-card"]');
  await page.waitForSelector('#article-title');
  const save = page.locator('[data-testid="bookmark"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="bookmark"]').disabled);
  assert.equal(await save.getAttribute('aria-pressed'), 'false');
  assert.equal((await save.textContent()).trim(), message('en', 'article-save'));
  await save.click();
  await page.waitForSelector('[data-testid="bookmark"][aria-pressed="true"]');
  assert.equal((await page.textContent('[data-testid="saved-note"]')).trim(), message('en', 'article-saved-note'));

  // Opening is recorded in the language shown; scrolling records the place.
  const calls = () => page.evaluate(() => window.__readingCalls);
  assert.deepEqual((await calls())[0], { articleId: 'residence-card', lang: 'en', progress: 0 });
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight * 0.4));
  await page.waitForFunction(() => window.__readingCalls.some((c) => c.progress > 0.2));
  const left = await place(page);
  assert.ok(left > 0.2 && left < 0.9, `place ${left}`);

  // Back in the guide: Saved lists it, and "Continue reading" offers it at that place.
  await page.click('a.back');
  await page.waitForSelector('[data-testid="continue"]');
  assert.equal(await page.locator('[data-saved="residence-card"]').count(), 1);
  assert.equal(await page.locator('[data-recent="residence-card"]').count(), 1);
  const recorded = Math.max(...(await calls()).map((c) => c.progress));
  assert.ok(Math.abs(recorded - left) < 0.01, `recorded ${recorded}, was at ${left}`);
  assert.equal(
    (await page.textContent('[data-testid="continue"] .summary')).trim(),
    message('en', 'portal-continue-where', { percent: Math.round(recorded * 100) }),
  );
  assert.equal(await page.getAttribute('[data-testid="continue"] .title', 'lang'), 'en');

  // Continuing opens it scrolled back to the same place.
  await page.click('[data-testid="continue"]');
  await page.waitForSelector('#article-title');
  await page.waitForFunction(() => window.scrollY > 0);
  const back = await place(page);
  assert.ok(Math.abs(back - recorded) < 0.02, `continued at ${back}, left at ${recorded}`);
  assert.equal(await page.getAttribute('[data-testid="bookmark"]', 'aria-pressed'), 'true');

  // Read to the end: nothing left to continue, and the list says so.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForFunction(() => window.__readingCalls.some((c) => c.progress === 1));
  await page.click('a.back');
  await page.waitForSelector('[data-recent="residence-card"]');
  assert.equal(await page.locator('[data-testid="continue"]').count(), 0);
  assert.equal(
    (await page.textContent('[data-recent="residence-card"] .summary')).trim(),
    message('en', 'portal-recent-finished'),
  );

  // Clearing asks first (focus on the question), then empties the history and keeps Saved.
  await page.click('[data-testid="clear-history"]');
  await page.waitForSelector('[data-testid="clear-confirm"]');
  assert.equal(
    await page.evaluate(() => document.activeElement?.textContent?.trim()),
    message('en', 'portal-history-confirm'),
  );
  await page.click('[data-testid="clear-yes"]');
  await page.waitForSelector('[data-testid="history-cleared"]');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'history-cleared');
  assert.equal(await page.locator('[data-testid="recent-empty"]').count(), 1);
  assert.equal(await page.locator('[data-recent]').count(), 0);
  assert.equal(await page.locator('[data-saved="residence-card"]').count(), 1);
  assert.ok((await page.evaluate(() => window.__mockCalls)).includes('clear_history'));

  // Unsaving from the article empties Saved.
  await page.click('[data-saved="residence-card"]');
  await page.waitForSelector('[data-testid="bookmark"][aria-pressed="true"]');
  await page.click('[data-testid="bookmark"]');
  await page.waitForSelector('[data-testid="bookmark"][aria-pressed="false"]');
  assert.equal((await page.textContent('[data-testid="saved-note"]')).trim(), message('en', 'article-unsaved-note'));
  await page.click('a.back');
  await page.waitForSelector('[data-testid="saved-empty"]');
  assert.deepEqual(errors, []);
  await context.close();
});

test('reading: "No, keep it" leaves the history as it was', async () => {
  const history = [{ id: 'garbage', lang: 'en', progress: 0.5 }];
  const { page, context } = await openPage(env.browser, { uiLanguage: 'en', articles, history }, '/portal');
  await page.click('[data-testid="clear-history"]');
  await page.click('[data-testid="clear-confirm"] button.secondary');
  await page.waitForSelector('[data-testid="clear-history"]');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'clear-history');
  assert.equal(await page.locator('[data-recent="garbage"]').count(), 1);
  assert.ok(!(await page.evaluate(() => window.__mockCalls)).includes('clear_history'));
  await context.close();
});

test('reading: no sideways scroll at 320 px at the largest text, large controls, and no axe violation', async () => {
  const full = {
    articles,
    bookmarks: ['garbage', 'residence-card'],
    history: [
      { id: 'residence-card', lang: 'ja', progress: 0.42 },
      { id: 'garbage', lang: 'en', progress: 1 },
    ],
    textSize: 'larger',
  };
  for (const lang of ['my', 'tl', 'vi', 'pt', 'ja']) {
    for (const path of ['/portal', '/portal/residence-card']) {
      const { page, context } = await openPage(env.browser, { ...full, uiLanguage: lang }, path, { width: 320, height: 640 });
      await page.waitForSelector(path === '/portal' ? '[data-testid="continue"]' : '[data-testid="bookmark"]:not([disabled])');
      if (path === '/portal') await page.click('[data-testid="clear-history"]');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang} ${path}: ${overflow}px of sideways scroll`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('main button, main a.button, main a.article, main a.continue-link, main select')]
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      assert.deepEqual(small, [], `${lang} ${path}`);
      if (lang === 'my') {
        await page.addScriptTag({ path: axePath });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          });
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        assert.deepEqual(violations, [], `${lang} ${path}`);
      }
      await context.close();
    }
  }
});
