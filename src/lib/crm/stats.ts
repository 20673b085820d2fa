/** Small statistics over plain number lists, shared by every summary. */

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

/** part / whole as a share 0–1, or null when the whole is 0 (never NaN). */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/** A growable list of numbers kept in a typed array, so 200,000 rows cost little memory. */
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

/** A growable list of label numbers (see Labels) in 4 bytes each. */
export class IdList {
  private data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}
