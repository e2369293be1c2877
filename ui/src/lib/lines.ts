// "Which line do I call?": the problems to pick from, and what to say about a line's state now.
// Rust decides who is open and when each line opens; this only words it.

import type { JapanTimeDto, RoutedLineDto, TopicDto } from '$lib/api';
import { formatJapanTime } from '$lib/format';

/** The problems, in the order the buttons show them. */
export const TOPICS: readonly TopicDto[] = [
  'emergency',
  'health',
  'wages',
  'working-conditions',
  'harassment',
  'immigration',
  'legal',
  'disaster',
];

/** How a line stands now, in words: the badge, and notes under it. */
export interface Availability {
  tone: 'open' | 'other' | 'closed';
  label: string;
  notes: string[];
}

type Translate = (id: string, args?: Record<string, string | number>) => string;

/** The badge and notes for `line` at `now` (both Japan time), for a reader of `tag`. */
export function availability(line: RoutedLineDto, now: JapanTimeDto, tag: string, t: Translate): Availability {
  const when = (at: JapanTimeDto) => formatJapanTime(at.iso, now.iso, tag);
  const notes: string[] = [];
  let result: Availability;
  if (line.status === 'open') {
    result = { tone: 'open', label: t('lines-open'), notes };
  } else if (line.status === 'open-other-languages') {
    if (line.speaksYourLanguage && line.nextOpening) notes.push(t('lines-yours-from', { when: when(line.nextOpening) }));
    result = { tone: 'other', label: t('lines-open-other'), notes };
  } else {
    const label = line.nextOpening ? t('lines-closed-opens', { when: when(line.nextOpening) }) : t('lines-closed-later');
    result = { tone: 'closed', label, notes };
  }
  if (line.someDaysOnly) notes.push(t('lines-some-days'));
  return result;
}

/** A `tel:` link for a number as written in Japan (`0120-811-610`). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
