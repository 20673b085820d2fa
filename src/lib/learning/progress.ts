import type { Day } from './dates';
import { isBetter, isPassed, type Score } from './scoring';
import { afterReview, reviewKey, scheduleMiss, type ReviewItem } from './review';
import type { Progress, Result, ScenarioResult, ToolId } from './progress-codec';
import type { Rating } from '../../schemas/scenario-codes';

/**
 * A chapter counts as read after a third of its reading time on screen (and reaching its end),
 * so scrolling past it in a few seconds does not count. Passing its check counts too (recordCheck).
 */
export const readEnoughMs = (minutes: number) => (Math.max(1, minutes) * 60_000) / 3;

export function markRead(p: Progress, chapter: string, today: Day): Progress {
  if (p.chapters[chapter]) return p;
  return { ...p, chapters: { ...p.chapters, [chapter]: { readOn: today } } };
}

export function markUnread(p: Progress, chapter: string): Progress {
  if (!p.chapters[chapter]) return p;
  const { [chapter]: _gone, ...rest } = p.chapters;
  return { ...p, chapters: rest };
}

function nextResult(prev: Result | undefined, score: Score, today: Day): Result {
  if (!prev) return { best: score, last: score, attempts: 1, lastOn: today };
  return {
    best: isBetter(score, prev.best) ? score : prev.best,
    last: score,
    attempts: prev.attempts + 1,
    lastOn: today,
  };
}

/**
 * A finished check: best and last score, and every wrong question back for review tomorrow.
 * A passed check also counts the chapter as read.
 */
export function recordCheck(
  p: Progress,
  chapter: string,
  score: Score,
  wrong: readonly string[],
  today: Day,
): Progress {
  const review = { ...p.review };
  for (const q of wrong) review[reviewKey(chapter, q)] = scheduleMiss(chapter, q, today);
  const next = { ...p, checks: { ...p.checks, [chapter]: nextResult(p.checks[chapter], score, today) }, review };
  return isPassed(score) ? markRead(next, chapter, today) : next;
}

export function recordExercise(p: Progress, exercise: string, score: Score, today: Day): Progress {
  return { ...p, exercises: { ...p.exercises, [exercise]: nextResult(p.exercises[exercise], score, today) } };
}

/** A finished scenario: best and last score as for an exercise, the ending, and whether any ending was good. */
export function recordScenario(p: Progress, scenario: string, score: Score, ending: Rating, today: Day): Progress {
  const prev = p.scenarios?.[scenario];
  const result: ScenarioResult = { ...nextResult(prev, score, today), ending, good: !!prev?.good || ending === 'good' };
  return { ...p, scenarios: { ...p.scenarios, [scenario]: result } };
}

export function markToolUsed(p: Progress, tool: ToolId, today: Day): Progress {
  if (p.tools[tool]) return p;
  return { ...p, tools: { ...p.tools, [tool]: { usedOn: today } } };
}

export function setTaskDone(p: Progress, task: string, done: boolean, today: Day): Progress {
  const { [task]: _old, ...rest } = p.tasks;
  return { ...p, tasks: done ? { ...rest, [task]: p.tasks[task] ?? { doneOn: today } } : rest };
}

/** A review attempt: the item moves on, starts again, or (learned) leaves the list. */
export function recordReview(p: Progress, key: string, right: boolean, today: Day): Progress {
  const item = p.review[key];
  if (!item) return p;
  const { [key]: _old, ...rest } = p.review;
  const next = afterReview(item, right, today);
  return { ...p, review: next ? { ...rest, [key]: next } : rest };
}

export function setName(p: Progress, name: string): Progress {
  return { ...p, name: name.slice(0, 80) };
}

const earlier = (a?: Day, b?: Day) => (a && b ? (a < b ? a : b) : (a ?? b));

function mergeResult(a: Result | undefined, b: Result | undefined): Result | undefined {
  if (!a || !b) return a ?? b;
  const bIsLater = (b.lastOn ?? '') > (a.lastOn ?? '');
  return {
    best: isBetter(b.best, a.best) ? b.best : a.best,
    last: bIsLater ? b.last : a.last,
    attempts: Math.min(a.attempts + b.attempts, 100_000),
    lastOn: bIsLater ? b.lastOn : a.lastOn,
  };
}

function mergeRecords<T>(
  a: Record<string, T>,
  b: Record<string, T>,
  pick: (x: T | undefined, y: T | undefined) => T | undefined,
) {
  const out: Record<string, T> = {};
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const v = pick(a[k], b[k]);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** The item that asks for more practice: the lower step, then the earlier due day. */
function moreReview(a: ReviewItem | undefined, b: ReviewItem | undefined): ReviewItem | undefined {
  if (!a || !b) return a ?? b;
  return a.step !== b.step ? (a.step < b.step ? a : b) : a.due <= b.due ? a : b;
}

/**
 * Progress from two devices combined so that nothing is lost: everything read, done or used
 * on either, the better best score, the later last score, and the stricter review schedule.
 */
export function mergeProgress(here: Progress, file: Progress): Progress {
  return {
    chapters: mergeRecords(here.chapters, file.chapters, (a, b) =>
      a || b ? { readOn: earlier(a?.readOn, b?.readOn) } : undefined,
    ),
    checks: mergeRecords(here.checks, file.checks, mergeResult),
    exercises: mergeRecords(here.exercises, file.exercises, mergeResult),
    ...((here.scenarios || file.scenarios) && {
      scenarios: mergeRecords(here.scenarios ?? {}, file.scenarios ?? {}, (a, b) => {
        const r = mergeResult(a, b);
        if (!r || !a || !b) return a ?? b;
        const later = (b.lastOn ?? '') > (a.lastOn ?? '') ? b : a;
        return { ...r, ending: later.ending, good: a.good || b.good };
      }),
    }),
    tools: {
      ...((here.tools.funnel || file.tools.funnel) && {
        funnel: { usedOn: earlier(here.tools.funnel?.usedOn, file.tools.funnel?.usedOn)! },
      }),
      ...((here.tools.assessment || file.tools.assessment) && {
        assessment: { usedOn: earlier(here.tools.assessment?.usedOn, file.tools.assessment?.usedOn)! },
      }),
      ...((here.tools.numbers || file.tools.numbers) && {
        numbers: { usedOn: earlier(here.tools.numbers?.usedOn, file.tools.numbers?.usedOn)! },
      }),
    },
    tasks: mergeRecords(here.tasks, file.tasks, (a, b) =>
      a || b ? { doneOn: earlier(a?.doneOn, b?.doneOn)! } : undefined,
    ),
    review: mergeRecords(here.review, file.review, moreReview),
    name: here.name || file.name,
  };
}

/** True when nothing has been saved yet: the state the server renders. */
export function isEmptyProgress(p: Progress): boolean {
  return (
    !Object.keys(p.chapters).length &&
    !Object.keys(p.checks).length &&
    !Object.keys(p.exercises).length &&
    !Object.keys(p.scenarios ?? {}).length &&
    !p.tools.funnel &&
    !p.tools.assessment &&
    !Object.keys(p.tasks).length &&
    !Object.keys(p.review).length &&
    !p.name
  );
}
