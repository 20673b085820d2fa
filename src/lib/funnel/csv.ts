import type { Funnel } from '../../schemas/funnel';
import { ownerLabels } from '../../schemas/funnel';
import { forward, goal } from './model';
import { csvText } from '../csv';

/** The results table as CSV (numbers to two decimals, CRLF line ends as RFC 4180 asks). */
export function funnelCsv(f: Funnel): string {
  const r = forward(f);
  const g = f.mode === 'goal' ? goal(f) : null;
  const needs = g?.ok ? g.needs : null;
  const header = [
    'Stage',
    'Owner',
    'Conversion to next stage (%)',
    'People per month',
    '% of previous stage',
    '% of first stage',
  ];
  if (needs) header.push('Needed per month for the goal');
  const rows = r.stages.map((s, i) => {
    const row: (string | number | null)[] = [
      s.name,
      ownerLabels[s.owner],
      i < r.stages.length - 1 ? s.rate : null,
      s.count,
      s.pctOfPrevious,
      s.pctOfFirst,
    ];
    if (needs) row.push(needs[i]!.need);
    return row;
  });
  return csvText([header, ...rows]);
}
