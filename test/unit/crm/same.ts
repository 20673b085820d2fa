/*
 * Compares a summary worked out row by row with the one worked out from every row kept: equal
 * everywhere, except medians and 90th percentiles, which come from sketches and may differ by up
 * to 1 % (or 1e-9, the sketch's smallest value, shown as 0), and sums of money, which are added in
 * another order and may differ in the last digits (GRR and NRR a little more).
 */
import { expect } from 'vitest';
import { RELATIVE_ERROR } from '../../../src/lib/crm/sketch';

const QUANTILES = new Set(['median', 'p90', 'medianWon']);
const SUMS = new Set(['wonValue', 'mrrNow']);
/** GRR and NRR: their base can be a difference of two sums of money (see customers.ts), so a little more. */
const RATIOS = new Set(['grr', 'nrr']);

/** Where the two differ beyond what is allowed, as "path: got vs expected" lines (none when the same). */
export function differences(got: unknown, want: unknown, path = ''): string[] {
  const key = path.slice(path.lastIndexOf('.') + 1);
  if (typeof got === 'number' && typeof want === 'number') {
    const gap = Math.abs(got - want);
    const allowed = QUANTILES.has(key)
      ? Math.max(Math.abs(want) * (RELATIVE_ERROR + 1e-12), 1e-9)
      : SUMS.has(key)
        ? Math.abs(want) * 1e-12
        : RATIOS.has(key)
          ? Math.abs(want) * 1e-6
          : 0;
    return Object.is(got, want) || gap <= allowed ? [] : [`${path}: ${got} vs ${want}`];
  }
  if (got && want && typeof got === 'object' && typeof want === 'object') {
    const keys = new Set([...Object.keys(got), ...Object.keys(want)]);
    return [...keys].flatMap((k) =>
      differences((got as Record<string, unknown>)[k], (want as Record<string, unknown>)[k], `${path}.${k}`),
    );
  }
  return Object.is(got, want) ? [] : [`${path}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`];
}

/** A median or 90th percentile from a sketch: within 1 % of the exact `want`. */
export function expectNear(got: number | null | undefined, want: number): void {
  expect(got).toBeTypeOf('number');
  expect(Math.abs(got! - want)).toBeLessThanOrEqual(want * (RELATIVE_ERROR + 1e-12));
}
