/*
 * What the self-assessment keeps and shares: drafts, history and result codes. Written with
 * zod mini because these schemas parse untrusted data in the browser (saved state, pasted
 * codes); the full zod API would add about 15 kB gzip to every assessment page. The
 * questionnaire's content schemas, checked only at build time, are in ./assessment-content.
 */
import * as z from 'zod/mini';
import { isDay } from './day';
import { daySchema, REAL_DAY, whole, withoutBidiControls } from './checks';
import { TEAM_TEXT_MAX_CHARS } from './team-limits';

/** The four kinds of relationship (Kotler, Rackham & Krishnaswamy, HBR 2006), lowest first. */
export const levelIds = ['undefined', 'defined', 'aligned', 'integrated'] as const;
export type LevelId = (typeof levelIds)[number];

/** Who answered: used to compare how each team sees the relationship. */
export const roles = ['marketing', 'sales', 'leadership', 'other'] as const;
const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/*
 * Refinements rather than zod's iso, regex and union types (see ./checks): each would add to the
 * zod code that every widget page shares.
 */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;

/** A UTC date-time as `Date.prototype.toISOString` writes it, on a real calendar day. */
export const isoDateTimeSchema = z
  .string()
  .check(z.refine((s) => DATE_TIME.test(s) && isDay(s.slice(0, 10)), { error: 'must be a date-time in UTC' }));

/** The longest team label, in characters (UTF-16 code units, as the input's maxLength counts). */
export const TEAM_LABEL_MAX = 40;
/** Attempts kept on this device; the oldest go first. */
export const HISTORY_MAX = 50;

/** A team label: free text the respondent chooses, shown to others only as text. */
const teamLabelSchema = z
  .string()
  .check(
    withoutBidiControls(),
    z.maxLength(TEAM_LABEL_MAX, { error: `Keep the team label to ${TEAM_LABEL_MAX} characters or fewer.` }),
  );

/**
 * An answer: 1–5 on the agreement scale, "dk" for don't know, or "na" for "does not apply here"
 * (offered only on statements marked mayNotApply, from questionnaire version 3).
 */
const answerSchema = z.literal([1, 2, 3, 4, 5, 'dk', 'na']);
export type Answer = z.infer<typeof answerSchema>;
/** Answers by statement id (an object whose every value is an answer). */
export const answersSchema = z.catchall(z.object({}), answerSchema);
export type Answers = z.infer<typeof answersSchema>;

/** The assessment in progress, saved as you go (`msg:assessment`). */
export const draftSchema = z.strictObject({
  /** 0 is the "about you" step; 1…n are the dimensions. */
  step: whole(0, 100),
  /** Wizard, or the results of the latest attempt. */
  view: z.enum(['wizard', 'results']),
  /** The respondent's team, once chosen. */
  role: z.nullable(roleSchema),
  /** Optional team label, e.g. "EMEA mid-market". */
  team: teamLabelSchema,
  /** Answers by statement id. */
  answers: answersSchema,
  /** The questionnaire version the answers were given in (added in draft format 2). */
  questionnaireVersion: whole(1, 255),
});
export type Draft = z.infer<typeof draftSchema>;

/** A completed attempt kept on this device. */
export const attemptSchema = z.strictObject({
  /** ISO date-time of completion. */
  completedAt: isoDateTimeSchema,
  /** Random 0–65535, so two people with identical answers still give different codes. */
  nonce: whole(0, 0xffff),
  /** The questionnaire version the answers belong to. */
  questionnaireVersion: whole(1, 255),
  /** The respondent's team. */
  role: roleSchema,
  /** Optional team label. */
  team: teamLabelSchema,
  /** Answers by statement id. */
  answers: answersSchema,
});
export type Attempt = z.infer<typeof attemptSchema>;

/** Attempts on this device, oldest first (`msg:assessment-history`). */
export const historySchema = z.array(attemptSchema).check(z.maxLength(HISTORY_MAX));

/** One answer in a code's list: a whole number 1–5 or "na" (null, for don't know, is added where used). */
const codeAnswerSchema = z.custom<number | 'na'>((a) => a === 'na' || [1, 2, 3, 4, 5].includes(a as number));

/** What a result code holds once decoded; everything decoded is parsed through this. */
export const sharedResultSchema = z.strictObject({
  /** The questionnaire version the answers belong to. */
  questionnaireVersion: whole(1, 255),
  /** Random per attempt: tells apart two respondents with the same answers, role, label and day. */
  nonce: whole(0, 0xffff),
  /** The respondent's team. */
  role: roleSchema,
  /** Optional team label, shown to others only as text. */
  team: teamLabelSchema,
  /** Day of completion, YYYY-MM-DD (UTC). */
  date: daySchema,
  /** Every answer in questionnaire order; null is "don't know", "na" is "does not apply here". */
  answers: z.array(z.nullable(codeAnswerSchema)).check(z.minLength(1), z.maxLength(255)),
});
export type SharedResult = z.infer<typeof sharedResultSchema>;

/** The team view's pasted codes, kept until the manager chooses "Forget these results" (`msg:assessment-team`). */
export const teamCodesSchema = z.strictObject({
  /** The text as pasted: codes or share links, one per line. */
  text: z.string().check(z.maxLength(TEAM_TEXT_MAX_CHARS)),
});
export type TeamCodes = z.infer<typeof teamCodesSchema>;

/** Owner and due date typed against one workshop action. */
export const planEntrySchema = z.strictObject({
  /** Who will do it; free text. */
  owner: z.string().check(z.maxLength(80)),
  /** When by, YYYY-MM-DD, or empty. */
  due: z.string().check(z.refine((s) => s === '' || isDay(s), { error: REAL_DAY })),
});

/** Workshop owners and due dates by action key (`msg:assessment-plan`). */
export const actionPlanSchema = z.catchall(z.object({}), planEntrySchema);
export type ActionPlanState = z.infer<typeof actionPlanSchema>;

/** Whether the team view's workshop is open (`msg:assessment-workshop`). */
export const workshopStateSchema = z.strictObject({ open: z.boolean() });
export type WorkshopState = z.infer<typeof workshopStateSchema>;
