import type { Group } from '../../schemas/learning-groups';

/** Right answers out of a total, as shown to the reader ("3 of 4"). */
export interface Score {
  correct: number;
  total: number;
}

/**
 * A question is right only when the reader picked every correct option and nothing else:
 * a multiple-answer question earns no partial credit, so guessing "all of them" never pays.
 */
export function isAnswerRight(options: readonly { correct: boolean }[], chosen: readonly number[]): boolean {
  const picked = new Set(chosen.filter((i) => Number.isInteger(i) && i >= 0 && i < options.length));
  if (picked.size === 0) return false;
  return options.every((o, i) => o.correct === picked.has(i));
}

/** Scores a whole check; an unanswered question counts as wrong. */
export function scoreAnswers(
  questions: readonly { options: readonly { correct: boolean }[] }[],
  answers: readonly (readonly number[] | undefined)[],
): { score: Score; right: boolean[] } {
  const right = questions.map((q, i) => isAnswerRight(q.options, answers[i] ?? []));
  return { score: { correct: right.filter(Boolean).length, total: questions.length }, right };
}

/** Share of right answers, 0–100, rounded; 0 (never NaN) when there is nothing to score. */
export function percent(score: Score): number {
  if (!Number.isFinite(score.correct) || !Number.isFinite(score.total) || score.total <= 0) return 0;
  return Math.round((100 * Math.min(Math.max(score.correct, 0), score.total)) / score.total);
}

/**
 * A check is passed with at least two thirds right (4 of 6, 4 of 5). Passing it counts the
 * chapter as read, even for a reader who went straight to the check.
 */
export function isPassed(score: Score): boolean {
  return score.total > 0 && 3 * score.correct >= 2 * score.total;
}

/** "3 of 4 (75 %)". */
export function scoreLabel(score: Score): string {
  return `${score.correct} of ${score.total} (${percent(score)} %)`;
}

/** True when `a` is a better result than `b`, comparing shares so a check that gained questions stays fair. */
export function isBetter(a: Score, b: Score): boolean {
  return a.correct * b.total > b.correct * a.total;
}

/** Scores the sorting exercise: which activities are in the right group, and which are not placed yet. */
export function scoreSort(
  activities: readonly { id: string; group: Group }[],
  placed: Readonly<Record<string, Group | undefined>>,
): { score: Score; right: Record<string, boolean>; unplaced: string[] } {
  const right: Record<string, boolean> = {};
  const unplaced: string[] = [];
  for (const a of activities) {
    const g = placed[a.id];
    if (!g) unplaced.push(a.id);
    right[a.id] = g === a.group;
  }
  return { score: { correct: Object.values(right).filter(Boolean).length, total: activities.length }, right, unplaced };
}
