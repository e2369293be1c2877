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

  /** Saves the language first, then switches the screen, so what is shown is what is saved. */
  async chooseLanguage(code: string) {
    await api.setLanguage(code);
    i18n.use(code);
    if (status) status = { ...status, uiLanguage: code };
  },

  async chooseTextSize(size: TextSizeDto) {
    await api.setTextSize(size);
    applyTextSize(size);
    if (status) status = { ...status, textSize: size };
  },
};
