import { describe, it, expect } from 'vitest';
import { forward, goal, ceilDiv, GOAL_CEILING } from '../../../src/lib/funnel/model';
import { funnelWith, workedFunnel as f } from '../../fixtures/funnel';

const withRates = (rates: number[]) => funnelWith({ rates });

describe('forward: from monthly volume to customers and revenue', () => {
  const r = forward(f);

  it('multiplies the volume by every rate above each stage', () => {
    expect(r.stages.map((s) => s.count)).toEqual([1000, 100, 40, 20, 6, 1.5]);
  });

  it('gives % of the previous stage (its rate) and % of the first stage', () => {
    expect(r.stages.map((s) => s.pctOfPrevious)).toEqual([null, 10, 40, 50, 30, 25]);
    expect(r.stages.map((s) => Number(s.pctOfFirst.toFixed(6)))).toEqual([100, 10, 4, 2, 0.6, 0.15]);
  });

  it('counts customers, revenue, overall conversion and cost per customer', () => {
    expect(r.customers).toBe(1.5);
    expect(r.revenue).toBe(15000);
    expect(r.overall).toBeCloseTo(0.15, 10);
    expect(r.costPerCustomer).toBe(4000);
  });

  it('has no cost per customer without a budget or without customers', () => {
    expect(forward({ ...f, budget: null }).costPerCustomer).toBeNull();
    const none = forward(withRates([10, 0]));
    expect(none.customers).toBe(0);
    expect(none.costPerCustomer).toBeNull();
    expect(none.stages.map((s) => s.pctOfPrevious)).toEqual([null, 10, 0, 50, 30, 25]);
  });

  it('ignores the last stage rate: the last stage holds the customers', () => {
    expect(forward(withRates([10, 40, 50, 30, 25, 0])).customers).toBe(1.5);
  });
});

describe('goal: from a revenue target back to the people each stage needs', () => {
  it('needs ⌈50,000 ÷ 10,000⌉ = 5 customers, then ⌈need ÷ rate⌉ upward', () => {
    const g = goal({ ...f, mode: 'goal' });
    expect(g).toMatchObject({ ok: true, customers: 5 });
    if (!g.ok) throw new Error('unreachable');
    // 5 ÷ 25 % = 20 opportunities; 20 ÷ 30 % = 66.7 → 67 SQLs; 67 ÷ 50 % = 134 MQLs; 134 ÷ 40 % = 335 leads; 335 ÷ 10 % = 3,350 visitors
    expect(g.needs.map((n) => n.need)).toEqual([3350, 335, 134, 67, 20, 5]);
    expect(g.gap).toBe(2350);
  });

  it('rounds customers up: $45,000 at $10,000 a deal needs 5, $40,000.01 needs 5, $40,000 needs 4', () => {
    expect(goal({ ...f, target: 45000 })).toMatchObject({ customers: 5 });
    expect(goal({ ...f, target: 40000.01 })).toMatchObject({ customers: 5 });
    expect(goal({ ...f, target: 40000 })).toMatchObject({ customers: 4 });
  });

  it('stays exact where floating point would round up by mistake', () => {
    // 7 ÷ 0.07 is 100.00000000000001 in floating point; the goal must still say 100.
    const g = goal({ ...withRates([7, 100, 100, 100, 100]), target: 70000 });
    expect(g.ok && g.needs[0]!.need).toBe(100);
    // $0.30 target at $0.10 a deal is 3 customers, not 4.
    expect(goal({ ...f, target: 0.3, dealValue: 0.1 })).toMatchObject({ customers: 3 });
  });

  it('names every 0 % stage and the stage nobody reaches, instead of a number', () => {
    expect(goal(withRates([10, 40, 0, 30, 0]))).toEqual({
      ok: false,
      kind: 'zero-rate',
      stages: [
        { name: 'MQL', next: 'SQL' },
        { name: 'Opportunity', next: 'Customer' },
      ],
    });
  });

  it('reports an unrealistic need instead of printing a huge number', () => {
    // 5 customers ÷ 0.01 % = 50,000 opportunities → 500 million SQLs → 5 trillion MQLs: past the ceiling at MQL.
    const tiny = { ...withRates([0.01, 0.01, 0.01, 0.01, 0.01]), mode: 'goal' as const };
    expect(goal(tiny)).toEqual({ ok: false, kind: 'too-large', stage: 'MQL' });
    expect(goal({ ...f, target: 1e12, dealValue: 0.01 })).toEqual({ ok: false, kind: 'too-large', stage: 'Customer' });
    expect(GOAL_CEILING).toBe(1e11);
  });
});

describe('ceilDiv', () => {
  it('rounds up exactly for whole numbers', () => {
    expect(ceilDiv(10, 5)).toBe(2);
    expect(ceilDiv(11, 5)).toBe(3);
    expect(ceilDiv(0, 7)).toBe(0);
    expect(ceilDiv(70000, 700)).toBe(100);
  });
});
