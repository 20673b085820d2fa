/*
 * Medians and 90th percentiles in bounded memory: a log-bucketed histogram, the idea of DDSketch
 * (Masson, Rim and Lee, VLDB 2019). A value x > 0 is counted in bucket i = ceil(log(x) / log(γ)),
 * which holds (γ^(i-1), γ^i], with γ = (1 + a) / (1 - a). Every value in a bucket lies within a
 * relative error a of 2γ^i / (γ + 1), the value the bucket stands for. With a = 1 % a bucket
 * spans 2 %, so a second to a year of hours needs about 850 buckets, however many rows are read;
 * keeping every value to sort it instead grew the worker's memory with the file.
 */

/** The relative error of every quantile: 1 %. */
export const RELATIVE_ERROR = 0.01;
const GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
const LOG_GAMMA = Math.log(GAMMA);
/**
 * Values below this share one bucket shown as 0 (a log bucket cannot hold 0). The summaries add
 * durations in hours or days and amounts of money, never negative and never this small unless
 * they are 0 (a millisecond is 3e-7 hours). A negative value, which they never add, lands here too.
 */
const MIN_VALUE = 1e-9;

export class Sketch {
  /** Values counted, the zero bucket's included. */
  count = 0;
  private zeros = 0;
  private buckets = new Map<number, number>();

  /** Counts one value; NaN and ±Infinity are not values and are left out. */
  add(x: number): void {
    if (!Number.isFinite(x)) return;
    this.count++;
    if (x < MIN_VALUE) {
      this.zeros++;
      return;
    }
    const i = Math.ceil(Math.log(x) / LOG_GAMMA);
    this.buckets.set(i, (this.buckets.get(i) ?? 0) + 1);
  }

  /** Adds another sketch's counts, as if its values had been added here (for "All" and "Other" groups). */
  merge(other: Sketch): void {
    this.count += other.count;
    this.zeros += other.zeros;
    for (const [i, c] of other.buckets) this.buckets.set(i, (this.buckets.get(i) ?? 0) + c);
  }

  /**
   * The q-quantile (0–1), interpolated between the values at the two ranks around (n - 1)·q as
   * the exact quantile of a sorted list is; null when nothing was counted (never NaN). Both
   * values are within 1 % of the true ones and the weights are positive, so the result is too.
   */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    const order = [...this.buckets.keys()].sort((a, b) => a - b);
    const pos = (this.count - 1) * q;
    const lo = this.valueAt(order, Math.floor(pos));
    const hi = this.valueAt(order, Math.ceil(pos));
    return lo + (hi - lo) * (pos - Math.floor(pos));
  }

  /** Median and 90th percentile with the count, the shape every summary shows. */
  spread(): { n: number; median: number | null; p90: number | null } {
    return { n: this.count, median: this.quantile(0.5), p90: this.quantile(0.9) };
  }

  /** The value standing for the rank-th smallest value (from 0), walking the buckets in order. */
  private valueAt(order: readonly number[], rank: number): number {
    let seen = this.zeros;
    if (rank < seen) return 0;
    for (const i of order) {
      seen += this.buckets.get(i)!;
      if (rank < seen) return (2 * Math.exp(i * LOG_GAMMA)) / (GAMMA + 1);
    }
    // Not reached: rank < count, and the buckets hold every value counted.
    return 0;
  }
}
