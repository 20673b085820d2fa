/** A source of numbers in [0, 1), like Math.random; tests pass a seeded one. */
export type Random = () => number;

/** A random order of 0…n−1 (Fisher–Yates). */
export function permutation(n: number, random: Random = Math.random): number[] {
  const out = Array.from({ length: Math.max(0, Math.floor(n)) }, (_, i) => i);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A new order for a list that was just shown in `previous`: random, but never the same order
 * again when another exists, so "Try again" always looks different.
 */
export function reshuffle(previous: readonly number[], random: Random = Math.random): number[] {
  const n = previous.length;
  if (n < 2) return [...previous.keys()];
  for (let tries = 0; tries < 8; tries++) {
    const next = permutation(n, random);
    if (!same(next, previous)) return next;
  }
  // Unlucky (or a stuck random source): rotate by one, which always differs.
  return previous.map((_, i) => previous[(i + 1) % n]!);
}
