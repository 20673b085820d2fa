import { z } from 'astro/zod';
import { audienceSchema, slug, text, strictObject } from './common';
import { GROUPS } from './learning-groups';

/** One answer a reader can pick in a knowledge check. */
const checkOptionSchema = strictObject({
  /** The answer as the reader sees it. */
  text: text('option text').max(240),
  /** True for every right answer. */
  correct: z.boolean().default(false),
  /** Why this answer is right or wrong; shown after checking, whether or not the reader picked it. */
  explanation: text('explanation').max(500),
});

/**
 * A cell of a question's table. Text only: YAML would read an unquoted +5 as 5 and 0.50 as 0.5,
 * so a number has to be quoted to be shown as written.
 */
const cell = z
  .string({ error: "a table cell must be text; put numbers in quotes, such as '+5' or '400'" })
  .trim()
  .min(1, { error: 'a table cell cannot be empty' })
  .max(60);

/**
 * A small table the reader needs to answer: a dashboard, a funnel, a clause list. The first row
 * holds the column headings; every row has the same number of cells.
 */
export const checkDataSchema = strictObject({
  /** Says what the table shows ("Last quarter's funnel"); it also names the table for screen readers. */
  caption: text('caption').max(120),
  rows: z
    .array(z.array(cell).min(2, { error: 'a table row needs at least two cells' }).max(6))
    .min(2, { error: 'a table needs a heading row and at least one row of data' })
    .max(10),
}).refine((d) => d.rows.every((r) => r.length === d.rows[0]!.length), {
  error: 'every table row needs as many cells as the heading row',
  path: ['rows'],
});
export type CheckData = z.infer<typeof checkDataSchema>;

/** One question of a knowledge check. */
export const checkQuestionSchema = strictObject({
  /** Stable id within the check; wrong answers are saved for review under it, so do not rename it lightly. */
  id: slug('question id'),
  /** The question itself. */
  prompt: text('prompt').max(300),
  /** A table shown under the prompt, for questions that ask the reader to work with numbers. */
  data: checkDataSchema.optional(),
  /** "single": exactly one right answer (radio buttons); "multiple": one or more (checkboxes). */
  kind: z.enum(['single', 'multiple'], { error: 'kind must be "single" or "multiple"' }),
  /** Two to six answers, in the order shown. */
  options: z
    .array(checkOptionSchema)
    .min(2, { error: 'a question needs at least two options' })
    .max(6, { error: 'a question may have at most six options' }),
}).superRefine((q, ctx) => {
  const right = q.options.filter((o) => o.correct).length;
  if (q.kind === 'single' && right !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `a single-answer question needs exactly one correct option; "${q.id}" has ${right}`,
    });
  }
  if (q.kind === 'multiple' && right < 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `a multiple-answer question needs at least one correct option; "${q.id}" has none`,
    });
  }
  if (q.kind === 'multiple' && right === q.options.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `in "${q.id}" every option is correct, so the question tests nothing`,
    });
  }
});
export type CheckQuestion = z.infer<typeof checkQuestionSchema>;

/**
 * A chapter's knowledge check: `content/checks/<chapter-id>.yaml`. The file name must be the
 * id of the chapter it ends.
 */
export const checkSchema = strictObject({
  /** One or two sentences shown above the questions. */
  intro: z.string().trim().max(300).optional(),
  /** At least four questions, in the order shown. */
  questions: z.array(checkQuestionSchema).min(4, { error: 'a check needs at least four questions' }),
}).superRefine((c, ctx) => {
  const seen = new Set<string>();
  c.questions.forEach((q, i) => {
    if (seen.has(q.id))
      ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id "${q.id}" is used twice` });
    seen.add(q.id);
  });
});

/** The three groups of the sorting exercise. */
const groupSchema = z.enum(GROUPS, { error: 'group must be "marketing", "sales" or "both"' });

/** One activity of the "Marketing, sales or both?" exercise (an item in `content/activities/*.yaml`). */
export const activitySchema = strictObject({
  /** Stable id, e.g. "setting-the-price". */
  id: slug('id'),
  /** The activity as a short phrase: "Setting the price". */
  text: text('text').max(80),
  /** Where it belongs. */
  group: groupSchema,
  /** Why it belongs there, in one to three sentences; shown after checking. */
  explanation: text('explanation').max(400),
  /** Id of the chapter that teaches it, for a "read more" link. */
  chapter: z.optional(slug('chapter')),
});
export type Activity = z.infer<typeof activitySchema>;

/** The tools other parts of the site provide; a path step can send the reader to one. */
const toolSchema = z.enum(['funnel', 'assessment', 'numbers'], {
  error: 'tool must be "funnel", "assessment" or "numbers" (your own numbers from a CRM export)',
});

/** The exercises this site has; a path step can send the reader to one. */
const exerciseSchema = z.enum(['sort'], { error: 'exercise must be "sort"' });

const note = z.string().trim().max(300).optional();

/** One step of a learning path. What "done" means depends on the kind. */
const pathStepSchema = z.discriminatedUnion(
  'kind',
  [
    /** Read a chapter: done when it is marked as read. */
    strictObject({ kind: z.literal('chapter'), chapter: slug('chapter'), note }),
    /** Take a chapter's knowledge check: done once it has been completed. */
    strictObject({ kind: z.literal('check'), chapter: slug('chapter'), note }),
    /** Do an exercise: done once completed. */
    strictObject({ kind: z.literal('exercise'), exercise: exerciseSchema, note }),
    /** Use a tool: done once it has been used. */
    strictObject({ kind: z.literal('tool'), tool: toolSchema, note }),
    /** Something to do away from the screen (meet a colleague, sit in on a call): the reader ticks it off. */
    strictObject({ kind: z.literal('task'), id: slug('task id'), title: text('title').max(120), note }),
  ],
  { error: 'kind must be one of chapter, check, exercise, tool, task' },
);
export type PathStep = z.infer<typeof pathStepSchema>;

/** A group of steps: a day in the new-hire week, a part of the student path. */
const pathSectionSchema = strictObject({
  /** Heading, e.g. "Day 1 (Monday): two jobs, one goal". */
  title: text('title').max(100),
  /** What this part is for, in a sentence or two. */
  summary: z.string().trim().max(400).optional(),
  /** The steps, in order. */
  steps: z.array(pathStepSchema).min(1, { error: 'a section needs at least one step' }),
  /** Questions to take to your manager (or to a colleague on the other team). */
  ask: z.array(text('question').max(200)).default([]),
  /** A short reference list to keep beside the steps: what to read in a CRM record, reasons to reject a lead. */
  checklist: z.optional(
    strictObject({
      title: text('checklist title').max(100),
      items: z.array(text('checklist item').max(240)).min(2, { error: 'a checklist needs at least two items' }),
    }),
  ),
});
export type PathSection = z.infer<typeof pathSectionSchema>;

/** One role's own days after the shared start of a path: the SDR's, the AE's, the marketer's week. */
export const pathTrackSchema = strictObject({
  /** Becomes the page address: /onboarding/<id>/. */
  id: slug('track id'),
  /** The role as a new hire would say it, e.g. "Sales development rep (SDR)". */
  role: text('role').max(60),
  /** Who the track is for, in a sentence, shown where the reader chooses. */
  summary: text('summary').max(240),
  /** The role's own sections, after the shared ones. */
  sections: z.array(pathSectionSchema).min(1),
});
export type PathTrack = z.infer<typeof pathTrackSchema>;

/** A learning path for one audience: `content/paths/<id>.yaml`. */
export const pathSchema = strictObject({
  /** Title shown as the page heading. */
  title: text('title').max(80),
  /** The audience the path is for. */
  audience: audienceSchema,
  /** One or two sentences for cards and the meta description. */
  description: text('description').max(200),
  /** Position in the list of paths. */
  order: z.number().int().positive(),
  /** A paragraph shown above the steps. */
  intro: text('intro').max(800),
  /** The parts of the path, in order. */
  sections: z.array(pathSectionSchema).min(1),
  /** Shown when every step is done. */
  finish: text('finish').max(400),
  /**
   * Role tracks: the first `after` sections are shared, then each track replaces the rest with its
   * own. The path's remaining sections stay as the general plan for readers whose role is not listed.
   */
  tracks: z.optional(
    strictObject({
      after: z.number().int().min(1),
      choices: z.array(pathTrackSchema).min(2),
    }),
  ),
});
export type LearningPath = z.infer<typeof pathSchema>;
