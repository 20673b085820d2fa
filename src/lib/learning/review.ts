import { addDays, type Day } from './dates';

/**
 * Days until a missed question comes back: one day after the miss; after a right answer
 * three days, then seven; a right answer at the seven-day review retires it. A wrong
 * answer at any review starts again at one day. Spacing reviews out like this helps
 * people remember for longer than repeating at once.
 */
export const REVIEW_INTERVALS = [1, 3, 7] as const;
export type ReviewStep = 0 | 1 | 2;

/** A question the reader got wrong, waiting to be tried again. */
export interface ReviewItem {
  /** Chapter whose check holds the question. */
  chapter: string;
  /** Question id within that check. */
  question: string;
  /** Index into REVIEW_INTERVALS of the wait that led to `due`. */
  step: ReviewStep;
  /** The day it can be tried again. */
  due: Day;
  /** The day it was last answered wrongly. */
  missed: Day;
}

export const reviewKey = (chapter: string, question: string) => `${chapter}/${question}`;

/** A question just answered wrongly: back tomorrow. */
export function scheduleMiss(chapter: string, question: string, today: Day): ReviewItem {
  return { chapter, question, step: 0, due: addDays(today, REVIEW_INTERVALS[0]), missed: today };
}

/** The item after a review attempt, or null when it is learned and leaves the list. */
export function afterReview(item: ReviewItem, right: boolean, today: Day): ReviewItem | null {
  if (!right) return scheduleMiss(item.chapter, item.question, today);
  if (item.step >= REVIEW_INTERVALS.length - 1) return null;
  const step = (item.step + 1) as ReviewStep;
  return { ...item, step, due: addDays(today, REVIEW_INTERVALS[step]) };
}

/**
 * The saved items whose question still exists: one removed or renamed in content/checks
 * stays in saved progress, but is neither asked nor counted.
 */
export function knownReview(review: Record<string, ReviewItem>, known: (key: string) => boolean): ReviewItem[] {
  return Object.values(review).filter((i) => known(reviewKey(i.chapter, i.question)));
}

/** True when the item may be tried again today. */
const isDue = (item: ReviewItem, today: Day) => item.due <= today;

/** Items due today or earlier, oldest first; then the ones still waiting, soonest first. */
export function splitReview(items: Iterable<ReviewItem>, today: Day): { due: ReviewItem[]; waiting: ReviewItem[] } {
  const all = [...items].sort(
    (a, b) =>
      a.due.localeCompare(b.due) || reviewKey(a.chapter, a.question).localeCompare(reviewKey(b.chapter, b.question)),
  );
  return { due: all.filter((i) => isDue(i, today)), waiting: all.filter((i) => !isDue(i, today)) };
}
