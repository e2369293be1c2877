// Fluent messages for the UI, from the same `locales/<lang>/*.ftl` files the Rust side reads.
// Pure functions only: the reactive wrapper lives in `i18n.svelte.ts`.

import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/** Raw Fluent sources keyed by path, e.g. `../../../../locales/vi/app.ftl`. */
export type Sources = Record<string, string>;

/** The language every other one falls back to when a message is missing. */
export const FALLBACK = 'en';

/** Groups source files by language code (the folder name). */
export function byLanguage(sources: Sources): Map<string, string[]> {
  const grouped = new Map<string, string[]>();
  for (const [path, text] of Object.entries(sources)) {
    const match = /locales\/([^/]+)\/[^/]+\.ftl$/.exec(path);
    if (!match?.[1]) continue;
    const list = grouped.get(match[1]) ?? [];
    list.push(text);
    grouped.set(match[1], list);
  }
  return grouped;
}

/** One language's bundle. Isolation marks are off: all nine languages run left to right. */
export function makeBundle(tag: string, texts: string[]): FluentBundle {
  const bundle = new FluentBundle(tag, { useIsolating: false });
  for (const text of texts) {
    bundle.addResource(new FluentResource(text));
  }
  return bundle;
}

/** Formats `id` from the first bundle that has it; the id itself if none does. */
export function formatFrom(
  bundles: (FluentBundle | undefined)[],
  id: string,
  args?: Record<string, FluentVariable>,
): string {
  for (const bundle of bundles) {
    const message = bundle?.getMessage(id);
    if (message?.value) {
      return bundle!.formatPattern(message.value, args, []);
    }
  }
  return id;
}

/** The best of `supported` for the device's preferred languages, or the fallback. */
export function guessLanguage(preferred: readonly string[], supported: readonly string[]): string {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    // Filipino is tagged `fil` by most systems; the app calls it `tl`.
    const code = base === 'fil' ? 'tl' : base;
    if (supported.includes(code)) return code;
  }
  return FALLBACK;
}
