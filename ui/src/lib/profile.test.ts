import { describe, expect, it } from 'vitest';
import { countryOptions, draftFrom, fieldFor, inputFrom } from './profile';

describe('profile form helpers', () => {
  it('round-trips a profile through the draft', () => {
    const draft = draftFrom({
      uiLanguage: 'vi',
      homeCountry: 'VN',
      journey: { kind: 'in-japan', date: '2026-04-01' },
      revision: 3,
      unreadable: [],
    });
    expect(draft).toEqual({ homeCountry: 'VN', journey: 'in-japan', date: '2026-04-01' });
    expect(inputFrom(draft)).toEqual({ homeCountry: 'VN', journey: { kind: 'in-japan', date: '2026-04-01' } });
  });

  it('sends empty fields as null and drops the date when not set', () => {
    expect(inputFrom({ homeCountry: '', journey: 'preparing', date: ' ' })).toEqual({
      homeCountry: null,
      journey: { kind: 'preparing', date: null },
    });
    expect(inputFrom({ homeCountry: 'PH', journey: 'not-set', date: '2026-01-01' })).toEqual({
      homeCountry: 'PH',
      journey: { kind: 'not-set' },
    });
  });

  it('points each error code at its field', () => {
    expect(fieldFor('home-country')).toBe('home-country');
    expect(fieldFor('arrival-in-future')).toBe('journey-date');
    expect(fieldFor('departure-in-past')).toBe('journey-date');
  });

  it('puts common countries first, each group sorted by local name', () => {
    const { common, others } = countryOptions(['FR', 'VN', 'AT', 'PH', 'MM'], 'en');
    expect(common.map((o) => o.code)).toEqual(['MM', 'PH', 'VN']);
    expect(others.map((o) => o.name)).toEqual(['Austria', 'France']);
    const vi = countryOptions(['VN'], 'vi');
    expect(vi.common[0]?.name).toBe('Việt Nam');
  });
});
