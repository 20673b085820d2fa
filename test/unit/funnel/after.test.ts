import { describe, it, expect } from 'vitest';
import { afterSale, defaultAfter, PAYBACK_MAX } from '../../../src/lib/funnel/after';

describe('after the sale', () => {
  it('starts off, with 2 % churn, 1 % expansion and the deal value spread over 12 months', () => {
    expect(defaultAfter(12000)).toEqual({ on: false, churn: 2, expansion: 1, monthly: 1000 });
    expect(defaultAfter(0.05)).toMatchObject({ monthly: 0.01 });
    // An upgraded save or link with a broken deal value still gets valid settings.
    for (const bad of [NaN, -5, 0, Infinity]) expect(defaultAfter(bad)).toMatchObject({ monthly: 1 });
  });

  it('turns 10 customers a month into customers kept and recurring revenue (worked by hand)', () => {
    // Churn 2 %, expansion 1 %, $1,000 a month each, 10 new customers every month.
    const a = afterSale({ on: true, churn: 2, expansion: 1, monthly: 1000 }, new Array(12).fill(10), 6000);
    // Kept: m1 = 10; m2 = 10 × 0.98 + 10 = 19.8; m3 = 19.8 × 0.98 + 10 = 29.404.
    expect(a.months[0]).toMatchObject({ kept: 10, recurring: 10_000 });
    expect(a.months[1]!.kept).toBeCloseTo(19.8, 10);
    expect(a.months[2]!.kept).toBeCloseTo(29.404, 10);
    // Revenue keeps 99 % (1 − 2 % + 1 %): m2 = 10,000 × 0.99 + 10,000 = 19,900.
    expect(a.months[1]!.recurring).toBeCloseTo(19_900, 6);
    // After 12 months: 10 × (1 − 0.98^12) ÷ 0.02 = 107.64 customers kept.
    expect(a.keptAtEnd).toBeCloseTo((10 * (1 - 0.98 ** 12)) / 0.02, 9);
    expect(a.keptAtEnd).toBeCloseTo(107.64, 2);
    // Sum over 12 months of 10,000 × (1 − 0.99^m) ÷ 0.01 = 752,102.
    const byHand = Array.from({ length: 12 }, (_, i) => (10_000 * (1 - 0.99 ** (i + 1))) / 0.01).reduce(
      (s, x) => s + x,
    );
    expect(a.total).toBeCloseTo(byHand, 4);
    expect(Math.round(a.total)).toBe(752_102);
    // Lifetime value: 1,000 ÷ (2 % − 1 %) = 100,000.
    expect(a.ltv).toBeCloseTo(100_000, 6);
    // Payback of $6,000: 1,000 + 990 + 980.1 + 970.3 + 960.6 + 951 = 5,852 after 6 months; 6,793 after 7.
    expect(a.payback).toBe(7);
  });

  it('has no lifetime limit when expansion makes up for churn, and says when payback is out of reach', () => {
    const a = afterSale({ on: true, churn: 1, expansion: 1, monthly: 10 }, [1], 100);
    expect(a.ltv).toBeNull();
    expect(a.payback).toBe(10);
    const never = afterSale({ on: true, churn: 50, expansion: 0, monthly: 10 }, [1], 1_000_000);
    expect(never).toMatchObject({ payback: null, paybackBeyond: true });
    expect(PAYBACK_MAX).toBe(120);
    expect(afterSale({ on: true, churn: 2, expansion: 1, monthly: 10 }, [1], null)).toMatchObject({
      payback: null,
      paybackBeyond: false,
    });
  });
});
