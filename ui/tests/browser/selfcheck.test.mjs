// The self-check in Chromium with the Rust side mocked: the start screen says what it is and
// that answers stay on the phone; one question per screen, each answer sent to Rust at once;
// skip logic from Rust changes which questions come; the findings come with what to do, the
// article and the line; a finished check is in the history and can be erased; a half-filled
// sheet is continued; and the screens fit at 320 px at the largest text.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
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

const summary = {
  id: 1,
  completedAt: 1796600000,
  phase: 'arrival',
  lang: 'vi',
  title: { text: 'Kiểm tra công việc và cuộc sống của bạn ở Nhật', ja: '日本での 仕事と 生活の チェック' },
  answers: [
    {
      question: { text: 'Tư cách lưu trú của bạn là gì?', ja: 'あなたの 在留資格は どれですか。' },
      answer: { text: 'Thực tập kỹ năng (技能実習)', ja: '技能実習' },
      legalBasis: 'ICRRA Annexed Table I(2)',
    },
    {
      question: { text: 'Công ty có đang giữ hộ chiếu của bạn không?', ja: '会社が パスポートを 持って いますか。' },
      answer: { text: 'Có', ja: 'はい' },
      legalBasis: 'TITA Art. 48(1); TITA Art. 111 item 5',
    },
  ],
  findings: [
    {
      severity: 'serious',
      finding: { text: 'Công ty không được giữ hộ chiếu của bạn.', ja: '会社が パスポートを あずかる ことは 禁止です。' },
      nextStep: { text: 'Hãy đòi lại.', ja: '返して ほしいと 言って ください。' },
    },
  ],
};
const finished = { ...selfcheck, summary, history: [{ id: 1, completedAt: 1796600000, phase: 'arrival', serious: 1, concern: 0, info: 0 }], results: { 1: { id: 1, completedAt: 1796600000, phase: 'arrival', findings, resolved: [] } } };
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

async function noAxeViolations(page, what) {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document.querySelector('main'), { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  assert.deepEqual(violations, [], what);
}

test('self-check summary: every answer and finding in the reader language and in Japanese, then saved as a PDF', async () => {
  const { page, context, errors } = await openPage(
    env.browser,
    { uiLanguage: 'vi', selfcheck: finished, pdfPath: '/home/worker/tom-tat.pdf' },
    '/self-check?result=1',
  );
  await page.click('[data-testid="summary"]');
  await page.waitForSelector('[data-summary="1"] tbody tr');
  const heading = await page.$$eval('[data-summary] h1 span', (spans) => spans.map((s) => [s.lang, s.textContent]));
  assert.deepEqual(heading, [
    ['vi', message('vi', 'selfcheck-summary-title')],
    ['ja', message('ja', 'selfcheck-summary-title')],
  ]);
  const rows = await page.$$eval('[data-summary] tbody tr', (trs) => trs.map((tr) => tr.textContent.replace(/\s+/g, ' ').trim()));
  assert.equal(rows.length, 2);
  assert.ok(rows[1].includes('Có') && rows[1].includes('はい') && rows[1].includes('TITA Art. 48(1)'), rows[1]);
  assert.ok((await page.textContent('[data-summary] .findings')).includes('禁止です'));
  await noAxeViolations(page, 'summary');
  // The print style leaves the summary alone on the page.
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.topbar', '.sidebar', '[data-testid="save-pdf"]']) {
    assert.equal(await page.isVisible(hidden), false, `${hidden} is printed`);
  }
  await page.emulateMedia({ media: 'screen' });
  await page.click('[data-testid="save-pdf"]');
  await page.waitForSelector('[data-testid="saved"]');
  assert.equal((await page.textContent('[data-testid="saved"]')).trim(), message('vi', 'selfcheck-summary-saved', { path: '/home/worker/tom-tat.pdf' }));
  assert.deepEqual(errors, []);
  await context.close();
});

test('self-check sharing: a code, what will be sent, whether it identifies me, then sealed into the outbox', async () => {
  const { page, context, errors } = await openPage(
    env.browser,
    { uiLanguage: 'en', selfcheck: finished, orgCodeError: message('en', 'error-org-code-unknown'), sealedPath: '/home/worker/mirai.sealed' },
    '/self-check/share/1',
  );
  await page.waitForSelector('#org-code');
  assert.ok((await page.textContent('main')).includes(message('en', 'selfcheck-share-none')));
  assert.equal(await page.isDisabled('[data-testid="send"]'), true, 'nothing to send to yet');
  // A wrong code is refused with Rust's message; a good one is added and chosen.
  await page.fill('#org-code', 'https://example.org');
  await page.click('[data-testid="add-org"]');
  await page.waitForSelector('[data-testid="share-error"]');
  assert.equal((await page.textContent('[data-testid="share-error"]')).trim(), message('en', 'error-org-code-unknown'));
  await page.fill('#org-code', 'MIRAI1-Workers Aid');
  await page.click('[data-testid="add-org"]');
  await page.waitForSelector('input[name="organisation"]:checked');
  assert.ok((await page.textContent('main')).includes(message('en', 'selfcheck-share-fingerprint', { fingerprint: 'a1b2 c3d4 e5f6 0718' })));
  // Exactly what will be sent is shown, and the identification question is answered.
  assert.deepEqual(
    await page.$$eval('[data-testid="shared-answers"] li strong', (els) => els.map((e) => e.textContent)),
    ['Thực tập kỹ năng (技能実習)', 'Có'],
  );
  await page.click('[data-testid="identify"] summary');
  assert.ok(await page.isVisible(`text=${message('en', 'selfcheck-share-identify-4')}`));
  await page.fill('#employer', '  Sakura Foods ');
  await page.click('[data-testid="send"]');
  await page.waitForSelector('[data-testid="sent"]');
  assert.deepEqual(await page.evaluate(() => window.__shareCalls), [
    { result: 1, organisation: 'a1b2 c3d4 e5f6 0718', employer: 'Sakura Foods', note: null },
  ]);
  // The outbox shows it queued, and it can be taken back before it goes.
  await page.click('a[href="/self-check"]');
  await page.waitForSelector('[data-outbox="1"][data-state="queued"]');
  assert.ok((await page.textContent('[data-outbox="1"]')).includes(message('en', 'selfcheck-outbox-state-queued')));
  // Until sync delivers it, it can be handed over as a (sealed) file.
  await page.click('[data-outbox="1"] [data-testid="save-file"]');
  await page.waitForSelector('[data-testid="outbox-saved"]');
  assert.equal(
    (await page.textContent('[data-testid="outbox-saved"]')).trim(),
    message('en', 'selfcheck-outbox-saved', { path: '/home/worker/mirai.sealed' }),
  );
  await page.click('[data-outbox="1"] [data-testid="cancel"]');
  await page.waitForSelector(`text=${message('en', 'selfcheck-outbox-empty')}`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('self-check sharing and summary: fit at 320 px at the largest text, large targets, no axe violation', async () => {
  for (const lang of ['my', 'vi', 'ja']) {
    const scenario = { uiLanguage: lang, textSize: 'larger', selfcheck: finished, organisations: [{ id: 'a1b2 c3d4 e5f6 0718', name: 'Workers Aid' }] };
    for (const path of ['/self-check/share/1', '/self-check/summary/1']) {
      const { page, context } = await openPage(env.browser, scenario, path, { width: 320, height: 640 });
      await page.waitForSelector(path.includes('share') ? '#org-code' : '[data-summary] tbody tr');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${lang} ${path}: ${overflow}px of sideways scroll`);
      const small = await page.evaluate(() =>
        [...document.querySelectorAll('main button, main a.button, main label.choice, main input:not([type="radio"]), main textarea')]
          .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ el, box }) => `${el} ${Math.round(box.width)}x${Math.round(box.height)}`),
      );
      assert.deepEqual(small, [], `${lang} ${path}`);
      await noAxeViolations(page, `${lang} ${path}`);
      await context.close();
    }
  }
});

test('home: the article of the week with its points, and "done" once they were earned', async () => {
  const article = { id: 'pay-slip', category: 'working', lang: 'en', title: 'Your pay slip', summary: '' };
  for (const earned of [false, true]) {
    const { page, context } = await openPage(env.browser, { uiLanguage: 'en', weekly: { article, points: 5, earned } }, '/');
    await page.waitForSelector('[data-testid="weekly-article"]');
    const text = await page.textContent('[data-testid="weekly-article"]');
    assert.ok(text.includes('Your pay slip'), text);
    const expected = earned ? 'home-weekly-earned' : 'home-weekly-points';
    assert.ok(text.includes(message('en', expected, { points: 5 })), text);
    assert.equal(await page.getAttribute('[data-testid="weekly-article"]', 'href'), '/portal/pay-slip');
    await context.close();
  }
});

test('self-check: a date question offers a calendar up to today and sends the day chosen', async () => {
  const dated = {
    ...selfcheck,
    showIf: {},
    sheet: {
      ...sheet,
      phase: 'periodic',
      questions: [question('last-paid', 'date', 'On what day were you last paid your wages?', { legalBasis: 'LSA Art. 24(2)' })],
    },
  };
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'en', selfcheck: dated }, '/self-check');
  await page.click('[data-testid="start"]');
  await page.waitForSelector('[data-question="last-paid"] input[type="date"]');
  const max = await page.getAttribute('[data-answer="date"]', 'max');
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  assert.equal(max, today, 'no day after today can be picked');
  await page.fill('[data-answer="date"]', '2026-10-31');
  await page.waitForFunction(() => window.__answerCalls.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__answerCalls), [
    { item: 'last-paid', answer: { kind: 'date', date: '2026-10-31' } },
  ]);
  assert.deepEqual(errors, []);
  await context.close();
});

test('settings: the due-check notification is off until the worker turns it on, with what it will say', async () => {
  const { page, context, errors } = await openPage(env.browser, { uiLanguage: 'vi' }, '/settings');
  await page.waitForSelector('[data-testid="reminders"]');
  assert.equal(await page.isChecked('[data-testid="reminders"]'), false);
  assert.ok((await page.textContent('#reminders-hint')).includes(message('vi', 'settings-reminders-hint')));
  await page.click('[data-testid="reminders"]');
  await page.waitForFunction(() => window.__mockCalls.includes('save_check_reminders'));
  assert.equal(await page.isChecked('[data-testid="reminders"]'), true);
  // The shell asked Rust once whether to notify, after the store opened.
  assert.equal((await page.evaluate(() => window.__mockCalls)).filter((c) => c === 'remind_if_due').length, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('self-check: a number out of range is refused with Rust\'s message in the worker\'s language', async () => {
  const rangeError = message('pt', 'error-answer-out-of-range', { min: 0, max: 400 });
  const { page, context } = await openPage(env.browser, { uiLanguage: 'pt', selfcheck: { ...selfcheck, rangeError } }, '/self-check');
  await page.click('[data-testid="start"]');
  await page.click('[data-answer="other"]');
  await page.click('[data-testid="next"]');
  await page.fill('[data-answer="number"]', '500');
  await page.press('[data-answer="number"]', 'Tab');
  await page.waitForSelector('.notice.error[role="alert"]');
  assert.equal((await page.textContent('.notice.error[role="alert"]')).trim(), rangeError);
  assert.ok(rangeError.includes('400') && !rangeError.startsWith('error-'), rangeError);
  assert.deepEqual(await page.evaluate(() => window.__answerCalls.at(-1)), {
    item: 'overtime-hours',
    answer: { kind: 'number', number: 500 },
  });
  await context.close();
});
