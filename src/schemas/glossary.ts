import { z } from 'astro/zod';
import { slug, text, strictObject } from './common';

/**
 * Frontmatter of a glossary term (a Markdown file in `content/glossary/`; its body
 * is the longer explanation). The file name is the term's stable anchor id.
 */
export const glossarySchema = strictObject({
  /** The term as readers write it, e.g. "MQL". */
  term: text('term').max(60),
  /** The spelled-out form of an abbreviation, e.g. "Marketing-qualified lead". */
  expansion: z.string().trim().min(1).optional(),
  /** A one-sentence definition shown in tooltips and the glossary index. */
  short: text('short').max(220),
  /** A concrete example from a marketing or sales team's day. */
  example: text('example').max(400),
  /** Ids (file names) of related terms. */
  related: z.array(slug('related term id')).default([]),
  /** Id of the guide chapter that teaches the term, if any. */
  chapter: z.optional(slug('chapter')),
});
export type GlossaryFrontmatter = z.infer<typeof glossarySchema>;
