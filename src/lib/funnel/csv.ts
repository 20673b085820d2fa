import type { Funnel } from '../../schemas/funnel';
import { ownerLabels } from '../../schemas/funnel';
import type { ForwardResult, GoalResult } from './model';
import type { AfterSale } from './after';
import { csvText } from '../csv';

/** What the CSV needs: the funnel and what was worked out from it (a FunnelView fits). */
export interface CsvInput {
  funnel: Funnel;
  result: ForwardResult;
  goal: GoalResult | null;
  after: AfterSale | null;
}

type Cell = string | number | null;

/**
 * The settings, the headline figures and the results table as one CSV (numbers to two
 * decimals, CRLF line ends and the same number of fields on every line, as RFC 4180 asks).
 */
export function funnelCsv({ funnel: f, result: r, goal, after }: CsvInput, scenario: string): string {
  const needs = goal?.ok ? goal.needs : null;
  const header: Cell[] = [
    'Stage',
    'Owner',
    'Conversion to next stage (%)',
    'People per month',
    '% of previous stage',
    '% of first stage',
  ];
  if (needs) header.push('Needed per month for the goal');
  const a = f.after;
  const settings: Cell[][] = [
    ['Setting', 'Value'],
    ['Scenario', scenario],
    ['Mode', f.mode === 'goal' ? 'Goal' : 'Forward'],
    [`${f.stages[0]!.name} entering each month`, f.volume],
    ['Average deal value', f.dealValue],
    ['Currency', f.currency],
    ['Revenue target a month', f.target],
    ['Monthly marketing budget', f.budget],
    ['Revenue a month', r.revenue],
    ['Customers a month', r.customers],
  ];
  if (goal?.ok) settings.push(['Customers the goal needs a month', goal.customers]);
  settings.push(['After the sale', a.on ? 'On' : 'Off']);
  if (a.on) {
    settings.push(
      ['Monthly churn (%)', a.churn],
      ['Monthly expansion (%)', a.expansion],
      ['Revenue per customer each month', a.monthly],
      ['Gross margin (%)', a.grossMargin],
    );
    if (after)
      settings.push(
        ['Customers kept after 12 months', after.keptAtEnd],
        ['Recurring revenue over 12 months', after.total],
        ['Lifetime value per customer (on gross margin)', after.ltv],
        ['Months to pay back a customer (on gross margin)', after.payback],
      );
  }
  const rows = r.stages.map((s, i) => {
    const row: Cell[] = [
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
  const width = header.length;
  const pad = (row: Cell[]) => [...row, ...new Array<Cell>(Math.max(0, width - row.length)).fill(null)];
  return csvText([...settings, [], header, ...rows].map(pad));
}
