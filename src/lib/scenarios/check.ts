import { scenarioSchema, type ScenarioContent } from '../../schemas/scenario';
import { graphProblems } from './graph';

/** Heading ids of each chapter, by chapter id: what a reread link may point at. */
export type ChapterHeadings = ReadonlyMap<string, ReadonlySet<string>>;

export type ScenarioCheck = { ok: true; scenario: ScenarioContent; problems: [] } | { ok: false; problems: string[] };

/**
 * Everything wrong with one scenario file, each problem prefixed with the file and the field:
 * the schema's issues, then the graph (see graphProblems), then chapters and reread headings
 * that do not exist. The build and the content test both use it, so they report alike.
 */
export function checkScenario(file: string, data: unknown, chapters: ChapterHeadings): ScenarioCheck {
  const parsed = scenarioSchema.safeParse(data);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => `${file}: ${i.path.map(String).join('.') || '(top)'}: ${i.message}`),
    };
  const s = parsed.data;
  const problems = graphProblems(s).map((p) => `${file}: steps: ${p}`);
  s.chapters.forEach((c, i) => {
    if (!chapters.has(c)) problems.push(`${file}: chapters.${i}: no chapter has the id "${c}"`);
  });
  s.steps.forEach((st, i) =>
    st.choices.forEach((c, j) => {
      if (!c.reread) return;
      const where = `${file}: steps.${i}.choices.${j}.reread`;
      const headings = chapters.get(c.reread.chapter);
      if (!headings) problems.push(`${where}.chapter: no chapter has the id "${c.reread.chapter}"`);
      else if (!headings.has(c.reread.heading))
        problems.push(`${where}.heading: "${c.reread.chapter}" has no heading with the id "${c.reread.heading}"`);
    }),
  );
  return problems.length ? { ok: false, problems } : { ok: true, scenario: s, problems: [] };
}
