import { describe, it, expect } from 'vitest';
import { forward, goal } from '../../../src/lib/funnel/model';
import { goalAsForward, goalFix } from '../../../src/lib/funnel/plan';
import { ceilToShownPct, formatPct } from '../../../src/lib/funnel/format';
import { project } from '../../../src/lib/funnel/time';
import { workedFunnel as f } from '../../fixtures/funnel';

const g = { ...f, mode: 'goal' as const };
const needs = goal(g);
if (!needs.ok) throw new Error('the worked goal is reachable');

describe('goal mode plans from the goal', () => {
  it('turns the goal’s needs into the counts the projection and SLA use', () => {
    const plan = goalAsForward(g, needs);
    expect(plan.stages.map((s) => s.count)).toEqual([3350, 335, 134, 67, 20, 5]);
    expect(plan).toMatchObject({ customers: 5, revenue: 50_000, costPerCustomer: 1200 });
    const p = project(g, 12, plan);
    expect(p.rows[0]!.entering).toBe(3350);
    expect(p.rows.at(-1)!.customers).toBe(5);
  });

  it('names the single rate change that closes the gap with the smallest change', () => {
    // Today 1.5 customers, the goal needs 5: any one rate must rise × 10/3.
    const fix = goalFix(g, forward(g), needs);
    expect(fix.met).toBe(false);
    expect(fix.levers[0]).toMatchObject({ name: 'Visitor', from: 10, to: 33.4 });
    expect(fix.levers.map((l) => l.name)).toEqual(['Visitor', 'Opportunity', 'SQL']);
    expect(fix.volumeGap).toBe(2350);
  });

  it('marks a change above the preset’s high end and puts every change within the benchmark first', () => {
    const visitor = g.stages[0]!.id;
    const fix = goalFix(g, forward(g), needs, new Map([[visitor, 20]]));
    // Visitor → Lead must reach 33.4 %, above its high end of 20 %: no longer the first advice, and marked.
    expect(fix.levers.map((l) => [l.name, l.beyondHigh])).toEqual([
      ['Opportunity', null],
      ['SQL', null],
      ['Visitor', 20],
    ]);
    expect(goalFix(g, forward(g), needs).levers.every((l) => l.beyondHigh === null)).toBe(true);
  });

  it('advises a rate that, typed back in as shown, meets the goal (never one that falls just short)', () => {
    // The reader's case: 10 % must rise to 12.34 %; "12.3 %" would miss, so the advice says 12.4 %.
    const one = { ...g, stages: g.stages.map((s, i) => (i === 0 ? { ...s, rate: 10 } : s)) };
    const n = goal(one);
    if (!n.ok) throw new Error('reachable');
    const today = forward(one);
    for (const lever of goalFix(one, today, n).levers) {
      const typed = { ...one, stages: one.stages.map((s) => (s.id === lever.id ? { ...s, rate: lever.to } : s)) };
      expect(forward(typed).customers, lever.name).toBeGreaterThanOrEqual(n.customers - 1e-9);
      expect(formatPct(lever.to).replace(/\s/g, ' ')).toBe(formatPct(lever.to).replace(/\s/g, ' '));
      expect(lever.to).toBeGreaterThan(lever.from);
    }
  });

  it('rounds up to the precision a rate is shown with', () => {
    expect(ceilToShownPct(12.34)).toBe(12.4);
    expect(ceilToShownPct(12.3)).toBe(12.3);
    expect(ceilToShownPct(2.341)).toBe(2.35);
    expect(ceilToShownPct(0.1234)).toBe(0.13);
    expect(ceilToShownPct(9.996)).toBe(10);
  });

  it('says when today already meets the goal', () => {
    const easy = { ...g, target: 10_000 };
    const n = goal(easy);
    if (!n.ok) throw new Error('reachable');
    expect(goalFix(easy, forward(easy), n)).toMatchObject({ met: true, levers: [], volumeGap: 0 });
  });
});
