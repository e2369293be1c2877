// Choosing a language from any list (first start, the header dialog, settings): saves the
// choice, tracks the wait, and keeps the error to show if saving failed.

import { app } from '$lib/app.svelte';
import { toApiError } from '$lib/api';
import { t } from '$lib/i18n/i18n.svelte';

export function languageChoice(afterSave?: () => void) {
  let busy = $state(false);
  let error = $state('');
  return {
    get busy(): boolean {
      return busy;
    },
    get error(): string {
      return error;
    },
    clear() {
      error = '';
    },
    async choose(code: string) {
      busy = true;
      error = '';
      try {
        await app.chooseLanguage(code);
        afterSave?.();
      } catch (thrown) {
        error = toApiError(thrown).message || t('error-internal');
      } finally {
        busy = false;
      }
    },
  };
}
