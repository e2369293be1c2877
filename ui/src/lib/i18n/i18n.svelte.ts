// The UI's current language and `t()`, reactive: components re-render when it changes.

import type { FluentBundle, FluentVariable } from '@fluent/bundle';
import { FALLBACK, byLanguage, formatFrom, guessLanguage, makeBundle, type Sources } from './messages';

const sources = import.meta.glob('../../../../locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Sources;

const texts = byLanguage(sources);
const bundles = new Map<string, FluentBundle>();
/** BCP 47 tags by language code, given by Rust with the language list. */
const tags = new Map<string, string>([['zh', 'zh-Hans']]);

let current = $state(guessLanguage(typeof navigator === 'undefined' ? [] : navigator.languages, [...texts.keys()]));

function bundle(code: string): FluentBundle | undefined {
  let found = bundles.get(code);
  if (!found && texts.has(code)) {
    found = makeBundle(tags.get(code) ?? code, texts.get(code) ?? []);
    bundles.set(code, found);
  }
  return found;
}

/** The message `id` in the current language. */
export function t(id: string, args?: Record<string, FluentVariable>): string {
  return formatFrom([bundle(current), bundle(FALLBACK)], id, args);
}

/** The message `id` in language `code` whatever the current one is: the printed self-check
 *  summary shows its headings in the reader's language and in Japanese. */
export function tIn(code: string, id: string, args?: Record<string, FluentVariable>): string {
  return formatFrom([bundle(code), bundle(FALLBACK)], id, args);
}

/** The current language and the tag for `lang` attributes. */
export const i18n = {
  get code(): string {
    return current;
  },
  get tag(): string {
    return tags.get(current) ?? current;
  },
  /** Switches every visible text, and the document's `lang`, to `code`. */
  use(code: string) {
    if (!texts.has(code)) return;
    current = code;
    if (typeof document !== 'undefined') {
      document.documentElement.lang = tags.get(code) ?? code;
    }
  },
  /** Records the tags Rust gives for each language. */
  learnTags(languages: { code: string; bcp47: string }[]) {
    for (const { code, bcp47 } of languages) tags.set(code, bcp47);
  },
};
