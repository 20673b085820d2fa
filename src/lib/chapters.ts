import type { GuideFrontmatter } from '../schemas/guide';
import { withBase } from './base';

/** The minimum a navigation helper needs of a chapter. */
export interface ChapterLike {
  id: string;
  data: Pick<GuideFrontmatter, 'order' | 'title'>;
}

/** Chapters by their `order`; throws, naming both files, if two share one. */
export function sortChapters<T extends ChapterLike>(chapters: T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const [prev, cur] = [sorted[i - 1]!, sorted[i]!];
    if (prev.data.order === cur.data.order) {
      throw new Error(
        `content/guide/${prev.id}.mdx and content/guide/${cur.id}.mdx both have order ${cur.data.order}: each chapter needs its own.`,
      );
    }
  }
  return sorted;
}

/** The chapters before and after `id` in reading order. */
export function neighbours<T extends ChapterLike>(sorted: T[], id: string): { prev?: T; next?: T } {
  const i = sorted.findIndex((c) => c.id === id);
  if (i < 0) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}

export const chapterHref = (id: string) => withBase(`/guide/${id}/`);

/** A place in content that names a chapter: the file, the field and the id it gives. */
export interface ChapterRef {
  file: string;
  field: string;
  chapter: string;
}

/**
 * The one check of chapter references (assessment dimensions, learning paths and activities,
 * glossary terms): one message per id that is not a chapter, naming the file and the field.
 */
export function chapterRefErrors(refs: readonly ChapterRef[], chapterIds: ReadonlySet<string>): string[] {
  return refs
    .filter((r) => !chapterIds.has(r.chapter))
    .map(
      (r) =>
        `${r.file} → ${r.field}: no chapter with id "${r.chapter}" (a chapter id is a file name in content/guide/)`,
    );
}

/**
 * The sources several chapters lean on (cited by at least `min` of them), most cited first, each once.
 * Sources are the same when their title and year match.
 */
export function sharedSources<S extends { title: string; year: number }>(perChapter: readonly S[][], min = 2): S[] {
  const counts = new Map<string, { source: S; n: number }>();
  for (const sources of perChapter) {
    for (const s of new Map(sources.map((x) => [`${x.title}|${x.year}`, x])).values()) {
      const key = `${s.title}|${s.year}`;
      const seen = counts.get(key);
      if (seen) seen.n++;
      else counts.set(key, { source: s, n: 1 });
    }
  }
  return [...counts.values()]
    .filter((c) => c.n >= min)
    .sort((a, b) => b.n - a.n || a.source.title.localeCompare(b.source.title))
    .map((c) => c.source);
}
