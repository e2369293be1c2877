// The self-check in Chromium with the Rust side mocked: the start screen says what it is and
// that answers stay on the phone; one question per screen, each answer sent to Rust at once;
// skip logic from Rust changes which questions come; the findings come with what to do, the
// article and the line; a finished check is in the history and can be erased; a half-filled
// sheet is continued; and the screens fit at 320 px at the largest text.

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

const source = { title: 'Japanese Law Translation', url: 'https://www.japaneselawtranslation.go.jp/' };
const question = (id, kind, label, extra = {}) => ({
  id,
  kind,
  label,
  hint: null,
  choices: [],
  min: null,
  max: null,
  unit: null,
  legalBasis: 'TITA Art. 48(1)',
  source,
  ...extra,
});
const sheet = {
  title: 'Check your work and life in Japan',
  intro: 'These questions are about your job, your pay and your life in Japan.',
  lang: 'en',
  phase: 'arrival',
  due: '2026-07-01',
  dueNow: false,
  questions: [
    question('residence-status', 'single', 'What is your residence status?', {
      choices: [
        { id: 'technical-intern', label: 'Technical intern training' },
        { id: 'other', label: 'Other' },
      ],
    }),
    question('passport-kept', 'yes-no', 'Does your company keep your passport or residence card?'),
    question('overtime-hours', 'number', 'Last month, how many hours of overtime?', { min: 0, max: 400, unit: 'hours' }),
  ],
};
const police = {
  id: 'police-110',
  kind: 'emergency',
  phone: '110',
  lang: 'en',
  name: 'Police (110)',
  description: 'Call 110 for a crime.',
  languages: ['ja'],
  hours: { kind: 'always' },
  closed: [],
  free: true,
  source: { title: 'National Police Agency', url: 'https://www.npa.go.jp/' },
  reviewed: '2026-11-23',
};
const findings = [
  {
    id: 'passport-kept-trainee',
    severity: 'serious',
    lang: 'en',
    finding: 'Your company must not keep your passport or residence card.',
    nextStep: 'Ask for them back.',
    article: { id: 'passport-card-kept', category: 'trouble', lang: 'en', title: 'Passport or card kept', summary: '' },
    directory: [police],
    before: true,
  },
];
const resolved = [
  {
    id: 'no-pay-slip',
    severity: 'concern',
    lang: 'en',
    finding: 'You did not get a pay slip.',
    nextStep: 'Ask for one.',
    article: null,
    directory: [],
    before: true,
  },
];
const selfcheck = { sheet, showIf: { 'passport-kept': ['residence-status', 'technical-intern'] }, findings, resolved };

test('self-check: start, answer one screen at a time, see the findings, erase the check', async () => {
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'en', selfcheck }, '/self-check');
  await page.waitForSelector('[data-testid="start"]');
  assert.ok((await page.textContent('main')).includes(message('en', 'selfcheck-privacy')));
  assert.ok((await page.textContent('[data-testid="phase"]')).includes(message('en', 'selfcheck-phase-arrival')));
  await page.click('[data-testid="start"]');

  // Trainee: the passport question is asked (skip logic in Rust, here in the mock).
  await page.click('[data-answer="technical-intern"]');
  await page.waitForFunction(() => window.__answerCalls.length === 1);
  assert.equal((await page.textContent('[data-testid="progress"]')).trim(), message('en', 'selfcheck-progress', { n: 1, total: 3 }));
  await page.click('[data-testid="next"]');
  await page.waitForSelector('[data-question="passport-kept"]');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'the focus is on the question');
  await page.click('[data-answer="yes"]');
  await page.click('[data-testid="next"]');
  await page.fill('[data-answer="number"]', '120');
  await page.press('[data-answer="number"]', 'Tab');
  await page.waitForFunction(() => window.__answerCalls.length === 3);
  assert.deepEqual(await page.evaluate(() => window.__answerCalls), [
    { item: 'residence-status', answer: { kind: 'choice', choice: 'technical-intern' } },
    { item: 'passport-kept', answer: { kind: 'choice', choice: 'yes' } },
    { item: 'overtime-hours', answer: { kind: 'number', number: 120 } },
  ]);
  await page.click('[data-testid="finish"]');

  await page.waitForSelector('[data-finding="passport-kept-trainee"]');
  assert.equal(
    (await page.textContent('[data-finding="passport-kept-trainee"] .severity')).trim(),
    message('en', 'selfcheck-severity-serious'),
  );
  assert.equal(await page.getAttribute('[data-finding] a[href="/portal/passport-card-kept"]', 'lang'), 'en');
  assert.ok(await page.isVisible('[data-finding] [data-entry="police-110"]'));
  // Change over time: still there since the last check, and what went away.
  assert.equal((await page.textContent('[data-finding="passport-kept-trainee"] [data-testid="before"]')).trim(), message('en', 'selfcheck-before'));
  assert.equal((await page.textContent('[data-resolved="no-pay-slip"]')).trim(), 'You did not get a pay slip.');

  // Back at the start: the check is in the history, and can be opened and erased.
  await page.click('[data-testid="to-start"]');
  await page.waitForSelector('[data-check="1"]');
  assert.ok((await page.textContent('[data-check="1"]')).includes(message('en', 'selfcheck-history-counts', { serious: 1, concern: 0, info: 0 })));
  await page.click('[data-check="1"]');
  await page.click('[data-testid="erase"]');
  await page.waitForSelector(`text=${message('en', 'selfcheck-erased')}`);
  assert.equal(await page.locator('[data-check]').count(), 0);
  // The points for the finished check stay with the worker, in the profile.
  await page.click('nav a[href="/settings"]');
  await page.waitForSelector('[data-testid="points"]');
  assert.equal((await page.textContent('[data-testid="points"]')).trim(), message('en', 'settings-points', { points: 10 }));
  assert.deepEqual(errors, []);
  await context.close();
});

test('self-check: another status skips the passport question; a half-filled sheet is continued', async () => {
  const { page, context } = await openPage(env.browser, { uiLanguage: 'en', selfcheck }, '/self-check');
  await page.click('[data-testid="start"]');
  await page.click('[data-answer="other"]');
  await page.waitForFunction(() => window.__answerCalls.length === 1);
  assert.equal((await page.textContent('[data-testid="progress"]')).trim(), message('en', 'selfcheck-progress', { n: 1, total: 2 }));
  await page.click('[data-testid="next"]');
  await page.waitForSelector('[data-question="overtime-hours"]');
  await context.close();

  const resumed = { ...selfcheck, answers: { 'residence-status': { kind: 'choice', choice: 'other' } } };
  const again = await openPage(env.browser, { uiLanguage: 'en', selfcheck: resumed }, '/self-check');
  await again.page.waitForSelector('[data-testid="start"]');
  assert.equal((await again.page.textContent('[data-testid="start"]')).trim(), message('en', 'selfcheck-continue'));
  await again.page.click('[data-testid="start"]');
  assert.ok(await again.page.isChecked('[data-answer="other"]'), 'the saved answer is shown');
  await again.context.close();
});

test('self-check: the home screen reminds the worker when Rust says a check is due, and only then', async () => {
  const due = { ...selfcheck, sheet: { ...sheet, dueNow: true } };
  const { page, context } = await openPage(env.browser, { uiLanguage: 'vi', selfcheck: due }, '/');
  await page.waitForSelector('[data-testid="selfcheck-due"]');
  assert.ok((await page.textContent('[data-testid="selfcheck-due"]')).includes(message('vi', 'selfcheck-due-now')));
  await page.click('[data-testid="selfcheck-due"]');
  await page.waitForSelector('[data-testid="start"]');
  await context.close();
  const notDue = await openPage(env.browser, { uiLanguage: 'vi', selfcheck }, '/');
  await notDue.page.waitForFunction(() => window.__mockCalls.includes('selfcheck_sheet'));
  await notDue.page.waitForSelector('.tile');
  assert.equal(await notDue.page.locator('[data-testid="selfcheck-due"]').count(), 0);
  await notDue.context.close();
});

test('self-check: with no questionnaire installed, the honest empty state', async () => {
  const { page, context } = await openPage(env.browser, { uiLanguage: 'en' }, '/self-check');
  await page.waitForSelector('#empty-title');
  await context.close();
});

test('self-check: fits at 320 px at the largest text, with large targets', async () => {
  for (const lang of ['my', 'tl', 'vi', 'pt']) {
    const { page, context } = await openPage(
      env.browser,
      { uiLanguage: lang, textSize: 'larger', selfcheck },
      '/self-check',
      { width: 320, height: 640 },
    );
    await page.click('[data-testid="start"]');
    await page.click('[data-answer="technical-intern"]');
    await page.click('[data-testid="next"]');
    await page.waitForSelector('[data-question="passport-kept"]');
    for (const screen of ['question', 'result']) {
      if (screen === 'result') {
        await page.click('[data-testid="next"]');
        await page.click('[data-testid="finish"]');
        await page.waitForSelector('[data-finding]');
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang} ${screen}: ${overflow}px of sideways scroll`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('main button, main label.choice, main input[type="number"]')]
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      assert.deepEqual(small, [], `${lang} ${screen}`);
    }
    await context.close();
  }
});
