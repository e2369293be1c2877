import { describe, expect, it } from 'vitest';
import { byLanguage, formatFrom, guessLanguage, makeBundle } from './messages';

describe('byLanguage', () => {
  it('groups files by their language folder and ignores other paths', () => {
    const grouped = byLanguage({
      '../../locales/vi/app.ftl': 'a = A',
      '../../locales/vi/errors.ftl': 'b = B',
      '../../locales/my/app.ftl': 'a = က',
      '../../somewhere/else.txt': 'nope',
    });
    expect([...grouped.keys()].sort()).toEqual(['my', 'vi']);
    expect(grouped.get('vi')).toHaveLength(2);
  });
});

describe('formatFrom', () => {
  const en = makeBundle('en', ['hello = Hello, { $name }\nonly-en = Only English']);
  const vi = makeBundle('vi', ['hello = Xin chào, { $name }']);

  it('formats variables without isolation marks', () => {
    expect(formatFrom([vi, en], 'hello', { name: 'Lan' })).toBe('Xin chào, Lan');
  });

  it('falls back to English, then to the id', () => {
    expect(formatFrom([vi, en], 'only-en')).toBe('Only English');
    expect(formatFrom([vi, en], 'missing')).toBe('missing');
    expect(formatFrom([undefined, en], 'hello', { name: 'A' })).toBe('Hello, A');
  });
});

describe('guessLanguage', () => {
  const nine = ['ja', 'en', 'zh', 'vi', 'tl', 'id', 'my', 'pt', 'es'];
  it('takes the first supported preference by base language', () => {
    expect(guessLanguage(['de-DE', 'pt-BR', 'en'], nine)).toBe('pt');
    expect(guessLanguage(['zh-Hans-CN'], nine)).toBe('zh');
    expect(guessLanguage(['fil-PH'], nine)).toBe('tl');
  });
  it('falls back to English', () => {
    expect(guessLanguage(['de', 'fr'], nine)).toBe('en');
    expect(guessLanguage([], nine)).toBe('en');
  });
});
