import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { goal } from '../../../src/lib/funnel/model';
import { teamPlan, type TeamPlan } from '../../../src/lib/funnel/team';
import type { TeamInputs } from '../../../src/schemas/funnel-team';
import type { Funnel } from '../../../src/schemas/funnel';
import { funnelWith } from '../../fixtures/funnel';

/** Values as the schemas allow them: two decimals, whole months. */
const cents = (min: number, max: number) =>
  fc.integer({ min: Math.round(min * 100), max: Math.round(max * 100) }).map((n) => n / 100);
const rate = cents(0.01, 100);
const funnelArb = fc
  .record({
    rates: fc.array(rate, { minLength: 5, maxLength: 5 }),
    days: fc.array(fc.option(fc.integer({ min: 0, max: 730 }), { nil: null }), { minLength: 5, maxLength: 5 }),
    target: cents(0.01, 1_000_000_000_000),
    dealValue: cents(0.01, 1_000_000_000),
  })
  .map(({ rates, days, target, dealValue }): Funnel => {
    const f = funnelWith({ rates, target, dealValue, mode: 'goal' });
    return { ...f, stages: f.stages.map((s, i) => ({ ...s, days: i < 5 ? days[i]! : null })) };
  });
const teamArb: fc.Arbitrary<TeamInputs> = fc.record({
  quota: cents(0.01, 1_000_000_000),
  ramp: fc.integer({ min: 0, max: 24 }),
  attainment: cents(1, 200),
  meetings: cents(0.1, 10_000),
});
const plan = (f: Funnel, t: TeamInputs) => teamPlan(f, goal(f), t);

/** Every number anywhere in a value (JSON would print NaN and Infinity as null and hide them). */
const numbersIn = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : typeof v === 'object' && v !== null ? Object.values(v).flatMap(numbersIn) : [];

/** Every count `b` shows is at most the one `a` shows; when `b` is too large to print, so is `a`. */
function noMoreThan(a: TeamPlan, b: TeamPlan, who: 'AEs' | 'SDRs' | 'both') {
  if (!b.ok) expect(a.ok).toBe(false);
  if (!a.ok || !b.ok) return;
  if (who !== 'SDRs') {
    expect(b.aesRamped).toBeLessThanOrEqual(a.aesRamped);
    expect(b.aesHire).toBeLessThanOrEqual(a.aesHire);
    b.months.forEach((m, i) => expect(m.aes).toBeLessThanOrEqual(a.months[i]!.aes));
  }
  if (who !== 'AEs') {
    expect(b.sdrsRamped ?? 0).toBeLessThanOrEqual(a.sdrsRamped ?? 0);
    expect(b.sdrsHire ?? 0).toBeLessThanOrEqual(a.sdrsHire ?? 0);
    b.months.forEach((m, i) => expect(m.sdrs ?? 0).toBeLessThanOrEqual(a.months[i]!.sdrs ?? 0));
  }
}

describe('the team a goal needs moves the right way', () => {
  it('a higher win rate never needs more AEs or SDRs', () => {
    fc.assert(
      fc.property(funnelArb, teamArb, rate, (f, t, higher) => {
        const win = f.stages[4]!.rate;
        const better = { ...f, stages: f.stages.map((s, i) => (i === 4 ? { ...s, rate: Math.max(win, higher) } : s)) };
        noMoreThan(plan(f, t), plan(better, t), 'both');
      }),
    );
  });

  it('a higher quota never needs more AEs, and a higher attainment neither', () => {
    fc.assert(
      fc.property(funnelArb, teamArb, cents(0.01, 1_000_000_000), cents(1, 200), (f, t, quota, attainment) => {
        noMoreThan(plan(f, t), plan(f, { ...t, quota: Math.max(t.quota, quota) }), 'AEs');
        noMoreThan(plan(f, t), plan(f, { ...t, attainment: Math.max(t.attainment, attainment) }), 'AEs');
      }),
    );
  });

  it('a longer ramp never needs fewer AEs or SDRs', () => {
    fc.assert(
      fc.property(funnelArb, teamArb, fc.integer({ min: 0, max: 24 }), (f, t, ramp) => {
        noMoreThan(plan(f, { ...t, ramp: Math.max(t.ramp, ramp) }), plan(f, t), 'both');
      }),
    );
  });

  it('more meetings per SDR never needs more SDRs', () => {
    fc.assert(
      fc.property(funnelArb, teamArb, cents(0.1, 10_000), (f, t, meetings) => {
        noMoreThan(plan(f, t), plan(f, { ...t, meetings: Math.max(t.meetings, meetings) }), 'SDRs');
      }),
    );
  });

  it('never shows NaN or Infinity, and the hire is never below the ramped team', () => {
    fc.assert(
      fc.property(funnelArb, teamArb, (f, t) => {
        const p = plan(f, t);
        if (!p.ok) return;
        for (const n of numbersIn(p)) expect(Number.isFinite(n)).toBe(true);
        expect(p.aesHire).toBeGreaterThanOrEqual(p.aesRamped);
        expect(p.sdrsHire ?? 0).toBeGreaterThanOrEqual(p.sdrsRamped ?? 0);
      }),
    );
  });
});
