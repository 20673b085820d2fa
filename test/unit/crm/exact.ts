/*
 * Exact quantiles over every value kept, as the CRM summaries worked them out before they
 * streamed into sketches (src/lib/crm/sketch.ts). Kept only as the reference the sketches and
 * the incremental summaries are checked against; the page never loads it.
 */

/** The q-quantile (0–1) of numbers sorted ascending, interpolated between neighbours; null for none. */
export function quantileSorted(sorted: ArrayLike<number>, q: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const pos = (n - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median and 90th percentile of a list (it is copied, not changed). */
export function spread(values: ArrayLike<number>): { n: number; median: number | null; p90: number | null } {
  const sorted = Float64Array.from(values).sort();
  return { n: sorted.length, median: quantileSorted(sorted, 0.5), p90: quantileSorted(sorted, 0.9) };
}

/** A growable list of numbers kept in a typed array. */
export class NumberList {
  private data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}
