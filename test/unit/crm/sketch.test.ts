import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { RELATIVE_ERROR, Sketch } from '../../../src/lib/crm/sketch';
import { quantileSorted, spread } from './exact';

const sketchOf = (xs: readonly number[]) => {
  const s = new Sketch();
  for (const x of xs) s.add(x);
  return s;
};

describe('the exact reference quantile', () => {
  test('hand-worked: median and 90th percentile of 1…10', () => {
    expect(spread([10, 9, 8, 7, 6, 5, 4, 3, 2, 1])).toEqual({ n: 10, median: 5.5, p90: 9.1 });
    expect(spread([])).toEqual({ n: 0, median: null, p90: null });
  });
});

describe('the quantile sketch', () => {
  test('empty: a count of 0 and null quantiles, never NaN', () => {
    expect(new Sketch().spread()).toEqual({ n: 0, median: null, p90: null });
    expect(sketchOf([NaN, Infinity, -Infinity]).spread()).toEqual({ n: 0, median: null, p90: null });
  });

  test('hand-worked: 1 is the top of bucket 0, (1/γ, 1], which stands for 2/(γ + 1) = 0.99', () => {
    expect(sketchOf([1]).spread()).toEqual({ n: 1, median: expect.closeTo(0.99, 12), p90: expect.closeTo(0.99, 12) });
  });

  test('hand-worked: 2 falls in bucket ceil(ln 2 / ln γ) = 35, shown as 2γ³⁵/(γ + 1) ≈ 1.99366', () => {
    expect(sketchOf([2]).quantile(0.5)).toBeCloseTo(1.99366, 5);
  });

  test('hand-worked: zeros have their own bucket, and the median of 0 and 2 is halfway', () => {
    expect(sketchOf([0, 0, 0]).spread()).toEqual({ n: 3, median: 0, p90: 0 });
    expect(sketchOf([0, 2]).quantile(0.5)).toBeCloseTo(1.99366 / 2, 5);
  });

  test('hand-worked: 1…10 gives 5.5 and 9.1 within 1 %', () => {
    const s = sketchOf([10, 9, 8, 7, 6, 5, 4, 3, 2, 1]).spread();
    expect(s.n).toBe(10);
    expect(Math.abs(s.median! - 5.5) / 5.5).toBeLessThanOrEqual(RELATIVE_ERROR);
    expect(Math.abs(s.p90! - 9.1) / 9.1).toBeLessThanOrEqual(RELATIVE_ERROR);
  });

  test('merging two sketches gives what adding every value to one gives', () => {
    const a = sketchOf([0, 3, 40, 40.5]);
    a.merge(sketchOf([7, 0.25, 1e6]));
    expect(a.spread()).toEqual(sketchOf([0, 3, 40, 40.5, 7, 0.25, 1e6]).spread());
  });

  test('any values and quantile: within 1 % of the exact quantile of every value kept', () => {
    const value = fc.oneof(
      { weight: 1, arbitrary: fc.constant(0) },
      { weight: 6, arbitrary: fc.double({ min: 1e-6, max: 1e9, noNaN: true }) },
      { weight: 3, arbitrary: fc.integer({ min: 0, max: 2000 }) },
    );
    // Quantiles in steps of 0.001 (a q like 1e-320 would interpolate into numbers too small to hold 1 %).
    const quantile = fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000);
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 400 }), quantile, (xs, q) => {
        const exact = quantileSorted(Float64Array.from(xs).sort(), q)!;
        const got = sketchOf(xs).quantile(q)!;
        // The 1e-12 allows for rounding in the logarithm at a bucket's edge, where the error is exactly 1 %.
        expect(Math.abs(got - exact)).toBeLessThanOrEqual(exact * (RELATIVE_ERROR + 1e-12));
      }),
      { numRuns: 500 },
    );
  });
});
