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

declare global {
  interface Window {
    /**
     * The chapter page's clock, started by src/scripts/reading-clock.ts and read by the
     * end-of-chapter island. A global rather than a shared module: that keeps the page script
     * free of imports, so it ships inline in the HTML instead of as two more requests.
     */
    msgReadingClock?: ReadingClock;
  }
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
