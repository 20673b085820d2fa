import { z } from 'astro/zod';
import { slug, strictObject, text } from './common';
import { chapterIds } from './chapter-ids';

/*
 * The questionnaire's content files, checked at build time by the `assessmentDimensions` and
 * `assessmentQuestionnaire` collections and in unit tests. The browser gets the checked data as
 * island props, never these schemas, so they can use the full zod API (and its messages).
 */

/** A chapter id: the name of a file in content/guide/ (listed when the build starts, never by hand). */
const chapterIdSchema = z.string().refine((id) => chapterIds.includes(id), {
  error: `must be a chapter id: ${chapterIds.join(', ')}`,
});

/** One value per level (the keys of `levelIds`), e.g. what a level looks like in one dimension. */
const perLevel = <T extends z.ZodType>(item: T) =>
  strictObject({ undefined: item, defined: item, aligned: item, integrated: item });

/** A statement the respondent rates from 1 (strongly disagree) to 5 (strongly agree). */
const statementSchema = strictObject({
  /** Stable id, unique across the questionnaire; answers are saved under it. */
  id: slug('statement id'),
  /** The statement: one idea, so a respondent never agrees with half of it. */
  text: text('statement text').max(200),
  /**
   * True for a statement worded negatively, where agreeing means the teams work worse together.
   * Its answer is scored in reverse (5 counts as 1, 4 as 2), which counters the pull to agree.
   */
  reverse: z.optional(z.boolean({ error: 'reverse must be true or false' })),
  /**
   * True for a statement that does not fit every company (one on MQLs, an SLA or bonuses, say):
   * the wizard then offers "Does not apply here", and the score leaves the statement out.
   */
  mayNotApply: z.optional(z.boolean({ error: 'mayNotApply must be true or false' })),
});

/** A dimension of marketing–sales integration: one file in `content/assessment/dimensions/`. */
export const dimensionSchema = strictObject({
  /** Position in the questionnaire, from 1; two dimensions may not share one. */
  order: z.number({ error: 'order must be a whole number' }).int().positive(),
  /** Full name, shown as the step heading. */
  name: text('name').max(60),
  /** Up to 14 characters, for chart labels. */
  shortName: text('shortName').max(14),
  /** One or two sentences on what this dimension covers. */
  description: text('description').max(300),
  /** The statements to rate (three or more). */
  statements: z.array(statementSchema).min(3, { error: 'statements needs at least three statements' }),
  /** What each level looks like in this dimension. */
  levels: perLevel(text('level description').max(300)),
  /** Concrete actions that move a team from this level to the next (for integrated: how to keep it). */
  actions: perLevel(z.array(text('action').max(220)).min(2, { error: 'each level needs at least two actions' })),
  /** Ids of the guide chapters that teach this dimension. */
  chapters: z.array(chapterIdSchema).min(1, { error: 'chapters needs at least one chapter id' }),
  /** Questions for a workshop where both teams discuss this dimension. */
  prompts: z.array(text('prompt').max(220)).min(2, { error: 'prompts needs at least two discussion prompts' }),
});
export type DimensionData = z.infer<typeof dimensionSchema>;

/** The questionnaire as a whole: `content/assessment/questionnaire.yaml`. */
export const questionnaireMetaSchema = strictObject({
  /** Bump when statements are added, removed or reordered: codes carry it, and old codes then say so. */
  version: z.number({ error: 'version must be a whole number' }).int().min(1).max(255),
  /** Checksum of the ordered statement ids; the build says what to write here when statements change. */
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/, { error: 'fingerprint must be 8 hex digits' }),
  /** What each of the four levels means, in general. */
  levels: perLevel(
    strictObject({
      /** Display name, e.g. "Aligned". */
      name: text('level name').max(20),
      /** What a relationship at this level is like. */
      summary: text('level summary').max(500),
    }),
  ),
});
export type QuestionnaireMeta = z.infer<typeof questionnaireMetaSchema>;

/**
 * An earlier questionnaire version's statements, kept so its result codes and saved attempts
 * still open with the statements they were answered against: `content/assessment/versions/v<n>.yaml`.
 */
export const pastVersionSchema = strictObject({
  /** The version these statements belonged to; lower than the current version. */
  version: z.number({ error: 'version must be a whole number' }).int().min(1).max(254),
  /** Checksum of the ordered statement ids, as that version's questionnaire.yaml had it. */
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/, { error: 'fingerprint must be 8 hex digits' }),
  /** What changed for readers of an old result, in a sentence or two. */
  changes: text('changes').max(400),
  /** Statements by dimension id, in that version's order. */
  dimensions: z.record(z.string(), z.array(statementSchema).min(1)),
});
export type PastVersion = z.infer<typeof pastVersionSchema>;
