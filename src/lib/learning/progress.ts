import * as z from 'zod/mini';
import type { VersionedCodec } from '../versioned';
import { isDay, type Day } from './dates';
import { isBetter, isPassed, type Score } from './scoring';
import { afterReview, reviewKey, scheduleMiss, type ReviewItem } from './review';

/* zod/mini rather than astro/zod: this schema loads with the sidebar on every chapter page,
   and the mini build is about a fifth of the size. */
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
const day = z.string().check(z.refine(isDay, { error: 'must be a day written YYYY-MM-DD' }));
const count = () => z.number().check(z.int(), z.minimum(0), z.maximum(100_000));

const scoreSchema = z
  .object({ correct: count(), total: count().check(z.minimum(1)) })
  .check(z.refine((s) => s.correct <= s.total, { error: 'correct cannot be more than total' }));

/** Best and last result of something scored (a check, an exercise). */
const resultSchema = z.object({
  best: scoreSchema,
  last: scoreSchema,
  attempts: count().check(z.minimum(1)),
  lastOn: z.optional(day),
});
export type Result = z.infer<typeof resultSchema>;

const reviewItemSchema = z.object({
  chapter: id,
  question: id,
  step: z.union([z.literal(0), z.literal(1), z.literal(2)]),
  due: day,
  missed: day,
});
const used = z.object({ usedOn: day });

/**
 * Everything the site remembers about one reader's learning, in one saved value
 * (localStorage `msg:progress`). Nothing here leaves the browser unless the reader exports it.
 */
export const progressSchema = z.object({
  /** Chapters read, by chapter id, with the day (unknown for data upgraded from version 1). */
  chapters: z.record(id, z.object({ readOn: z.optional(day) })),
  /** Knowledge-check results by chapter id. */
  checks: z.record(id, resultSchema),
  /** Exercise results by exercise id ("sort"). */
  exercises: z.record(id, resultSchema),
  /** Tools the reader has used, with the first day. */
  tools: z.object({ funnel: z.optional(used), assessment: z.optional(used) }),
  /** Path tasks done away from the screen, by task id. */
  tasks: z.record(id, z.object({ doneOn: day })),
  /** Questions answered wrongly, by "chapter/question", waiting for review. */
  review: z.record(z.string().check(z.regex(/^[a-z0-9-]+\/[a-z0-9-]+$/)), reviewItemSchema).check(
    z.refine((r) => Object.entries(r).every(([k, v]) => k === reviewKey(v.chapter, v.question)), {
      error: 'a review key does not match its question',
    }),
  ),
  /** The name the reader typed for the completion summary. */
  name: z.string().check(z.maxLength(80)),
});
export type Progress = z.infer<typeof progressSchema>;
export type ToolId = keyof Progress['tools'];

export const emptyProgress = (): Progress => ({
  chapters: {},
  checks: {},
  exercises: {},
  tools: {},
  tasks: {},
  review: {},
  name: '',
});

/**
 * Version 1 (the first draft of this store) kept a list of read chapters and one score per
 * check; version 2 adds dates, last scores, exercises, tools, tasks and review.
 */
export function migrateV1(data: unknown): unknown {
  const v1 = data as { read?: unknown; scores?: unknown };
  if (typeof v1 !== 'object' || v1 === null) throw new Error('version 1 data must be an object');
  const read = Array.isArray(v1.read) ? v1.read.filter((x): x is string => typeof x === 'string') : [];
  const scores = typeof v1.scores === 'object' && v1.scores !== null ? (v1.scores as Record<string, Score>) : {};
  return {
    ...emptyProgress(),
    chapters: Object.fromEntries(read.map((c) => [c, {}])),
    checks: Object.fromEntries(Object.entries(scores).map(([c, s]) => [c, { best: s, last: s, attempts: 1 }])),
  };
}

export const progressCodec: VersionedCodec<Progress> = {
  key: 'msg:progress',
  version: 2,
  schema: progressSchema,
  migrations: { 1: migrateV1 },
  initial: emptyProgress,
};

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
    tools: {
      ...((here.tools.funnel || file.tools.funnel) && {
        funnel: { usedOn: earlier(here.tools.funnel?.usedOn, file.tools.funnel?.usedOn)! },
      }),
      ...((here.tools.assessment || file.tools.assessment) && {
        assessment: { usedOn: earlier(here.tools.assessment?.usedOn, file.tools.assessment?.usedOn)! },
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
    !p.tools.funnel &&
    !p.tools.assessment &&
    !Object.keys(p.tasks).length &&
    !Object.keys(p.review).length &&
    !p.name
  );
}
