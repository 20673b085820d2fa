/** The scenario logic on small hand-made graphs: the state machine, the clock, the funnel effects, endings and progress. */
import { describe, expect, it } from 'vitest';
import { allPaths, graphProblems } from '../../../src/lib/scenarios/graph';
import {
  choose,
  currentStep,
  initialPlay,
  isOver,
  playScore,
  resolvePicks,
  startPlay,
} from '../../../src/lib/scenarios/play';
import { clockLabel, minutesOf, runInbox, speedFactor } from '../../../src/lib/scenarios/inbox';
import { applyChanges, baseFunnel, funnelNumbers, whatIf } from '../../../src/lib/scenarios/funnel';
import { endingFor, playMetrics } from '../../../src/lib/scenarios/outcome';
import { decodeVersioned, encodeVersioned } from '../../../src/lib/versioned';
import { emptyProgress, progressCodec } from '../../../src/lib/learning/progress-codec';
import { isEmptyProgress, mergeProgress, recordScenario } from '../../../src/lib/learning/progress';
import type { ScenarioChoice, ScenarioContent, ScenarioStep } from '../../../src/schemas/scenario';

const choice = (id: string, next: string, more: Partial<ScenarioChoice> = {}): ScenarioChoice => ({
  id,
  text: id,
  verdict: 'best',
  explanation: 'why',
  next,
  ...more,
});
const step = (id: string, choices: ScenarioChoice[], more: Partial<ScenarioStep> = {}): ScenarioStep => ({
  id,
  title: id,
  text: ['t'],
  showData: false,
  choices,
  ...more,
});

describe('graph', () => {
  const steps = [
    step('a', [choice('x', 'b'), choice('y', 'c')]),
    step('b', [choice('x', 'c')]),
    step('c', [choice('x', 'debrief'), choice('y', 'debrief', { verdict: 'mistake' })]),
  ];

  it('lists every path from the first step to the debrief', () => {
    expect(allPaths({ steps }).map((p) => p.map((d) => `${d.step}:${d.choice}`).join(' '))).toEqual([
      'a:x b:x c:x',
      'a:x b:x c:y',
      'a:y c:x',
      'a:y c:y',
    ]);
    expect(graphProblems({ steps })).toEqual([]);
  });

  it('names a next that goes nowhere, a step never reached, a loop and a repeated id', () => {
    expect(graphProblems({ steps: [step('a', [choice('x', 'b')]), step('z', [choice('x', 'debrief')])] })).toEqual([
      'step "a", choice "x": next "b" is not a step (or "debrief")',
    ]);
    expect(
      graphProblems({ steps: [step('a', [choice('x', 'debrief')]), step('z', [choice('x', 'debrief')])] }),
    ).toEqual(['step "z" is never reached']);
    expect(graphProblems({ steps: [step('a', [choice('x', 'b')]), step('b', [choice('x', 'a')])] })).toEqual([
      'a loop never reaches the debrief: a → b → a',
    ]);
    expect(
      graphProblems({ steps: [step('a', [choice('x', 'debrief')]), step('a', [choice('x', 'debrief')])] }),
    ).toEqual(['step id "a" is used twice']);
  });
});

describe('play', () => {
  const steps = [
    step('a', [choice('x', 'b'), choice('y', 'b', { verdict: 'mistake' })]),
    step('b', [choice('x', 'debrief')]),
  ];

  it('starts at the first step, moves on each choice and ends at the debrief', () => {
    let p = initialPlay();
    expect(currentStep({ steps }, p)).toBeNull();
    p = startPlay({ steps });
    expect(currentStep({ steps }, p)?.id).toBe('a');
    p = choose({ steps }, p, 'y');
    expect(p).toEqual({ at: 'b', picks: [{ step: 'a', choice: 'y' }] });
    p = choose({ steps }, p, 'x');
    expect(isOver(p)).toBe(true);
    expect(playScore({ steps }, p.picks)).toEqual({ correct: 1, total: 2 });
  });

  it('ignores a choice that does not exist, or any choice once the play is over', () => {
    const p = startPlay({ steps });
    expect(choose({ steps }, p, 'nope')).toBe(p);
    const over = { at: 'debrief', picks: [] };
    expect(choose({ steps }, over, 'x')).toBe(over);
    expect(resolvePicks({ steps }, [{ step: 'gone', choice: 'x' }])).toEqual([]);
    expect(playScore({ steps }, [])).toEqual({ correct: 0, total: 1 });
  });
});

describe('inbox clock and speed to lead', () => {
  it('reads and writes clock times, and never returns NaN for a bad one', () => {
    expect(minutesOf('09:05')).toBe(545);
    expect(minutesOf('soon')).toBe(0);
    expect(clockLabel(545)).toBe('09:05');
    expect(clockLabel(1445)).toBe('00:05');
  });

  it('keeps a lead’s full chance within the hour, a seventh after it and a sixtieth the next day', () => {
    expect([speedFactor(0), speedFactor(60), speedFactor(61), speedFactor(23 * 60), speedFactor(25 * 60)]).toEqual([
      1,
      1,
      1 / 7,
      1 / 7,
      1 / 60,
    ]);
    expect(speedFactor(Number.NaN)).toBe(1);
  });

  const lead = (id: string, arrives: string, intent: 'high' | 'low', chance: number) => ({
    id,
    name: id,
    company: 'c',
    source: 's',
    arrives,
    fit: 'high' as const,
    intent,
    chance,
  });
  const inbox = {
    start: '09:00',
    end: '11:00',
    slaMinutes: 60,
    leads: [lead('p', '09:00', 'high', 50), lead('q', '09:10', 'high', 40), lead('r', '09:20', 'low', 0)],
  };
  const steps = [
    step(
      'p',
      [choice('long', 'q', { action: 'call', minutes: 90 }), choice('short', 'q', { action: 'call', minutes: 5 })],
      {
        lead: 'p',
      },
    ),
    step(
      'q',
      [choice('call', 'r', { action: 'call', minutes: 20 }), choice('wait', 'r', { action: 'later', minutes: 0 })],
      {
        lead: 'q',
      },
    ),
    step('r', [choice('ret', 'debrief', { action: 'return', reason: 'not-icp', minutes: 2 })], { lead: 'r' }),
  ];

  it('moves the clock by each choice, so a long call makes the next lead wait and cool', () => {
    const run = runInbox(inbox, { steps }, [
      { step: 'p', choice: 'long' },
      { step: 'q', choice: 'call' },
      { step: 'r', choice: 'ret' },
    ]);
    expect(clockLabel(run.clock)).toBe('10:52');
    expect(run.leads.map((l) => [l.lead.id, l.wait, l.breach, l.cold])).toEqual([
      ['p', 0, false, false],
      ['q', 80, true, true],
      ['r', 90, true, false],
    ]);
    expect(run.meetings).toBeCloseTo(0.5 + 0.4 / 7);
  });

  it('counts a lead left waiting at the end as late, cold if it wanted a call, and worth no meeting', () => {
    const run = runInbox(inbox, { steps }, [
      { step: 'p', choice: 'short' },
      { step: 'q', choice: 'wait' },
      { step: 'r', choice: 'ret' },
    ]);
    const q = run.leads.find((l) => l.lead.id === 'q')!;
    expect([q.action, q.breach, q.cold, q.meetings]).toEqual([null, true, true, 0]);
    expect([run.breaches, run.cold]).toEqual([1, 1]);
  });
});

describe('funnel effects and endings', () => {
  const s: Pick<ScenarioContent, 'kind' | 'steps' | 'funnel' | 'quarter' | 'endings' | 'inbox'> = {
    kind: 'review',
    quarter: {
      dealValue: 1000,
      stages: [
        { id: 'lead', name: 'Leads', owner: 'marketing' },
        { id: 'mql', name: 'MQLs', owner: 'marketing' },
        { id: 'won', name: 'Won', owner: 'sales' },
      ],
      sources: [
        { name: 'A', counts: [100, 50, 10] },
        { name: 'B', counts: [100, 0, 0] },
      ],
    },
    steps: [
      step('fix', [
        choice('double', 'debrief', { changes: [{ stage: 'mql', set: 40 }] }),
        choice('wild', 'debrief', { changes: [{ stage: 'mql', add: 500 }, { set: 0 }] }),
        choice('none', 'debrief', { verdict: 'mistake' }),
      ]),
    ],
    endings: [
      { id: 'good', rating: 'good', title: 'g', text: 't', when: { atLeast: { gained: 5 }, atMost: { mistakes: 0 } } },
      { id: 'other', rating: 'poor', title: 'p', text: 't' },
    ],
  };

  it('takes a quarter’s rates from its totals, and an empty stage gives 0, never NaN', () => {
    const f = baseFunnel(s)!;
    expect(f.volume).toBe(200);
    expect(f.stages.map((st) => st.rate)).toEqual([25, 20, 0]);
    expect(funnelNumbers(s, [])!.customers).toBe(10);
    const empty = baseFunnel({ ...s, quarter: { ...s.quarter!, sources: [{ name: 'A', counts: [0, 0, 0] }] } })!;
    expect(empty.stages.map((st) => st.rate)).toEqual([0, 0, 0]);
    expect(empty.volume).toBe(1);
  });

  it('keeps rates within 0–100 % and the volume at least 1', () => {
    const f = applyChanges(baseFunnel(s)!, [{ stage: 'mql', add: 500 }, { set: 0 }]);
    expect(f.stages[1]!.rate).toBe(100);
    expect(f.volume).toBe(1);
  });

  it('shows what each choice at a step would have changed, the others kept', () => {
    const rows = whatIf(s, [{ step: 'fix', choice: 'none' }], 'fix');
    expect(rows.map((r) => [r.choice.id, r.customers, r.gained])).toEqual([
      ['double', 20, 10],
      ['wild', 0.25, -9.75],
      ['none', 10, 0],
    ]);
    expect(whatIf(s, [], 'missing')).toEqual([]);
  });

  it('picks the first ending whose rule holds, and the last one otherwise', () => {
    expect(endingFor(s, playMetrics(s, [{ step: 'fix', choice: 'double' }])).id).toBe('good');
    expect(endingFor(s, playMetrics(s, [{ step: 'fix', choice: 'none' }])).id).toBe('other');
    expect(endingFor(s, { mistakes: 0 }).id).toBe('other'); // a rule naming a number the play lacks fails
  });
});

describe('scenario results in progress', () => {
  it('loads progress saved before scenarios existed, unchanged and without an upgrade', () => {
    const before = JSON.stringify({ v: 2, data: { ...emptyProgress(), chapters: { 'what-sales-does': {} } } });
    const r = decodeVersioned(progressCodec, before);
    expect(r).toEqual({ status: 'ok', value: { ...emptyProgress(), chapters: { 'what-sales-does': {} } } });
  });

  it('records best and last score, the last ending, and whether any ending was good; saves and reloads it', () => {
    let p = recordScenario(emptyProgress(), 'pipeline-review', { correct: 6, total: 6 }, 'good', '2026-12-01');
    p = recordScenario(p, 'pipeline-review', { correct: 2, total: 7 }, 'poor', '2026-12-02');
    expect(p.scenarios!['pipeline-review']).toEqual({
      best: { correct: 6, total: 6 },
      last: { correct: 2, total: 7 },
      attempts: 2,
      lastOn: '2026-12-02',
      ending: 'poor',
      good: true,
    });
    expect(isEmptyProgress(p)).toBe(false);
    expect(decodeVersioned(progressCodec, encodeVersioned(progressCodec, p))).toEqual({ status: 'ok', value: p });
    const bad = JSON.parse(encodeVersioned(progressCodec, p));
    bad.data.scenarios['pipeline-review'].ending = 'great';
    expect(decodeVersioned(progressCodec, JSON.stringify(bad)).status).toBe('unreadable');
  });

  it('merges scenario results from two devices, keeping a good ending from either', () => {
    const here = recordScenario(emptyProgress(), 'a', { correct: 1, total: 6 }, 'poor', '2026-12-03');
    const file = recordScenario(emptyProgress(), 'a', { correct: 6, total: 6 }, 'good', '2026-12-01');
    const merged = mergeProgress(here, file).scenarios!.a!;
    expect([merged.best, merged.last, merged.ending, merged.good, merged.attempts]).toEqual([
      { correct: 6, total: 6 },
      { correct: 1, total: 6 },
      'poor',
      true,
      2,
    ]);
    expect(mergeProgress(emptyProgress(), emptyProgress()).scenarios).toBeUndefined();
  });
});
