import type { GlossaryFrontmatter } from '../schemas/glossary';
import { chapterRefErrors } from './chapters';
import { withBase } from './base';

export interface TermLike {
  id: string;
  data: Pick<GlossaryFrontmatter, 'term' | 'related' | 'chapter'>;
}

/** Terms in alphabetical order of the term, case-insensitive. */
export function sortTerms<T extends TermLike>(terms: T[]): T[] {
  return [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, 'en', { sensitivity: 'base' }));
}

/**
 * Problems with links between terms and chapters, each naming the file and field,
 * so a typo in `related` or `chapter` fails the build instead of shipping a broken link.
 */
export function glossaryLinkErrors(terms: TermLike[], chapterIds: Set<string>): string[] {
  const ids = new Set(terms.map((t) => t.id));
  const errors: string[] = [];
  const seen = new Map<string, string>();
  for (const t of terms) {
    const key = t.data.term.toLowerCase();
    if (seen.has(key))
      errors.push(
        `content/glossary/${t.id}.md → term: "${t.data.term}" is already defined in content/glossary/${seen.get(key)}.md`,
      );
    else seen.set(key, t.id);
    for (const r of t.data.related) {
      if (!ids.has(r)) errors.push(`content/glossary/${t.id}.md → related: no term with id "${r}"`);
      if (r === t.id) errors.push(`content/glossary/${t.id}.md → related: a term cannot relate to itself`);
    }
  }
  const chapterRefs = terms.flatMap((t) =>
    t.data.chapter ? [{ file: `content/glossary/${t.id}.md`, field: 'chapter', chapter: t.data.chapter }] : [],
  );
  return [...errors, ...chapterRefErrors(chapterRefs, chapterIds)];
}

/** A term's own page; the A–Z hub at /glossary/ keeps an anchor per term for links made before term pages existed. */
export const termHref = (id: string) => withBase(`/glossary/${id}/`);
