import type { Progress } from './progress-codec';
import type { Place } from '../../schemas/reading';
import { percent } from './scoring';

/** The least the "where am I" helpers need of a chapter. */
export interface ChapterRef {
  id: string;
  order: number;
  title: string;
  href: string;
}

/** Where a reader stands with one chapter, in words short enough for one line on a phone. */
export function chapterStateLabel(p: Progress, id: string): string {
  const read = Boolean(p.chapters[id]);
  const check = p.checks[id];
  const score = check ? `check ${percent(check.best)} %` : '';
  if (read) return score ? `✓ Read · ${score}` : '✓ Read';
  return score ? `Started · ${score}` : 'Not started';
}

export type NextStep<C> =
  | { kind: 'start'; chapter: C }
  /** `at` is the heading the reader was reading when they left that chapter, if known. */
  | { kind: 'continue'; chapter: C; at?: { heading: string | null; title: string } }
  | { kind: 'done' };

/**
 * What to offer next: chapter 1 to a first-time reader; to a returning one, the first unread
 * chapter after the furthest one read (a reader who jumped to chapter 5 goes on to 6), or the
 * first unread chapter anywhere when nothing after it is left. Only chapters in the list count:
 * saved progress for a chapter since removed does not make a first-time reader a returning one.
 * A chapter the reader opened and left unread (`place`) comes first: that is where they stopped.
 */
export function nextStep<C extends { id: string }>(
  chapters: readonly C[],
  p: Progress,
  place: Place = null,
): NextStep<C> {
  if (!chapters.length) return { kind: 'done' };
  const read = (c: C) => Boolean(p.chapters[c.id]);
  const left = place && chapters.find((c) => c.id === place.chapter);
  if (left && !read(left))
    return { kind: 'continue', chapter: left, at: { heading: place.heading, title: place.title } };
  let furthest = -1;
  chapters.forEach((c, i) => {
    if (read(c) || p.checks[c.id]) furthest = i;
  });
  if (furthest < 0) return { kind: 'start', chapter: chapters[0]! };
  const next = chapters.slice(furthest + 1).find((c) => !read(c)) ?? chapters.find((c) => !read(c));
  return next ? { kind: 'continue', chapter: next } : { kind: 'done' };
}
