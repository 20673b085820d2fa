import { z } from 'astro/zod';
import { text } from './common';

/**
 * Frontmatter of a glossary term (a Markdown file in `content/glossary/`; its body
 * is the longer explanation). The file name is the term's stable anchor id.
 */
export const glossarySchema = z.object({
  /** The term as readers write it, e.g. "MQL". */
  term: text('term').max(60),
  /** The spelled-out form of an abbreviation, e.g. "Marketing-qualified lead". */
  expansion: z.string().trim().min(1).optional(),
  /** A one-sentence definition shown in tooltips and the glossary index. */
  short: text('short').max(220),
  /** A concrete example from a marketing or sales team's day. */
  example: text('example').max(400),
  /** Ids (file names) of related terms. */
  related: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'related must list term ids like "sql"' })).default([]),
  /** Id of the guide chapter that teaches the term, if any. */
  chapter: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
});
export type GlossaryFrontmatter = z.infer<typeof glossarySchema>;
