// How articles are read: the language of the guide and furigana. Rust keeps both; this keeps
// the latest answer and applies furigana to the whole document, wherever ruby appears.

import { api, type ReadingSettingsDto } from '$lib/api';

let settings = $state<ReadingSettingsDto | null>(null);

function apply(next: ReadingSettingsDto) {
  settings = next;
  if (typeof document !== 'undefined') document.documentElement.dataset.furigana = next.furigana ? 'on' : 'off';
}

export const reading = {
  get settings(): ReadingSettingsDto | null {
    return settings;
  },

  /** Loads the settings once; later calls return what is known. */
  async load(): Promise<ReadingSettingsDto> {
    if (!settings) apply(await api.readingSettings());
    return settings as ReadingSettingsDto;
  },

  async save(contentLanguage: string | null, furigana: boolean) {
    apply(await api.saveReadingSettings(contentLanguage, furigana));
  },
};
