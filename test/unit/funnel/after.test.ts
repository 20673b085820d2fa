import { describe, it, expect } from 'vitest';
import { afterSale, defaultAfter, DEFAULT_GROSS_MARGIN, PAYBACK_MAX } from '../../../src/lib/funnel/after';
import { afterSchema } from '../../../src/schemas/funnel';

describe('after the sale', () => {
  it('starts off, with 2 % churn, 1 % expansion, the deal value spread over 12 months and a 75 % margin', () => {
    expect(defaultAfter(12000)).toEqual({ on: false, churn: 2, expansion: 1, monthly: 1000, grossMargin: 75 });
    expect(DEFAULT_GROSS_MARGIN).toBe(75);
    expect(defaultAfter(0.05)).toMatchObject({ monthly: 0.01 });
    // An upgraded save or link with a broken deal value still gets valid settings.
    for (const bad of [NaN, -5, 0, Infinity]) expect(defaultAfter(bad)).toMatchObject({ monthly: 1 });
  });

  it('turns 10 customers a month into customers kept and recurring revenue (worked by hand)', () => {
    // Churn 2 %, expansion 1 %, $1,000 a month each at a 75 % gross margin, 10 new customers every month.
    const a = afterSale(
      { on: true, churn: 2, expansion: 1, monthly: 1000, grossMargin: 75 },
      new Array(12).fill(10),
      6000,
    );
    // Kept: m1 = 10; m2 = 10 × 0.98 + 10 = 19.8; m3 = 19.8 × 0.98 + 10 = 29.404.
    expect(a.months[0]).toMatchObject({ kept: 10, recurring: 10_000 });
    expect(a.months[1]!.kept).toBeCloseTo(19.8, 10);
    expect(a.months[2]!.kept).toBeCloseTo(29.404, 10);
    // Revenue keeps 98.98 %: 98 % of customers stay and each pays 1 % more. m2 = 10,000 × 0.9898 + 10,000 = 19,898.
    // The margin does not touch revenue.
    expect(a.months[1]!.recurring).toBeCloseTo(19_898, 6);
    // After 12 months: 10 × (1 − 0.98^12) ÷ 0.02 = 107.64 customers kept.
    expect(a.keptAtEnd).toBeCloseTo((10 * (1 - 0.98 ** 12)) / 0.02, 9);
    expect(a.keptAtEnd).toBeCloseTo(107.64, 2);
    // Sum over 12 months of 10,000 × (1 − 0.9898^m) ÷ 0.0102 = 751,863.
    const byHand = Array.from({ length: 12 }, (_, i) => (10_000 * (1 - 0.9898 ** (i + 1))) / 0.0102).reduce(
      (s, x) => s + x,
    );
    expect(a.total).toBeCloseTo(byHand, 4);
    expect(Math.round(a.total)).toBe(Math.round(byHand));
  });

  it('works out lifetime value and payback on gross margin, not revenue (worked by hand)', () => {
    const settings = { on: true, churn: 2, expansion: 1, monthly: 1000, grossMargin: 75 };
    const a = afterSale(settings, [10], 6000);
    // Gross profit a month: 1,000 × 75 % = 750, of which 98 % × 101 % = 98.98 % is still coming in a month later.
    // Lifetime value: 750 ÷ (1 − 0.9898) = 73,529.41.
    expect(a.monthlyProfit).toBe(750);
    expect(a.ltv).toBeCloseTo(73_529.41, 2);
    // Payback of $6,000 from 750, 742.35, 734.78, 727.29, 719.87, 712.52, 705.26, 698.06 (5,790.13 after 8
    // months) and 690.94: 6,481.07 after 9.
    expect(a.payback).toBe(9);
    // On revenue (a 100 % margin) it would be 98,039.22 and 7 months: 1,000 + 989.80 + … = 5,848 after 6.
    const onRevenue = afterSale({ ...settings, grossMargin: 100 }, [10], 6000);
    expect(onRevenue.ltv).toBeCloseTo(98_039.22, 2);
    expect(onRevenue.payback).toBe(7);
    // 40 % of 1,000 = 400 ÷ 0.0102 = 39,215.69.
    expect(afterSale({ ...settings, grossMargin: 40 }, [10], 6000).ltv).toBeCloseTo(39_215.69, 2);
  });

  it('has no lifetime limit when expansion makes up for churn, and says when payback is out of reach', () => {
    // No churn, no expansion: 10 a month at 50 % is 5 of profit that never shrinks: 100 is paid back in 20 months.
    const a = afterSale({ on: true, churn: 0, expansion: 0, monthly: 10, grossMargin: 50 }, [1], 100);
    expect(a.ltv).toBeNull();
    expect(a.payback).toBe(20);
    // 99 % kept × 102 % each = 100.98 %: revenue per cohort grows, so no limit.
    expect(afterSale({ on: true, churn: 1, expansion: 2, monthly: 10, grossMargin: 50 }, [1], 100).ltv).toBeNull();
    // 1 % churn and 1 % expansion: 99 % × 101 % = 99.99 %, so the value is large but has a limit: 5 ÷ 0.0001.
    expect(afterSale({ on: true, churn: 1, expansion: 1, monthly: 10, grossMargin: 50 }, [1], 100).ltv).toBeCloseTo(
      50_000,
      4,
    );
    const never = afterSale({ on: true, churn: 50, expansion: 0, monthly: 10, grossMargin: 75 }, [1], 1_000_000);
    expect(never).toMatchObject({ payback: null, paybackBeyond: true });
    expect(PAYBACK_MAX).toBe(120);
    expect(afterSale({ on: true, churn: 2, expansion: 1, monthly: 10, grossMargin: 75 }, [1], null)).toMatchObject({
      payback: null,
      paybackBeyond: false,
    });
  });

  it('gives a customer with no gross margin a lifetime value of 0 and no payback, never a limitless value', () => {
    const zero = afterSale({ on: true, churn: 1, expansion: 1, monthly: 10, grossMargin: 0 }, [1], 100);
    expect(zero).toMatchObject({ monthlyProfit: 0, ltv: 0, payback: null, paybackBeyond: true });
  });

  it('refuses a gross margin outside 0–100 % or with more than two decimals, with a message', () => {
    const base = defaultAfter(12000);
    const message = (grossMargin: number) => afterSchema.safeParse({ ...base, grossMargin }).error?.issues[0]?.message;
    expect(message(-1)).toBe('The gross margin cannot be below 0 %.');
    expect(message(101)).toBe('The gross margin cannot be above 100 %.');
    expect(message(75.125)).toBe('Use at most two decimal places.');
    expect(afterSchema.safeParse({ ...base, grossMargin: 62.5 }).success).toBe(true);
  });
});
