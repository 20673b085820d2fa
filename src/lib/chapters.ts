import type { GuideFrontmatter } from '../schemas/guide';

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

export const chapterHref = (id: string) => `/guide/${id}/`;
