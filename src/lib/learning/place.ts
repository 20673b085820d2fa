/**
 * Where a reader is in a chapter: the last heading that has scrolled above the reading line.
 * Pure, so the chapter page's small script and the tests share it.
 */

/** Saved-place payload version (see schemas/reading.ts, whose codec reads it back). */
export const PLACE_VERSION = 1;

export interface HeadingPosition {
  id: string;
  title: string;
  /** Distance from the top of the viewport, in CSS pixels (negative once scrolled past). */
  top: number;
}

/** The heading the reader is in: the last one at or above `line`, or null above the first heading. */
export function headingAt(headings: readonly HeadingPosition[], line: number): HeadingPosition | null {
  let found: HeadingPosition | null = null;
  for (const h of headings) {
    if (h.top > line) break;
    found = h;
  }
  return found;
}

/** A heading's text fit for one short line: spaces collapsed, cut at `max` characters with an ellipsis. */
export function shortTitle(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}
