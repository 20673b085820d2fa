import { getCollection, render } from 'astro:content';
import { chapterHref } from '../lib/chapters';
import { checkScenario } from '../lib/scenarios/check';
import { rereadKey, type RereadLink } from '../lib/scenarios/play';
import type { ScenarioContent } from '../schemas/scenario';

export interface ScenarioPage {
  id: string;
  scenario: ScenarioContent;
  /** Titles and links of the chapters it practises. */
  chapters: { id: string; title: string; href: string }[];
  rereads: Record<string, RereadLink>;
}

/** Practice pages that are not scenarios: a scenario file may not take their names. */
const TAKEN = ['sort', 'review', 'index'];

/**
 * The practice scenarios in order, checked against the guide: every chapter and reread heading
 * must exist and the graph must end on every path, or the build stops naming the file and field.
 */
export async function loadScenarios(): Promise<ScenarioPage[]> {
  const guide = await getCollection('guide');
  const headings = new Map<string, Map<string, string>>();
  for (const g of guide) headings.set(g.id, new Map((await render(g)).headings.map((h) => [h.slug, h.text])));
  const ids = new Map([...headings].map(([id, h]) => [id, new Set(h.keys())]));
  const titles = new Map(guide.map((g) => [g.id, g.data.title]));
  const entries = (await getCollection('scenarios')).sort((a, b) => a.data.order - b.data.order);
  const problems: string[] = [];
  const pages = entries.map((e): ScenarioPage => {
    const r = checkScenario(`content/scenarios/${e.id}.yaml`, e.data, ids);
    problems.push(...r.problems);
    if (TAKEN.includes(e.id))
      problems.push(`content/scenarios/${e.id}.yaml: the name "${e.id}" is a practice page already`);
    const rereads: Record<string, RereadLink> = {};
    for (const st of e.data.steps)
      for (const c of st.choices)
        if (c.reread) {
          const { chapter, heading } = c.reread;
          rereads[rereadKey(c.reread)] = {
            href: `${chapterHref(chapter)}#${heading}`,
            chapter: titles.get(chapter) ?? chapter,
            heading: headings.get(chapter)?.get(heading) ?? heading,
          };
        }
    return {
      id: e.id,
      scenario: e.data,
      chapters: e.data.chapters.map((c) => ({ id: c, title: titles.get(c) ?? c, href: chapterHref(c) })),
      rereads,
    };
  });
  if (problems.length) throw new Error(`Practice scenarios have problems:\n${problems.join('\n')}`);
  return pages;
}
