import { describe, expect, it } from 'vitest';
import { formatDay, formatJapanTime, formatMonthDay, formatSize, japanClock, languageName, weekdayName } from './format';

describe('format', () => {
  it('sizes in the reader conventions', () => {
    expect(formatSize(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatSize(900, 'en')).toBe('900 byte');
    expect(formatSize(45_000_000, 'en')).toBe('45 MB');
  });

  it('days in the reader conventions, and text that is not a day kept as is', () => {
    expect(formatDay('2026-11-23', 'en')).toBe('Nov 23, 2026');
    expect(formatDay('2026-11-23', 'ja')).toBe('2026/11/23');
    expect(formatDay('soon', 'en')).toBe('soon');
  });

  it('language and weekday names', () => {
    expect(languageName('ne', 'en')).toBe('Nepali');
    expect(languageName('vi', 'vi')).toBe('Tiếng Việt');
    expect(weekdayName('mon', 'en')).toBe('Mon');
    expect(weekdayName('holiday', 'en')).toBeNull();
  });

  it('Japan-time moments from now: today, tomorrow, a weekday, then a date', () => {
    const now = '2026-11-24T22:30:00+09:00';
    expect(japanClock(now)).toBe('22:30');
    expect(formatJapanTime('2026-11-24T23:00:00+09:00', now, 'en')).toBe('today 23:00');
    expect(formatJapanTime('2026-11-25T09:00:00+09:00', now, 'en')).toBe('tomorrow 09:00');
    expect(formatJapanTime('2026-11-25T09:00:00+09:00', now, 'ja')).toBe('明日 09:00');
    expect(formatJapanTime('2026-11-27T17:00:00+09:00', now, 'en')).toBe('Fri 17:00');
    expect(formatJapanTime('2026-11-30T09:00:00+09:00', now, 'pt')).toBe('seg. 09:00');
    expect(formatJapanTime('2027-01-04T09:00:00+09:00', '2026-12-29T10:00:00+09:00', 'en')).toBe('Mon 09:00');
    expect(formatJapanTime('2027-01-04T09:00:00+09:00', '2026-12-26T10:00:00+09:00', 'en')).toBe('Mon, Jan 4 09:00');
    expect(formatJapanTime('soon', now, 'en')).toBe('soon');
  });

  it('days of the year with no year', () => {
    expect(formatMonthDay('12-29', 'en')).toBe('Dec 29');
    expect(formatMonthDay('01-03', 'ja')).toBe('1月3日');
    expect(formatMonthDay('29 Dec', 'en')).toBe('29 Dec');
  });
});
