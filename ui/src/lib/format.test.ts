import { describe, expect, it } from 'vitest';
import { formatDay, formatSize, languageName, weekdayName } from './format';

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
});
