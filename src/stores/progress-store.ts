import { persistedStore } from './persisted';
import { localDay, type Day } from '../lib/learning/dates';
import type { Score } from '../lib/learning/scoring';
import * as P from '../lib/learning/progress';
import * as S from '../lib/learning/progress-codec';
import type { Rating } from '../schemas/scenario-codes';

/**
 * The reader's learning progress, shared by every learning island and saved in this browser
 * (`msg:progress`, versioned and validated on every read). Actions below are the only writers.
 */
const store = persistedStore(S.progressCodec, 'progress');
export const $progress = store.$value;

function update(change: (p: S.Progress, today: Day) => S.Progress): void {
  const before = $progress.get();
  const after = change(before, localDay(new Date()));
  if (after !== before) $progress.set(after);
}

export const markChapterRead = (chapter: string) => update((p, t) => P.markRead(p, chapter, t));
export const markChapterUnread = (chapter: string) => update((p) => P.markUnread(p, chapter));
/** A finished knowledge check; `wrong` lists the question ids answered wrongly. */
export const recordCheck = (chapter: string, score: Score, wrong: readonly string[]) =>
  update((p, t) => P.recordCheck(p, chapter, score, wrong, t));
export const recordExercise = (exercise: string, score: Score) =>
  update((p, t) => P.recordExercise(p, exercise, score, t));
/** A scenario played to its debrief, with the ending's rating. */
export const recordScenario = (scenario: string, score: Score, ending: Rating) =>
  update((p, t) => P.recordScenario(p, scenario, score, ending, t));
/**
 * Call when a reader has really used a tool: the funnel builder once a funnel is calculated,
 * the self-assessment once a result is shown. Safe to call often; the first day is kept.
 */
export const markToolUsed = (tool: S.ToolId) => update((p, t) => P.markToolUsed(p, tool, t));
export const setTaskDone = (task: string, done: boolean) => update((p, t) => P.setTaskDone(p, task, done, t));
export const recordReview = (key: string, right: boolean) => update((p, t) => P.recordReview(p, key, right, t));
export const setLearnerName = (name: string) => update((p) => P.setName(p, name));
/** Adds imported progress to what is saved here (see mergeProgress: nothing is lost). */
export const importProgress = (value: S.Progress) => update((p) => P.mergeProgress(p, value));
export const resetProgress = () => $progress.set(S.emptyProgress());
