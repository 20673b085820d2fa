import type { Funnel } from '../../schemas/funnel';
import { forward, goal } from './model';
import { findHandoff } from './insights';
import { cycleDays } from './time';

export type CompareKind = 'count' | 'money' | 'pct' | 'days';

export interface CompareRow {
  label: string;
  kind: CompareKind;
  a: number | null;
  b: number | null;
  /** b − a; null when either side has no value. */
  diff: number | null;
}

const row = (label: string, kind: CompareKind, a: number | null, b: number | null): CompareRow => ({
  label,
  kind,
  a,
  b,
  diff: a === null || b === null ? null : b - a,
});

/** How many more people the top stage needs to reach the funnel's own target; null when out of reach. */
function gapOf(f: Funnel): number | null {
  const g = goal(f);
  return g.ok ? g.gap : null;
}

/**
 * Two funnels side by side: the headline numbers, then each stage's rate by position
 * (labelled with both names when they differ). Differences are B minus A.
 */
export function compareFunnels(a: Funnel, b: Funnel): CompareRow[] {
  const ra = forward(a);
  const rb = forward(b);
  const ha = findHandoff(a, ra);
  const hb = findHandoff(b, rb);
  const rows: CompareRow[] = [
    row('Entering each month', 'count', a.volume, b.volume),
    row('Customers each month', 'count', ra.customers, rb.customers),
    row('Revenue each month', 'money', ra.revenue, rb.revenue),
    row('Overall conversion', 'pct', ra.overall, rb.overall),
    row('Cost per customer', 'money', ra.costPerCustomer, rb.costPerCustomer),
    row('Handed to sales each month', 'count', ha?.count ?? null, hb?.count ?? null),
    row('Cycle length', 'days', cycleDays(a), cycleDays(b)),
    row('Gap to the goal (people at the top)', 'count', gapOf(a), gapOf(b)),
  ];
  const n = Math.max(a.stages.length, b.stages.length) - 1;
  for (let i = 0; i < n; i++) {
    const sa = i < a.stages.length - 1 ? a.stages[i]! : null;
    const sb = i < b.stages.length - 1 ? b.stages[i]! : null;
    const names = sa && sb && sa.name !== sb.name ? `${sa.name} / ${sb.name}` : (sa ?? sb)!.name;
    rows.push(row(`Stage ${i + 1} rate (${names})`, 'pct', sa?.rate ?? null, sb?.rate ?? null));
  }
  return rows;
}
