import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { afterSale, monthlyRetention } from '../../../src/lib/funnel/after';

/** A monthly rate as the schema allows it: 0–100 with at most two decimals. */
const rate = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100);
const settings = fc.record({
  on: fc.constant(true),
  churn: rate,
  expansion: rate,
  monthly: fc.integer({ min: 1, max: 10_000_000 }).map((n) => n / 100),
  grossMargin: rate,
});
const won = fc.array(fc.double({ min: 0, max: 100_000, noNaN: true }), { minLength: 1, maxLength: 12 });

describe('after the sale: customers, revenue and lifetime value agree (issue 28, M4)', () => {
  it('reported case: 100 % churn and 100 % expansion keep one month of customers and their revenue only', () => {
    const a = afterSale({ on: true, churn: 100, expansion: 100, monthly: 100, grossMargin: 75 }, [3.6, 3.6, 3.6], 500);
    // Everyone leaves after their first month, so only the month's new customers pay, at the price they started on.
    for (const m of a.months) expect(m).toMatchObject({ kept: 3.6, recurring: 360 });
    expect(a.ltv).toBe(75);
    expect(a.payback).toBeNull();
    expect(a.paybackBeyond).toBe(true);
  });

  it('revenue never exceeds the customers kept paying at most what expansion allows, and never falls below their start price', () => {
    fc.assert(
      fc.property(settings, won, (a, w) => {
        const r = afterSale(a, w, null);
        r.months.forEach((m, i) => {
          const most = m.kept * a.monthly * (1 + a.expansion / 100) ** i;
          const least = m.kept * a.monthly;
          const slack = 1e-9 * Math.max(1, most);
          expect(m.recurring).toBeLessThanOrEqual(most + slack);
          expect(m.recurring).toBeGreaterThanOrEqual(least - slack);
        });
      }),
    );
  });

  it('with no expansion, revenue is exactly the customers kept times what each pays', () => {
    fc.assert(
      fc.property(settings, won, (a, w) => {
        const r = afterSale({ ...a, expansion: 0 }, w, null);
        for (const m of r.months)
          expect(m.recurring).toBeCloseTo(m.kept * a.monthly, 6 - Math.ceil(Math.log10(1 + m.recurring)));
      }),
    );
  });

  it('100 % churn gives a finite lifetime value of one month of gross profit, whatever the expansion', () => {
    fc.assert(
      fc.property(settings, (a) => {
        const r = afterSale({ ...a, churn: 100 }, [1], null);
        expect(r.ltv).not.toBeNull();
        expect(Number.isFinite(r.ltv)).toBe(true);
        expect(r.ltv).toBeCloseTo(r.monthlyProfit, 9);
      }),
    );
  });

  it('lifetime value has a limit exactly when the kept customers’ revenue shrinks, and is never below one month', () => {
    fc.assert(
      fc.property(settings, (a) => {
        const r = afterSale(a, [1], null);
        if (r.monthlyProfit === 0) {
          expect(r.ltv).toBe(0);
          return;
        }
        const shrinks = monthlyRetention(a) < 1 - 1e-10;
        expect(r.ltv === null).toBe(!shrinks);
        if (r.ltv !== null) {
          expect(Number.isFinite(r.ltv)).toBe(true);
          expect(r.ltv).toBeGreaterThanOrEqual(r.monthlyProfit - 1e-9);
        }
      }),
    );
  });
});
