import type { Progress } from '../../schemas/progress';
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

/** True once the reader has read a chapter or taken a check. */
export const hasStarted = (p: Progress) => Object.keys(p.chapters).length > 0 || Object.keys(p.checks).length > 0;

export type NextStep<C> = { kind: 'start'; chapter: C } | { kind: 'continue'; chapter: C } | { kind: 'done' };

/**
 * What to offer next: chapter 1 to a first-time reader; to a returning one, the first unread
 * chapter after the furthest one read (a reader who jumped to chapter 5 goes on to 6), or the
 * first unread chapter anywhere when nothing after it is left.
 */
export function nextStep<C extends { id: string }>(chapters: readonly C[], p: Progress): NextStep<C> {
  if (!chapters.length) return { kind: 'done' };
  if (!hasStarted(p)) return { kind: 'start', chapter: chapters[0]! };
  const touched = (c: C) => Boolean(p.chapters[c.id]);
  let furthest = -1;
  chapters.forEach((c, i) => {
    if (touched(c) || p.checks[c.id]) furthest = i;
  });
  const after = chapters.slice(furthest + 1).find((c) => !touched(c));
  const any = after ?? chapters.find((c) => !touched(c));
  return any ? { kind: 'continue', chapter: any } : { kind: 'done' };
}
