// The app-wide state the shell renders from: the session status that Rust reports, and the
// actions that change it. Rules live in Rust; this only keeps the latest answer.

import { api, toApiError, type ApiError, type AppStatus, type TextSizeDto } from '$lib/api';
import { i18n } from '$lib/i18n/i18n.svelte';

let status = $state<AppStatus | null>(null);
let loadError = $state<ApiError | null>(null);
let setAsideIn = $state<string | null>(null);

function applyTextSize(size: TextSizeDto) {
  if (typeof document !== 'undefined') document.documentElement.dataset.textSize = size;
}

export const app = {
  get status(): AppStatus | null {
    return status;
  },
  get loadError(): ApiError | null {
    return loadError;
  },
  /** Where damaged files were moved, to tell the user once after a fresh start. */
  get setAsideIn(): string | null {
    return setAsideIn;
  },
  setAside(folder: string | null) {
    setAsideIn = folder;
  },

  /** Takes a fresh status from Rust and brings language and text size in line with it. */
  apply(next: AppStatus) {
    i18n.learnTags(next.languages);
    if (next.uiLanguage) i18n.use(next.uiLanguage);
    else i18n.use(i18n.code);
    applyTextSize(next.textSize);
    status = next;
    loadError = null;
  },

  async load() {
    try {
      app.apply(await api.appStatus());
    } catch (thrown) {
      loadError = toApiError(thrown);
    }
  },

  /** Switches the screen to `code` and saves the choice. The switch happens even when saving
   *  fails (a full or read-only disk), so the error that follows is in the chosen language. */
  async chooseLanguage(code: string) {
    i18n.use(code);
    if (status) status = { ...status, uiLanguage: code };
    try {
      await api.setLanguage(code);
    } finally {
      // Messages Rust already wrote (a startup error) come back in the new language.
      await app.load();
    }
  },

  async chooseTextSize(size: TextSizeDto) {
    await api.setTextSize(size);
    applyTextSize(size);
    if (status) status = { ...status, textSize: size };
  },
};
