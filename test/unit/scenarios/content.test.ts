/**
 * The practice scenarios as an editor could break them: a field the schema refuses, a step
 * nobody reaches, a choice that leads nowhere, a path that never ends or is too short, a mistake
 * with no chapter to reread, or numbers that no longer teach what the explanations say.
 */
import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade } from '../../support/readability';
import { checkScenario } from '../../../src/lib/scenarios/check';
import { allPaths, type Decision } from '../../../src/lib/scenarios/graph';
import { funnelNumbers, whatIf } from '../../../src/lib/scenarios/funnel';
import { runInbox } from '../../../src/lib/scenarios/inbox';
import { endingFor, playMetrics } from '../../../src/lib/scenarios/outcome';
import { END } from '../../../src/schemas/scenario-codes';
import type { ScenarioContent } from '../../../src/schemas/scenario';
import { chapterText, guideHeadings, loadScenarios, scenarioFiles } from './helpers';

const scenarios = loadScenarios();
const byId = (id: string) => scenarios.find((s) => s.id === id)!.scenario;
/** The path that takes the first choice marked best at every step. */
function bestPath(s: ScenarioContent): Decision[] {
  const picks: Decision[] = [];
  let at = s.steps[0]!.id;
  while (at !== END) {
    const step = s.steps.find((st) => st.id === at)!;
    const c = step.choices.find((x) => x.verdict === 'best')!;
    picks.push({ step: at, choice: c.id });
    at = c.next;
  }
  return picks;
}
const path = (pairs: string) => pairs.split(' ').map((p) => ({ step: p.split(':')[0]!, choice: p.split(':')[1]! }));

describe('practice scenarios', () => {
  it('has the three scenarios of issue 22, one of each kind', () => {
    expect(scenarios.map((s) => [s.id, s.scenario.kind])).toEqual([
      ['sdr-morning-inbox', 'inbox'],
      ['negotiating-the-sla', 'negotiation'],
      ['pipeline-review', 'review'],
    ]);
  });

  for (const { id, file, scenario } of scenarios) {
    describe(file, () => {
      const paths = allPaths(scenario);
      const results = paths.map((p) => ({ p, ending: endingFor(scenario, playMetrics(scenario, p)) }));

      it('ends on every path, with at least six decisions on each', () => {
        expect(paths.length).toBeGreaterThan(1);
        const short = paths.filter((p) => p.length < 6).map((p) => p.map((d) => d.choice).join(' → '));
        expect(short, `${id}: paths with fewer than six decisions`).toEqual([]);
      });

      it('has more than one path to a good ending, and every ending is reachable', () => {
        const good = results.filter((r) => r.ending.rating === 'good');
        expect(good.length, `${id}: paths to a good ending`).toBeGreaterThan(1);
        expect(new Set(results.map((r) => r.ending.id))).toEqual(new Set(scenario.endings.map((e) => e.id)));
      });

      it('reaches a good ending on the path of best choices, and no good ending with two or more mistakes', () => {
        expect(endingFor(scenario, playMetrics(scenario, bestPath(scenario))).rating).toBe('good');
        const careless = results.filter(
          (r) => r.ending.rating === 'good' && (playMetrics(scenario, r.p).mistakes ?? 0) >= 2,
        );
        expect(careless.length).toBe(0);
      });

      it('explains every choice, and every mistake names a chapter section to reread', () => {
        for (const st of scenario.steps)
          for (const c of st.choices) {
            expect(c.explanation.split(' ').length, `${id} ${st.id}/${c.id}`).toBeGreaterThanOrEqual(12);
            if (c.verdict === 'mistake') expect(c.reread, `${id} ${st.id}/${c.id}`).toBeDefined();
          }
      });

      it('is written for a first-year student (Flesch–Kincaid grade 11 or below)', () => {
        const text = [
          ...scenario.setup,
          ...scenario.steps.flatMap((st) => [...st.text, ...st.choices.map((c) => c.explanation)]),
          ...scenario.endings.map((e) => e.text),
        ].join('\n');
        expect(fleschKincaidGrade(text)).toBeLessThanOrEqual(11);
      });
    });
  }

  it('is linked from every chapter it practises, and from no chapter it does not name', () => {
    for (const { id, scenario } of scenarios)
      for (const chapter of guideHeadings().keys()) {
        const linked = chapterText(chapter).includes(`](/practice/${id}/)`);
        expect(linked, `content/guide/${chapter}.mdx links /practice/${id}/`).toBe(scenario.chapters.includes(chapter));
      }
  });

  it('names the file and the field when a scenario is broken', () => {
    const f = scenarioFiles().find((x) => x.id === 'pipeline-review')!;
    const data = structuredClone(f.data) as { steps: { choices: Record<string, unknown>[] }[] };
    delete data.steps[0]!.choices[2]!.reread; // a mistake with nothing to reread
    const r = checkScenario(f.file, data, guideHeadings());
    expect(r.problems).toEqual([
      'content/scenarios/pipeline-review.yaml: steps.0.choices.2.reread: choice "leads" is a mistake, so it needs a reread',
    ]);

    const dangling = structuredClone(f.data) as { steps: { choices: { next: string; reread?: object }[] }[] };
    dangling.steps[1]!.choices[0]!.next = 'nowhere';
    dangling.steps[2]!.choices[1]!.reread = { chapter: 'funnel-and-handoff', heading: 'no-such-heading' };
    expect(checkScenario(f.file, dangling, guideHeadings()).problems).toEqual([
      'content/scenarios/pipeline-review.yaml: steps: step "more-leads", choice "stages": next "nowhere" is not a step (or "debrief")',
      'content/scenarios/pipeline-review.yaml: steps.2.choices.1.reread.heading: "funnel-and-handoff" has no heading with the id "no-such-heading"',
    ]);
  });
});

describe('the numbers agree with the story', () => {
  it('inbox: the best morning keeps the SLA and books about 1.5 meetings; a 45-minute demo makes two leads wait past the hour', () => {
    const s = byId('sdr-morning-inbox');
    const best = runInbox(s.inbox!, s, bestPath(s));
    expect([best.breaches, best.cold, Math.round(best.meetings * 10) / 10]).toEqual([0, 0, 1.5]);
    const demo = runInbox(
      s.inbox!,
      s,
      path('priya:call priya-follow:demo-now tom:return queue:call-ana li:return marcus:call sam:return dana:call'),
    );
    expect(demo.leads.filter((l) => l.breach).map((l) => l.lead.id)).toEqual(['ana', 'li']);
    const late = runInbox(
      s.inbox!,
      s,
      path('priya:nurture tom:return queue:call-ana li:return marcus:call sam:return dana:tomorrow'),
    );
    expect(late.leads.filter((l) => l.cold).map((l) => l.lead.id)).toEqual(['priya', 'dana']);
    expect(late.breaches).toBe(1);
  });

  it('negotiation: the setup says 300 MQLs, half worked and under 6 customers; the best agreement reaches the 10 the board wants', () => {
    const s = byId('negotiating-the-sla');
    const today = funnelNumbers(s, [])!;
    expect([today.handedOver, today.accepted]).toEqual([300, 150]);
    expect(today.customers).toBeLessThan(6);
    expect(funnelNumbers(s, bestPath(s))!.customers).toBeGreaterThanOrEqual(10);
  });

  it('review: paid search leaks most at the handoff, and the SLA is the fix that adds the most customers', () => {
    const s = byId('pipeline-review');
    const rate = (c: number[]) => c[2]! / c[1]!;
    const worst = [...s.quarter!.sources].sort((a, b) => rate(a.counts) - rate(b.counts))[0]!;
    expect(worst.name).toBe('Paid search');
    const fixes = whatIf(s, bestPath(s), 'evidence');
    expect(fixes.map((f) => f.choice.id)).toEqual(['sla', 'score', 'double', 'training']);
    expect(Math.max(...fixes.map((f) => f.gained))).toBe(fixes[0]!.gained);
    expect(fixes.map((f) => Math.round(f.gained * 10) / 10)).toEqual([6.4, -0.4, 4.8, 3.6]);
  });
});
