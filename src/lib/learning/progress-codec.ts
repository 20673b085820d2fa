import * as z from 'zod/mini';
import type { VersionedCodec } from '../versioned';
import { reviewKey } from './review';
import type { Score } from './scoring';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import { slug } from '../../schemas/slug';
import { byId, keyed } from '../../schemas/keyed';
import { daySchema as day, whole } from '../../schemas/checks';
import { RATINGS } from '../../schemas/scenario-codes';

/* zod/mini rather than astro/zod: this schema loads with the sidebar on every chapter page,
   and the mini build is about a fifth of the size. */
const id = slug('id');
const count = () => whole(0, 100_000);

const scoreSchema = z
  .object({ correct: count(), total: count().check(z.minimum(1)) })
  .check(z.refine((s) => s.correct <= s.total, { error: 'correct cannot be more than total' }));

/** Best and last result of something scored (a check, an exercise). */
const resultSchema = z.strictObject({
  best: scoreSchema,
  last: scoreSchema,
  attempts: count().check(z.minimum(1)),
  lastOn: z.optional(day),
});
export type Result = z.infer<typeof resultSchema>;

/** A practice scenario's results: best and last score (best choices of decisions), and how plays ended. */
const scenarioResultSchema = z.strictObject({
  best: scoreSchema,
  last: scoreSchema,
  attempts: count().check(z.minimum(1)),
  lastOn: z.optional(day),
  /** How the last play ended. */
  ending: z.enum(RATINGS),
  /** True once any play reached a good ending. */
  good: z.boolean(),
});
export type ScenarioResult = z.infer<typeof scenarioResultSchema>;

const reviewItemSchema = z.strictObject({
  chapter: id,
  question: id,
  step: z.literal([0, 1, 2]),
  due: day,
  missed: day,
});
const used = z.strictObject({ usedOn: day });

/**
 * Everything the site remembers about one reader's learning, in one saved value
 * (localStorage `msg:progress`). Nothing here leaves the browser unless the reader exports it.
 */
export const progressSchema = z.strictObject({
  /** Chapters read, by chapter id, with the day (unknown for data upgraded from version 1). */
  chapters: byId(z.strictObject({ readOn: z.optional(day) })),
  /** Knowledge-check results by chapter id. */
  checks: byId(resultSchema),
  /** Exercise results by exercise id ("sort"). */
  exercises: byId(resultSchema),
  /**
   * Practice scenario results by scenario id. Optional, so progress saved before scenarios
   * existed (and exports made then) loads as it is, with no version change or upgrade notice.
   */
  scenarios: z.optional(byId(scenarioResultSchema)),
  /** Tools the reader has used, with the first day. */
  tools: z.strictObject({ funnel: z.optional(used), assessment: z.optional(used), numbers: z.optional(used) }),
  /** Path tasks done away from the screen, by task id. */
  tasks: byId(z.strictObject({ doneOn: day })),
  /** Questions answered wrongly, by "chapter/question", waiting for review. */
  review: keyed(
    reviewItemSchema,
    (k, v) => k === reviewKey(v.chapter, v.question),
    'a review key must name its question',
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
function migrateV1(data: unknown): unknown {
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
  key: PROGRESS_KEY,
  version: 2,
  schema: progressSchema,
  migrations: { 1: migrateV1 },
  initial: emptyProgress,
};
