import type { CheckQuestion } from '../../schemas/learning';
import type { DraftAnswer } from '../../schemas/reading';

export interface RestoredAnswers {
  chosen: number[][];
  checked: boolean[];
}

/**
 * The answers to bring back into an unfinished check, question by question, in the order of
 * `questions`. An answer that no longer fits its question (an option removed, two answers to a
 * single-answer question since the file changed) is dropped rather than shown wrong. A draft in
 * which every question was checked belongs to a finished attempt, so it starts afresh.
 */
export function restoreDraft(
  questions: readonly CheckQuestion[],
  draft: Readonly<Record<string, DraftAnswer>> | undefined,
): RestoredAnswers {
  const answers = questions.map((q) => {
    const a = draft?.[q.id];
    const fits =
      a &&
      a.chosen.every((i) => i < q.options.length) &&
      new Set(a.chosen).size === a.chosen.length &&
      (q.kind === 'multiple' || a.chosen.length <= 1);
    if (!fits) return { chosen: [], checked: false };
    return { chosen: [...a.chosen], checked: a.checked && a.chosen.length > 0 };
  });
  if (answers.length && answers.every((a) => a.checked)) {
    return { chosen: questions.map(() => []), checked: questions.map(() => false) };
  }
  return { chosen: answers.map((a) => a.chosen), checked: answers.map((a) => a.checked) };
}
