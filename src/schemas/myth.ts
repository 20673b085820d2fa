import { z } from 'astro/zod';
import { text, strictObject } from './common';
import { claimSourceFields, hasLink, noLinkError } from './claim';

/** A source read for a myth, with what it contributed (or failed to). */
export const mythSourceSchema = strictObject({
  ...claimSourceFields,
  /** Leave out when the copy read shows no date. */
  year: claimSourceFields.year.optional(),
  /** Why it is listed: "the origin", "a copy of the report on a document-sharing site", "repeats the figure without a source". */
  note: text('note').max(300).optional(),
}).refine(hasLink, noLinkError);

/**
 * A statistic readers meet elsewhere that does not mean what people say: `content/myths/<id>.yaml`.
 * Everything said about it must rest on a stored copy of a source; where the origin could not be
 * traced, `traced` is false and `origin` says exactly that.
 */
export const mythSchema = strictObject({
  /** The figure as it is usually quoted. */
  statement: text('statement').max(200),
  /** Order on the page, from 1. */
  order: z.number({ error: 'order must be a whole number' }).int().positive(),
  /** Other forms the same figure takes. */
  variants: z.array(text('variant').max(200)).default([]),
  /** False when no stored copy of an original could be found. */
  traced: z.boolean({ error: 'traced must be true or false' }),
  /** Where it comes from, or exactly what could not be found. */
  origin: text('origin').max(900),
  /** Who or what was measured, and how many. */
  sample: text('sample').max(500),
  /** Who paid for or published it, and their stake. */
  sponsor: text('sponsor').max(400),
  /** What it really shows, and what people wrongly take from it. */
  shows: text('shows').max(1200),
  /** What a reader can use instead. */
  instead: text('instead').max(500).optional(),
  /** The copies read, original first. */
  sources: z.array(mythSourceSchema).default([]),
}).refine((m) => !m.traced || m.sources.length > 0, {
  error: 'a traced myth needs at least one source',
  path: ['sources'],
});
export type Myth = z.infer<typeof mythSchema>;
