import { describe, expect, it } from 'vitest';
import type { DirectoryEntryDto, JapanTimeDto, RoutedLineDto } from './api';
import { TOPICS, availability, telHref } from './lines';

const entry: DirectoryEntryDto = {
  id: 'labour-hotline',
  kind: 'hotline',
  phone: '0120-811-610',
  lang: 'en',
  name: 'Labour hotline',
  description: 'Work problems.',
  languages: ['ja'],
  hours: { kind: 'always' },
  closed: [],
  free: true,
  source: { title: 'MHLW', url: 'https://www.mhlw.go.jp/' },
  reviewed: '2026-11-23',
};
const now: JapanTimeDto = { iso: '2026-11-24T10:00:00+09:00', weekday: 'tue', holiday: false };
const at = (iso: string, weekday: string): JapanTimeDto => ({ iso, weekday, holiday: false });
const line = (over: Partial<RoutedLineDto>): RoutedLineDto => ({
  entry,
  status: 'open',
  speaksYourLanguage: true,
  nextOpening: null,
  someDaysOnly: false,
  ...over,
});
// Message ids with their arguments, so the wording stays in the locale files.
const t = (id: string, args?: Record<string, string | number>) => (args ? `${id} ${JSON.stringify(args)}` : id);

describe('lines', () => {
  it('open, open in other languages (with when yours opens), closed with the next opening', () => {
    expect(availability(line({}), now, 'en', t)).toEqual({ tone: 'open', label: 'lines-open', notes: [] });
    expect(
      availability(line({ status: 'open-other-languages', nextOpening: at('2026-11-24T13:00:00+09:00', 'tue') }), now, 'en', t),
    ).toEqual({ tone: 'other', label: 'lines-open-other', notes: ['lines-yours-from {"when":"today 13:00"}'] });
    expect(availability(line({ status: 'open-other-languages', speaksYourLanguage: false }), now, 'en', t).notes).toEqual([]);
    expect(
      availability(line({ status: 'closed', nextOpening: at('2026-11-25T09:00:00+09:00', 'wed') }), now, 'en', t).label,
    ).toBe('lines-closed-opens {"when":"tomorrow 09:00"}');
    expect(availability(line({ status: 'closed' }), now, 'en', t).label).toBe('lines-closed-later');
  });

  it('"some days only" is always said', () => {
    expect(availability(line({ someDaysOnly: true }), now, 'en', t).notes).toEqual(['lines-some-days']);
  });

  it('tel: links carry digits only', () => {
    expect(telHref('0120-811-610')).toBe('tel:0120811610');
    expect(telHref('110')).toBe('tel:110');
  });

  it('every topic once', () => {
    expect(new Set(TOPICS).size).toBe(8);
  });
});
