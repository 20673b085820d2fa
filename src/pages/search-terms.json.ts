import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { primaryNav, toolsNav } from '../lib/site';
import type { SearchTerms } from '../lib/search-suggest';

/**
 * The small list search uses for "Did you mean …?" and to put a glossary entry first when a
 * query names it: page titles and glossary terms, written once at build time and fetched only
 * when a reader first searches.
 */
export const GET: APIRoute = async () => {
  const [chapters, glossary, paths] = await Promise.all([
    getCollection('guide'),
    getCollection('glossary'),
    getCollection('paths'),
  ]);
  const body: SearchTerms = {
    glossary: glossary.map((t) => ({
      term: t.data.term,
      expansion: t.data.expansion,
      aliases: t.data.aliases.length ? t.data.aliases : undefined,
      id: t.id,
    })),
    titles: [
      ...[...primaryNav, ...toolsNav].map((n) => n.label),
      ...chapters.sort((a, b) => a.data.order - b.data.order).map((c) => c.data.title),
      ...paths.map((p) => p.data.title),
    ],
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
