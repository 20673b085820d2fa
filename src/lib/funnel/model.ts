import type { Funnel, Owner } from '../../schemas/funnel';

/** One stage of a forward calculation. */
export interface StageResult {
  id: string;
  name: string;
  owner: Owner;
  /** Conversion to the next stage in percent (unused for the last stage). */
  rate: number;
  /** People in this stage each month. */
  count: number;
  /** Share of the previous stage that reached this one; null for the first stage. */
  pctOfPrevious: number | null;
  /** Share of the first stage that reached this one. */
  pctOfFirst: number;
}

export interface ForwardResult {
  stages: StageResult[];
  /** The last stage's count. */
  customers: number;
  /** Customers × deal value. */
  revenue: number;
  /** Percent of the first stage that became customers. */
  overall: number;
  /** Budget ÷ customers; null without a budget or without customers. */
  costPerCustomer: number | null;
}

/** Drops binary floating-point noise (1.5000000000000002 → 1.5) by keeping 12 significant digits. */
export const clean = (x: number) => (Number.isFinite(x) ? Number(x.toPrecision(12)) : x);

/**
 * Forward: each stage's count is the volume times the rates above it. Percentages come
 * from the rates, not from dividing counts, so a stage with 0 people never divides by 0.
 */
export function forward(f: Funnel): ForwardResult {
  let share = 1;
  const stages = f.stages.map((s, i): StageResult => {
    const prev = i > 0 ? f.stages[i - 1]! : null;
    if (prev) share *= prev.rate / 100;
    return {
      id: s.id,
      name: s.name,
      owner: s.owner,
      rate: s.rate,
      count: clean(f.volume * share),
      pctOfPrevious: prev ? prev.rate : null,
      pctOfFirst: clean(share * 100),
    };
  });
  const last = stages[stages.length - 1]!;
  const customers = last.count;
  const revenue = clean(customers * f.dealValue);
  const costPerCustomer = f.budget !== null && customers > 0 ? clean(f.budget / customers) : null;
  return { stages, customers, revenue, overall: last.pctOfFirst, costPerCustomer };
}

/**
 * ⌈a ÷ b⌉ for non-negative integers a and positive integers b, exact while a·b stays
 * below 2^53: the float quotient is corrected by integer checks, so 7 ÷ 0.07 can never
 * become 101.
 */
export function ceilDiv(a: number, b: number): number {
  let q = Math.ceil(a / b);
  if ((q - 1) * b >= a) q -= 1;
  if (q * b < a) q += 1;
  return q;
}

/** Needs above this (100 billion a month) are reported as unrealistic instead of printed; it also keeps ceilDiv exact. */
export const GOAL_CEILING = 1e11;

export type GoalResult =
  | {
      ok: true;
      /** ⌈target ÷ deal value⌉. */
      customers: number;
      /** Whole people each stage needs per month, top to bottom. */
      needs: { id: string; name: string; owner: Owner; need: number }[];
      /** What the first stage needs, minus the volume the reader has now. */
      gap: number;
    }
  | { ok: false; kind: 'zero-rate'; stages: { name: string; next: string }[] }
  | { ok: false; kind: 'too-large'; stage: string };

/**
 * Goal (reverse): customers needed = ⌈target ÷ deal value⌉ (worked in cents), then each stage
 * upward needs ⌈need below ÷ its rate⌉ (worked in basis points, so rates with two decimals
 * stay exact). A 0 % stage makes the goal unreachable; the stages to blame are named.
 */
export function goal(f: Funnel): GoalResult {
  const zero = f.stages
    .slice(0, -1)
    .flatMap((s, i) => (s.rate === 0 ? [{ name: s.name, next: f.stages[i + 1]!.name }] : []));
  if (zero.length) return { ok: false, kind: 'zero-rate', stages: zero };
  const customers = ceilDiv(Math.round(f.target * 100), Math.round(f.dealValue * 100));
  if (customers > GOAL_CEILING) return { ok: false, kind: 'too-large', stage: f.stages[f.stages.length - 1]!.name };
  const needs = new Array<number>(f.stages.length);
  needs[f.stages.length - 1] = customers;
  for (let i = f.stages.length - 2; i >= 0; i--) {
    const need = ceilDiv(needs[i + 1]! * 10_000, Math.round(f.stages[i]!.rate * 100));
    if (need > GOAL_CEILING) return { ok: false, kind: 'too-large', stage: f.stages[i]!.name };
    needs[i] = need;
  }
  return {
    ok: true,
    customers,
    needs: f.stages.map((s, i) => ({ id: s.id, name: s.name, owner: s.owner, need: needs[i]! })),
    gap: needs[0]! - f.volume,
  };
}
