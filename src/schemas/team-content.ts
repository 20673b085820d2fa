import { z } from 'astro/zod';
import { sourceSchema, strictObject } from './common';
import { attainmentSchema, meetingsSchema, quotaSchema, rampSchema } from './team-fields';
import type { Schema } from './funnel';

/*
 * content/team/team.json: the starting values of the funnel builder's team-size section, with
 * the range shown beside each and where it comes from. Checked at build time by the `team`
 * collection and in unit tests; the browser reads the file as trusted build input.
 */

/** One input's starting value, its plausible range, the hint under the field and where the figures come from. */
const fieldSchema = (value: Schema<number>) =>
  strictObject({
    /** The value a funnel starts with until the reader types their own. */
    start: value,
    /** Low end of the range shown beside the field. */
    low: value,
    /** High end of the range. */
    high: value,
    /** One line under the field's label. */
    hint: z.string().trim().min(1).max(90),
    /** A published source for the range; left out when none supports it. */
    source: sourceSchema.optional(),
    /** What the figures rest on. Without a source it must begin "Editorial assumption". */
    basis: z.string().trim().min(1).max(300),
  })
    .refine((f) => f.low <= f.start && f.start <= f.high, { error: 'low ≤ start ≤ high must hold', path: ['start'] })
    .refine((f) => f.source !== undefined || /^Editorial assumption\b/.test(f.basis), {
      error: 'a value with no source must be labelled: basis must begin "Editorial assumption"',
      path: ['basis'],
    })
    .refine((f) => f.source === undefined || !/^Editorial assumption\b/.test(f.basis), {
      error: 'an editorial assumption cites no source: remove source or rewrite basis',
      path: ['source'],
    });

/** The whole file. */
export const teamContentSchema = strictObject({
  /** Shown with the starting values: what they are and are not. */
  notes: z.string().trim().min(1).max(600),
  fields: strictObject({
    quota: fieldSchema(quotaSchema),
    ramp: fieldSchema(rampSchema),
    attainment: fieldSchema(attainmentSchema),
    meetings: fieldSchema(meetingsSchema),
  }),
});
export type TeamContent = z.infer<typeof teamContentSchema>;
