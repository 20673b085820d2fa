import { z } from 'astro/zod';
import { text } from './common';

const slug = (what: string) => z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `${what} must be lower-case words joined by hyphens, like "shared-goals"` });

/** The four kinds of relationship (Kotler, Rackham & Krishnaswamy, HBR 2006), lowest first. */
export const levelIds = ['undefined', 'defined', 'aligned', 'integrated'] as const;
export const levelIdSchema = z.enum(levelIds);
export type LevelId = z.infer<typeof levelIdSchema>;

/** Ids of the guide's chapters; fixed by the chapter plan so links can be checked before a chapter is written. */
export const chapterIds = [
  'marketing-vs-sales',
  'what-marketing-does',
  'what-sales-does',
  'the-rivalry',
  'today-and-tomorrow',
  'funnel-and-handoff',
  'sla-and-shared-metrics',
  'working-as-one',
  'four-kinds-of-relationship',
] as const;
export const chapterIdSchema = z.enum(chapterIds, { error: `must be a chapter id: ${chapterIds.join(', ')}` });

/** One text per level, e.g. what a level looks like in one dimension. */
const perLevel = <T extends z.ZodType>(item: T) => z.object({ undefined: item, defined: item, aligned: item, integrated: item });

/** A statement the respondent rates from 1 (strongly disagree) to 5 (strongly agree). */
export const statementSchema = z.object({
  /** Stable id, unique across the questionnaire; answers are saved under it. */
  id: slug('statement id'),
  /** The statement, written so that agreeing means the teams work better together. */
  text: text('statement text').max(200),
});

/** A dimension of marketing–sales integration: one file in `content/assessment/dimensions/`. */
export const dimensionSchema = z.object({
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
export const questionnaireMetaSchema = z.object({
  /** Bump when statements are added, removed or reordered: codes carry it, and old codes then say so. */
  version: z.number({ error: 'version must be a whole number' }).int().min(1).max(255),
  /** Checksum of the ordered statement ids; the build says what to write here when statements change. */
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/, { error: 'fingerprint must be 8 hex digits' }),
  /** What each of the four levels means, in general. */
  levels: perLevel(
    z.object({
      /** Display name, e.g. "Aligned". */
      name: text('level name').max(20),
      /** What a relationship at this level is like. */
      summary: text('level summary').max(500),
    }),
  ),
});
export type QuestionnaireMeta = z.infer<typeof questionnaireMetaSchema>;

/** Who answered: used to compare how each team sees the relationship. */
export const roles = ['marketing', 'sales', 'leadership', 'other'] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** A team label: free text the respondent chooses, shown to others only as text. */
export const teamLabelSchema = z.string().max(40, { error: 'Keep the team label to 40 characters or fewer.' });

/** An answer: 1–5 on the agreement scale, or "dk" for don't know. */
export const answerSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal('dk')]);
export type Answer = z.infer<typeof answerSchema>;
export const answersSchema = z.record(z.string(), answerSchema);
export type Answers = z.infer<typeof answersSchema>;

/** The assessment in progress, saved as you go (`msg:assessment`). */
export const draftSchema = z.object({
  /** 0 is the "about you" step; 1…n are the dimensions. */
  step: z.number().int().min(0).max(100),
  /** Wizard, or the results of the latest attempt. */
  view: z.enum(['wizard', 'results']),
  role: roleSchema.nullable(),
  team: teamLabelSchema,
  /** Answers by statement id. */
  answers: answersSchema,
});
export type Draft = z.infer<typeof draftSchema>;

/** A completed attempt kept on this device. */
export const attemptSchema = z.object({
  /** ISO date-time of completion. */
  completedAt: z.iso.datetime(),
  /** Random 0–65535, so two people with identical answers still give different codes. */
  nonce: z.number().int().min(0).max(0xffff),
  questionnaireVersion: z.number().int().min(1).max(255),
  role: roleSchema,
  team: teamLabelSchema,
  answers: answersSchema,
});
export type Attempt = z.infer<typeof attemptSchema>;

/** Attempts on this device, oldest first (`msg:assessment-history`). */
export const historySchema = z.array(attemptSchema).max(50);

/** What a result code holds once decoded; everything decoded is parsed through this. */
export const sharedResultSchema = z.object({
  questionnaireVersion: z.number().int().min(1).max(255),
  /** Random per attempt: tells apart two respondents with the same answers, role, label and day. */
  nonce: z.number().int().min(0).max(0xffff),
  role: roleSchema,
  team: teamLabelSchema,
  /** Day of completion, YYYY-MM-DD (UTC). */
  date: z.iso.date(),
  /** Every answer in questionnaire order; null is "don't know". */
  answers: z.array(z.union([z.number().int().min(1).max(5), z.null()])).min(1).max(255),
});
export type SharedResult = z.infer<typeof sharedResultSchema>;
