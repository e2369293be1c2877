// The real message files, read by @fluent/bundle as the UI reads them: every language parses,
// has every English message, and formats each one without errors.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FluentResource } from '@fluent/bundle';
import { makeBundle } from './messages';

const root = fileURLToPath(new URL('../../../../locales', import.meta.url));
const languages = readdirSync(root).sort();

function load(code: string) {
  const dir = join(root, code);
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.ftl'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  return { texts, bundle: makeBundle(code, texts) };
}

function ids(texts: string[]): string[] {
  return texts.flatMap((text) => new FluentResource(text).body.map((entry) => entry.id));
}

const ARGS = {
  min: 8,
  folder: '/tmp/x',
  code: 'xx',
  field: 'home-country',
  count: 4,
  pack: 1,
  packs: 2,
  title: 'Basic pack',
  version: 3,
  date: 'Nov 23, 2026',
  kind: 'metered',
  state: 'syncing',
  from: 1,
  to: 2,
  size: '12 kB',
  full: '480 kB',
  done: '6 kB',
  total: '12 kB',
  time: 'Tue 10:05',
  when: 'tomorrow 09:00',
  number: '0120-811-610',
  percent: 42,
  text: 'pay slip',
  n: 3,
  max: 400,
  serious: 1,
  concern: 2,
  info: 0,
  basis: 'LSA Art. 36',
  points: 20,
  path: '/home/worker/summary.pdf',
  name: 'Workers Aid',
  fingerprint: '0c4e a409 5bda cdc8',
  organisation: 'Workers Aid',
};

describe('locales as @fluent/bundle reads them', () => {
  const english = ids(load('en').texts);

  it('has the nine languages', () => {
    expect(languages).toEqual(['en', 'es', 'id', 'ja', 'my', 'pt', 'tl', 'vi', 'zh']);
  });

  for (const code of languages) {
    it(`${code}: every English message exists and formats cleanly`, () => {
      const { texts, bundle } = load(code);
      expect(ids(texts).sort()).toEqual([...english].sort());
      for (const id of english.filter((i) => !i.startsWith('-'))) {
        const message = bundle.getMessage(id);
        expect(message?.value, `${code}: ${id}`).toBeTruthy();
        const errors: Error[] = [];
        const text = bundle.formatPattern(message!.value!, ARGS, errors);
        expect(errors, `${code}: ${id}`).toEqual([]);
        expect(text, `${code}: ${id}`).not.toMatch(/[{}]/);
      }
    });
  }
});
