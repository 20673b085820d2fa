import * as z from 'zod/mini';
import { slug } from './slug';
import { byId } from './keyed';
import { whole } from './checks';

/** Heading ids come from Astro's slugger: lower-case words and digits joined by hyphens. */
const HEADING_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The last place a reader was in a chapter: saved as they scroll (see scripts/reading-place.ts),
 * read by "Continue" on the home page and the guide index. `heading` is null above the first heading.
 */
export const placeSchema = z.nullable(
  z.strictObject({
    chapter: slug('chapter'),
    heading: z.nullable(
      z.string().check(
        z.maxLength(120),
        z.refine((s) => HEADING_PATTERN.test(s), { error: 'a heading id is lower-case words joined by hyphens' }),
      ),
    ),
    /** The heading's text as the reader saw it, shown beside the Continue link. */
    title: z.string().check(z.maxLength(160)),
  }),
);
export type Place = z.infer<typeof placeSchema>;

/** One answered question of an unfinished check: options by their index in the file, and whether it was checked. */
const draftAnswerSchema = z.strictObject({
  chosen: z.array(whole(0, 20)).check(z.maxLength(20)),
  checked: z.boolean(),
});
export type DraftAnswer = z.infer<typeof draftAnswerSchema>;

/** Unfinished checks' answers: by chapter id, then by question id. */
export const checkDraftsSchema = byId(byId(draftAnswerSchema));
export type CheckDrafts = z.infer<typeof checkDraftsSchema>;
