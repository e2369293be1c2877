// Reads the expected texts straight from locales/, so the tests check what users will read in
// each language without copying any translation into test code.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../locales', import.meta.url));
const cache = new Map();

function load(lang) {
  if (!cache.has(lang)) {
    const messages = new Map();
    for (const file of readdirSync(join(root, lang)).filter((f) => f.endsWith('.ftl'))) {
      for (const line of readFileSync(join(root, lang, file), 'utf8').split('\n')) {
        const match = /^(-?[a-z][a-z0-9-]*) = (.*)$/.exec(line);
        if (match) messages.set(match[1], match[2]);
      }
    }
    cache.set(lang, messages);
  }
  return cache.get(lang);
}

/** The message `id` in `lang`, with the app-name term and `args` filled in. */
export function message(lang, id, args = {}) {
  const messages = load(lang);
  const text = messages.get(id);
  if (text === undefined) throw new Error(`no message ${id} in ${lang}`);
  return text
    .replace(/\{ -app-name \}/g, messages.get('-app-name') ?? 'Mirai')
    .replace(/\{ \$([a-z]+) \}/g, (_, name) => String(args[name] ?? `{$${name}}`));
}
