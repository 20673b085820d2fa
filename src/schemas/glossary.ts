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
  /** Other ways the chapters write the term ("cold calling" for "Cold call"), so a first use in that form is found. */
  aliases: z.array(text('alias').max(60)).default([]),
  /**
   * True for a word whose everyday sense dominates ("customer", "lead"): the chapters link it where they define it,
   * and the content test does not ask for a link at every chapter's first use.
   */
  everyday: z.boolean().default(false),
});
export type GlossaryFrontmatter = z.infer<typeof glossarySchema>;
