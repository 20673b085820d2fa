/**
 * Counts the time a page has been visible, so that opening a chapter in a background tab or
 * scrolling past it in two seconds does not count as reading it. Times are milliseconds from
 * any monotonic clock (performance.now() in the browser).
 */
export interface ReadingClock {
  /** The page became visible (true) or hidden (false) at `now`. */
  set(visible: boolean, now: number): void;
  /** Visible milliseconds up to `now`. */
  visibleMs(now: number): number;
}

export function createReadingClock(visible: boolean, now: number): ReadingClock {
  let total = 0;
  let since: number | null = visible ? now : null;
  return {
    set(v, t) {
      if (since !== null) total += Math.max(0, t - since);
      since = v ? t : null;
    },
    visibleMs(t) {
      return total + (since !== null ? Math.max(0, t - since) : 0);
    },
  };
}

/** A chapter counts as read after a third of its reading time on screen (and reaching its end). */
export const readEnoughMs = (minutes: number) => (Math.max(1, minutes) * 60_000) / 3;

/** Where the page script leaves the clock for the end-of-chapter island. */
export const READING_CLOCK = 'msgReadingClock';
