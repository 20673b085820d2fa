import type { Summary } from '../../schemas/crm';
import type { FileResult } from './file';

/**
 * One summary from the files read: the latest file of each kind counts (a second leads file
 * replaces the first rather than being added, since two exports may hold the same leads).
 */
export function combine(files: readonly { name: string; result: FileResult }[]): Summary | null {
  const latest = new Map<string, { name: string; result: FileResult }>();
  for (const f of files) latest.set(f.result.kind, f);
  const used = [...latest.values()];
  if (used.length === 0) return null;
  const pick = <K extends 'leads' | 'deals' | 'customers'>(k: K) => latest.get(k)?.result[k] ?? null;
  const summary: Summary = {
    name: used
      .map((f) => f.name)
      .join(', ')
      .slice(0, 200),
    files: used.map((f) => ({ name: f.name.slice(0, 200), kind: f.result.kind, rows: f.result.read.rowsKept })),
    leads: pick('leads'),
    deals: pick('deals'),
    customers: pick('customers'),
  };
  return summary.leads || summary.deals || summary.customers ? summary : null;
}

/** The first and last day the summary covers, for the scenario's name. */
export function dateRange(s: Summary): { first: string; last: string } | null {
  const part = s.leads ?? s.deals;
  return part ? { first: part.first, last: part.last } : null;
}
