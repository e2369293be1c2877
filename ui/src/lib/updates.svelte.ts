// The running pack update, kept outside any screen so it goes on (and its progress stays
// visible) while the user reads something else. Rust decides everything; this keeps the
// latest progress, the result and the error to show.

import { api, toApiError, type ApiError, type PackDto, type UpdateProgressDto } from '$lib/api';

let running = $state<string | null>(null);
let progress = $state<UpdateProgressDto | null>(null);
let finished = $state<PackDto | null>(null);
let failure = $state<{ packId: string; error: ApiError } | null>(null);
let installedCount = $state(0);

export const updates = {
  /** The pack being updated, if any. */
  get running(): string | null {
    return running;
  },
  get progress(): UpdateProgressDto | null {
    return progress;
  },
  /** The last pack updated, to say so. */
  get finished(): PackDto | null {
    return finished;
  },
  /** The last update that failed, and why. */
  get failure(): { packId: string; error: ApiError } | null {
    return failure;
  },
  /** Goes up by one each time an update is installed, for screens that list packs. */
  get installedCount(): number {
    return installedCount;
  },

  /** Downloads and installs `packId`'s update; `allowMetered` overrides "Wi-Fi only" once. */
  async start(packId: string, allowMetered = false) {
    if (running) return;
    running = packId;
    progress = null;
    finished = null;
    failure = null;
    try {
      finished = await api.downloadUpdate(packId, allowMetered, (next) => (progress = next));
      installedCount += 1;
    } catch (thrown) {
      failure = { packId, error: toApiError(thrown) };
    } finally {
      running = null;
      progress = null;
    }
  },

  pause: () => api.controlDownload('pause'),
  resume: () => api.controlDownload('resume'),
  cancel: () => api.controlDownload('cancel'),
};
