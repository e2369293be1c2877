// Where the reader is in an article, measured on the screen, and how often it is told to Rust.
// The place is how much of the article is above the bottom of the screen (0 the top, 1 the
// end), so going back to it shows the same lines at the bottom of the screen as when the reader
// left. Rust keeps the place and decides what counts as finished.

/** How often, at most, the place is sent while the reader scrolls. */
export const RECORD_EVERY_MS = 2000;

/** The share of an element above the bottom of the screen, from 0 to 1: `top` is its top edge
 *  relative to the screen (as `getBoundingClientRect` gives it). An element that ends on the
 *  screen, or has no height, is read to the end. */
export function readFraction(top: number, height: number, viewportHeight: number): number {
  if (!(height > 0)) return 1;
  const fraction = (viewportHeight - top) / height;
  return Math.round(Math.min(1, Math.max(0, fraction)) * 1000) / 1000;
}

/** The page's scroll position that puts the bottom of the screen at `fraction` of an element
 *  whose top is `topInPage` from the top of the page. */
export function scrollTopFor(fraction: number, topInPage: number, height: number, viewportHeight: number): number {
  const clamped = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  return Math.max(0, Math.round(topInPage + clamped * height - viewportHeight));
}

/** A place asked for in the address (`?at=0.42`), or null when there is none or it is not a
 *  fraction. */
export function placeFrom(search: URLSearchParams): number | null {
  const text = search.get('at');
  if (text === null || text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

/** Sends the latest place at most once every `everyMs`, the last one always (after the pause,
 *  or at once on `flush`), and never the same place twice in a row. */
export function throttledPlace(send: (fraction: number) => void, everyMs = RECORD_EVERY_MS) {
  let pending: number | null = null;
  let sent: number | null = null;
  let lastAt = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const fire = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (pending === null || pending === sent) {
      pending = null;
      return;
    }
    sent = pending;
    pending = null;
    lastAt = Date.now();
    send(sent);
  };

  return {
    /** The reader is now at `fraction`. */
    update(fraction: number) {
      pending = fraction;
      if (timer === null) timer = setTimeout(fire, Math.max(0, lastAt + everyMs - Date.now()));
    },
    /** Sends what is waiting now (the reader is leaving). */
    flush: fire,
  };
}
