/** Reads the scenario files and the guide's heading ids the way the build does, for the scenario tests. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkScenario, type ChapterHeadings } from '../../../src/lib/scenarios/check';
import type { ScenarioContent } from '../../../src/schemas/scenario';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A heading's id as Astro's slugger makes it: lower case, marks dropped, spaces to hyphens. */
const headingId = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');

/** A chapter's MDX source. */
export const chapterText = (id: string) => readFileSync(path.join(root, 'content', 'guide', `${id}.mdx`), 'utf8');

/** Every chapter's `##` and `###` heading ids, read from content/guide/*.mdx. */
export function guideHeadings(): ChapterHeadings {
  const dir = path.join(root, 'content', 'guide');
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => {
        const ids = [...readFileSync(path.join(dir, f), 'utf8').matchAll(/^#{2,3} (.+)$/gm)].map((m) =>
          headingId(m[1]!),
        );
        return [f.replace(/\.mdx$/, ''), new Set(ids)] as const;
      }),
  );
}

/** Each scenario file: its id, its raw data and the file name a problem should mention. */
export function scenarioFiles() {
  const dir = path.join(root, 'content', 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      file: `content/scenarios/${f}`,
      data: parseYaml(readFileSync(path.join(dir, f), 'utf8')) as unknown,
    }));
}

/** The parsed scenarios in their order; throws with every problem named if one is broken. */
export function loadScenarios(): { id: string; file: string; scenario: ScenarioContent }[] {
  const headings = guideHeadings();
  return scenarioFiles()
    .map((f) => {
      const r = checkScenario(f.file, f.data, headings);
      if (!r.ok) throw new Error(r.problems.join('\n'));
      return { id: f.id, file: f.file, scenario: r.scenario };
    })
    .sort((a, b) => a.scenario.order - b.scenario.order);
}
