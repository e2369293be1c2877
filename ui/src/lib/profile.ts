// Presentation helpers for the profile form: country names in the reader's language, the
// form's values as the IPC input, and which field each rule code belongs to.

import type { JourneyDto, ProfileDto, ProfileInput } from '$lib/api';

/** Where most foreign workers and trainees in Japan come from; listed first in the picker. */
export const COMMON_COUNTRIES = ['VN', 'PH', 'ID', 'MM', 'NP', 'CN', 'BR', 'KH', 'TH', 'LK', 'MN', 'BD', 'UZ', 'IN', 'PE'];

export type JourneyKind = JourneyDto['kind'];

/** The form's fields, as the user edits them. */
export interface ProfileDraft {
  homeCountry: string;
  journey: JourneyKind;
  date: string;
}

export function draftFrom(profile: ProfileDto): ProfileDraft {
  return {
    homeCountry: profile.homeCountry ?? '',
    journey: profile.journey.kind,
    date: profile.journey.kind === 'not-set' ? '' : (profile.journey.date ?? ''),
  };
}

export function inputFrom(draft: ProfileDraft): ProfileInput {
  const date = draft.date.trim() === '' ? null : draft.date.trim();
  const journey: JourneyDto = draft.journey === 'not-set' ? { kind: 'not-set' } : { kind: draft.journey, date };
  return { homeCountry: draft.homeCountry === '' ? null : draft.homeCountry, journey };
}

/** The form field an error's rule or input code points at. */
export function fieldFor(code: string): 'home-country' | 'journey-date' {
  return code === 'home-country' ? 'home-country' : 'journey-date';
}

/** Country options: the common ones first, then all the others by name in `tag`'s order. */
export function countryOptions(codes: string[], tag: string): { common: Option[]; others: Option[] } {
  const name = regionNamer(tag);
  const byName = (a: Option, b: Option) => a.name.localeCompare(b.name, tag);
  const options = codes.map((code) => ({ code, name: name(code) }));
  return {
    common: options.filter((o) => COMMON_COUNTRIES.includes(o.code)).sort(byName),
    others: options.filter((o) => !COMMON_COUNTRIES.includes(o.code)).sort(byName),
  };
}

export interface Option {
  code: string;
  name: string;
}

function regionNamer(tag: string): (code: string) => string {
  try {
    const names = new Intl.DisplayNames([tag, 'en'], { type: 'region' });
    return (code) => names.of(code) ?? code;
  } catch {
    return (code) => code;
  }
}
