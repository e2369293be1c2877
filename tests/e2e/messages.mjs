// Reads the expected texts straight from locales/, formatted by the same Fluent library and
// options as the UI, so the tests check what users will read in each language without copying
// any translation into test code.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentBundle, FluentResource } from '../../ui/node_modules/@fluent/bundle/esm/index.js';

const root = fileURLToPath(new URL('../../locales', import.meta.url));
const bundles = new Map();

function bundle(lang) {
  if (!bundles.has(lang)) {
    const made = new FluentBundle(lang, { useIsolating: false });
    for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.ftl'))) {
      made.addResource(new FluentResource(readFileSync(join(root, lang, file), 'utf8')));
    }
    bundles.set(lang, made);
  }
  return bundles.get(lang);
}

/** The message `id` in `lang`, formatted with `args` as the UI formats it. */
export function message(lang, id, args = {}) {
  const found = bundle(lang).getMessage(id);
  if (!found?.value) throw new Error(`no message ${id} in ${lang}`);
  const errors = [];
  const text = bundle(lang).formatPattern(found.value, args, errors);
  if (errors.length > 0) throw new Error(`${id} in ${lang}: ${errors.join('; ')}`);
  return text;
}
