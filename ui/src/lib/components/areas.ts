// The six areas of the app, in the order home and navigation show them.

import type { IconName } from './icons';

export interface Area {
  /** Route path. */
  href: string;
  /** Icon and message-id stem. */
  id: Extract<IconName, 'portal' | 'self-check' | 'assist' | 'friends' | 'packs' | 'settings'>;
}

export const AREAS: Area[] = [
  { href: '/portal', id: 'portal' },
  { href: '/self-check', id: 'self-check' },
  { href: '/assist', id: 'assist' },
  { href: '/friends', id: 'friends' },
  { href: '/packs', id: 'packs' },
  { href: '/settings', id: 'settings' },
];
