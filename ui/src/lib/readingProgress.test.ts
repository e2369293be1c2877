import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { placeFrom, readFraction, scrollTopFor, throttledPlace } from './readingProgress';

describe('reading place', () => {
  it('is the share of the article above the bottom of the screen', () => {
    // An article 2000 px high starting 100 px down a 600 px screen: 500 px of it are shown.
    expect(readFraction(100, 2000, 600)).toBe(0.25);
    expect(readFraction(-900, 2000, 600)).toBe(0.75);
    // Scrolled past the end, or an article that fits on the screen: read to the end.
    expect(readFraction(-3000, 2000, 600)).toBe(1);
    expect(readFraction(50, 300, 600)).toBe(1);
    expect(readFraction(0, 0, 600)).toBe(1);
    // Below the screen: not started.
    expect(readFraction(700, 2000, 600)).toBe(0);
  });

  it('going back to a place shows the same lines at the bottom of the screen', () => {
    const top = 100;
    const scroll = scrollTopFor(0.75, top, 2000, 600);
    expect(scroll).toBe(1000);
    expect(readFraction(top - scroll, 2000, 600)).toBe(0.75);
    expect(scrollTopFor(0.1, top, 2000, 600)).toBe(0);
    expect(scrollTopFor(Number.NaN, top, 2000, 600)).toBe(0);
    expect(scrollTopFor(7, top, 2000, 600)).toBe(1500);
  });

  it('reads a place from the address only when it is a fraction', () => {
    const at = (query: string) => placeFrom(new URLSearchParams(query));
    expect(at('at=0.42')).toBe(0.42);
    expect(at('at=1')).toBe(1);
    expect(at('')).toBeNull();
    expect(at('at=')).toBeNull();
    expect(at('at=-1')).toBeNull();
    expect(at('at=2')).toBeNull();
    expect(at('at=NaN')).toBeNull();
  });
});

describe('sending the place', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends at most once per pause, the last place always, and no repeats', () => {
    const sent: number[] = [];
    const place = throttledPlace((f) => sent.push(f), 2000);
    place.update(0.1);
    vi.advanceTimersByTime(0);
    expect(sent).toEqual([0.1]);
    place.update(0.2);
    place.update(0.3);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([0.1]);
    vi.advanceTimersByTime(1000);
    expect(sent).toEqual([0.1, 0.3]);
    place.update(0.3);
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([0.1, 0.3]);
    place.update(0.6);
    place.flush();
    expect(sent).toEqual([0.1, 0.3, 0.6]);
    place.flush();
    vi.advanceTimersByTime(5000);
    expect(sent).toEqual([0.1, 0.3, 0.6]);
  });
});
