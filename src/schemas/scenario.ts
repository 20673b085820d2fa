import { z } from 'astro/zod';
import { slug, strictObject, text } from './common';
import { ownerSchema } from './funnel';
import { ACTIONS, COMMON_METRICS, KINDS, KIND_METRICS, LEVELS, RATINGS, REASONS, VERDICTS } from './scenario-codes';

/*
 * A practice scenario: `content/scenarios/<id>.yaml`. Build-time only (full zod); the player
 * island gets the parsed data as props. Graph rules (every `next` names a step, every path ends,
 * no loops) are checked by `graphProblems` in src/lib/scenarios/graph.ts when the page is built.
 */

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;
/** A time of day on the simulated clock, "09:05". */
const clock = (what: string) => z.string().regex(clockPattern, { error: `${what} must be a time like "09:05"` });
const pct = (what: string) =>
  z
    .number({ error: `${what} must be a number in percent` })
    .min(0, { error: `${what} cannot be below 0` })
    .max(100, { error: `${what} cannot be above 100` });

/** A chapter section to reread after a mistake: /guide/<chapter>/#<heading>. */
const rereadSchema = strictObject({
  chapter: slug('reread.chapter'),
  /** The heading's id in the chapter (its words, lower case, joined by hyphens). */
  heading: slug('reread.heading'),
});

/** One change a choice makes to the scenario's funnel: set or move a stage's rate, or set the volume. */
const changeSchema = strictObject({
  /** The stage whose rate (to the next stage) changes; leave out to change the volume. */
  stage: z.optional(slug('changes.stage')),
  /** The new value: a rate in percent, or the volume. */
  set: z.number().min(0).optional(),
  /** Percentage points added to the rate (negative to lower it). */
  add: z.number().min(-100).max(100).optional(),
}).refine((c) => (c.set === undefined) !== (c.add === undefined), {
  error: 'a change needs exactly one of "set" or "add"',
});
export type FunnelChange = z.infer<typeof changeSchema>;

const choiceSchema = strictObject({
  /** Stable id within its step. */
  id: slug('choice id'),
  /** What the reader chooses, as a button label. */
  text: text('choice text').max(220),
  verdict: z.enum(VERDICTS, { error: 'verdict must be "best", "fair" or "mistake"' }),
  /** Why the choice is right or wrong; shown at once and again in the debrief. */
  explanation: text('explanation').max(700),
  /** Where to read up after a mistake; required for mistakes. */
  reread: rereadSchema.optional(),
  /** The next step's id, or "debrief" to end. */
  next: slug('next'),
  /** Inbox: what the SDR does with the step's lead. */
  action: z.enum(ACTIONS, { error: 'action must be "call", "nurture", "return" or "later"' }).optional(),
  /** Inbox: the reason code sent with a returned lead. */
  reason: z.enum(REASONS, { error: `reason must be one of ${REASONS.join(', ')}` }).optional(),
  /** Inbox: simulated minutes the choice takes. */
  minutes: z.number().int().min(0).max(240).optional(),
  /** Negotiation and review: what the choice changes in the funnel. */
  changes: z.array(changeSchema).optional(),
}).superRefine((c, ctx) => {
  if (c.verdict === 'mistake' && !c.reread)
    ctx.addIssue({ code: 'custom', path: ['reread'], message: `choice "${c.id}" is a mistake, so it needs a reread` });
  if (c.action === 'return' && !c.reason)
    ctx.addIssue({
      code: 'custom',
      path: ['reason'],
      message: `choice "${c.id}" returns a lead, so it needs a reason`,
    });
  if (c.reason && c.action !== 'return')
    ctx.addIssue({ code: 'custom', path: ['reason'], message: `only a returned lead has a reason ("${c.id}")` });
});
export type ScenarioChoice = z.infer<typeof choiceSchema>;

const stepSchema = strictObject({
  id: slug('step id'),
  /** The step's heading. */
  title: text('title').max(120),
  /** The situation, one or more paragraphs. */
  text: z.array(text('text').max(700)).min(1, { error: 'a step needs at least one paragraph of text' }),
  /** Negotiation: whose side the reader plays at this step. */
  role: z.enum(['marketing', 'sales'], { error: 'role must be "marketing" or "sales"' }).optional(),
  /** Review: show the quarter's table open at this step (it is one click away at the others). */
  showData: z.boolean().default(false),
  /** Inbox: the id of the lead this step is about. */
  lead: z.optional(slug('lead')),
  choices: z
    .array(choiceSchema)
    .min(2, { error: 'a step needs at least two choices' })
    .max(5, { error: 'a step may have at most five choices' }),
}).superRefine((s, ctx) => {
  const ids = new Set<string>();
  s.choices.forEach((c, i) => {
    if (ids.has(c.id))
      ctx.addIssue({ code: 'custom', path: ['choices', i, 'id'], message: `choice id "${c.id}" is used twice` });
    ids.add(c.id);
  });
  if (!s.choices.some((c) => c.verdict === 'best'))
    ctx.addIssue({ code: 'custom', path: ['choices'], message: `step "${s.id}" has no best choice` });
});
export type ScenarioStep = z.infer<typeof stepSchema>;

const leadSchema = strictObject({
  id: slug('lead id'),
  /** Who they are: "Priya Nair, Head of Finance". */
  name: text('name').max(80),
  /** The company and its size. */
  company: text('company').max(120),
  /** Where the lead came from: "Demo request form". */
  source: text('source').max(80),
  arrives: clock('arrives'),
  fit: z.enum(LEVELS),
  intent: z.enum(LEVELS),
  /** Percent chance of a booked meeting if reached within the first hour (an editorial assumption). */
  chance: pct('chance'),
});
export type InboxLead = z.infer<typeof leadSchema>;

const inboxSchema = strictObject({
  start: clock('inbox.start'),
  end: clock('inbox.end'),
  /** The SLA's promise: every lead accepted or returned within this many minutes. */
  slaMinutes: z.number().int().min(5).max(1440),
  leads: z.array(leadSchema).min(3, { error: 'an inbox needs at least three leads' }),
});
export type InboxSetup = z.infer<typeof inboxSchema>;

const stageSchema = strictObject({
  id: slug('stage id'),
  name: text('stage name').max(40),
  owner: ownerSchema,
  /** Percent reaching the next stage (negotiation); the last stage's is not used. */
  rate: pct('rate').optional(),
});

/** Negotiation: the funnel today, per month. */
const funnelSchema = strictObject({
  volume: z.number().int().min(1).max(1_000_000),
  dealValue: z.number().positive().max(10_000_000),
  stages: z.array(stageSchema).min(3).max(8),
});

/** Review: a quarter's counts by source, one count per stage. */
const quarterSchema = strictObject({
  dealValue: z.number().positive().max(10_000_000),
  stages: z.array(stageSchema).min(3).max(8),
  sources: z
    .array(strictObject({ name: text('source name').max(40), counts: z.array(z.number().int().min(0)) }))
    .min(2),
}).superRefine((q, ctx) => {
  q.sources.forEach((s, i) => {
    if (s.counts.length !== q.stages.length)
      ctx.addIssue({
        code: 'custom',
        path: ['sources', i, 'counts'],
        message: `"${s.name}" needs ${q.stages.length} counts, one per stage`,
      });
    if (s.counts.some((n, j) => j > 0 && n > s.counts[j - 1]!))
      ctx.addIssue({
        code: 'custom',
        path: ['sources', i, 'counts'],
        message: `"${s.name}": a stage cannot hold more than the stage before it`,
      });
  });
});

const ruleSchema = z.record(z.string(), z.number());
const endingSchema = strictObject({
  id: slug('ending id'),
  rating: z.enum(RATINGS, { error: 'rating must be "good", "mixed" or "poor"' }),
  title: text('title').max(100),
  text: text('text').max(700),
  /** The numbers this ending needs; the first ending whose rule holds is shown. Leave out on the last. */
  when: strictObject({ atLeast: ruleSchema.optional(), atMost: ruleSchema.optional() }).optional(),
});
export type ScenarioEnding = z.infer<typeof endingSchema>;

export const scenarioSchema = strictObject({
  title: text('title').max(80),
  /** One or two sentences for the practice page and search results. */
  description: text('description').max(220),
  order: z.number().int().positive(),
  kind: z.enum(KINDS, { error: `kind must be one of ${KINDS.join(', ')}` }),
  /** The chapters this scenario practises (ids). */
  chapters: z.array(slug('chapters')).min(1),
  /** The set-up, shown before the first step and readable without JavaScript. */
  setup: z.array(text('setup').max(900)).min(1),
  /** Numbers the scenario assumes that no source gives, each said plainly. */
  assumptions: z.array(text('assumption').max(400)).default([]),
  inbox: inboxSchema.optional(),
  funnel: funnelSchema.optional(),
  quarter: quarterSchema.optional(),
  /** The unit the funnel's numbers count: "a month", "a quarter". */
  per: z.enum(['month', 'quarter']).default('month'),
  steps: z.array(stepSchema).min(6, { error: 'a scenario needs at least six steps' }),
  endings: z.array(endingSchema).min(2),
}).superRefine((s, ctx) => {
  const need = { inbox: 'inbox', negotiation: 'funnel', review: 'quarter' } as const;
  for (const [kind, field] of Object.entries(need))
    if ((s.kind === kind) !== (s[field] !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: [field],
        message: s.kind === kind ? `a ${kind} scenario needs "${field}"` : `only a ${kind} scenario has "${field}"`,
      });
  const metrics = new Set<string>([...COMMON_METRICS, ...KIND_METRICS[s.kind]]);
  s.endings.forEach((e, i) => {
    for (const side of ['atLeast', 'atMost'] as const)
      for (const key of Object.keys(e.when?.[side] ?? {}))
        if (!metrics.has(key))
          ctx.addIssue({
            code: 'custom',
            path: ['endings', i, 'when', side, key],
            message: `"${key}" is not a number of a ${s.kind} scenario; use one of ${[...metrics].join(', ')}`,
          });
  });
  if (s.endings.at(-1)?.when)
    ctx.addIssue({
      code: 'custom',
      path: ['endings'],
      message: 'the last ending must have no "when", so one always fits',
    });
  const leads = new Set(s.inbox?.leads.map((l) => l.id));
  const stages = new Set((s.funnel ?? s.quarter)?.stages.map((st) => st.id));
  s.steps.forEach((st, i) => {
    if (st.lead && !leads.has(st.lead))
      ctx.addIssue({ code: 'custom', path: ['steps', i, 'lead'], message: `no lead has the id "${st.lead}"` });
    if (s.kind === 'inbox' && !st.lead)
      ctx.addIssue({ code: 'custom', path: ['steps', i, 'lead'], message: 'every inbox step is about a lead' });
    st.choices.forEach((c, j) => {
      if (s.kind === 'inbox' && (!c.action || c.minutes === undefined))
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'choices', j],
          message: `inbox choice "${c.id}" needs "action" and "minutes"`,
        });
      c.changes?.forEach((ch, k) => {
        if (ch.stage && !stages.has(ch.stage))
          ctx.addIssue({
            code: 'custom',
            path: ['steps', i, 'choices', j, 'changes', k, 'stage'],
            message: `no stage has the id "${ch.stage}"`,
          });
      });
    });
  });
});
export type ScenarioContent = z.infer<typeof scenarioSchema>;
