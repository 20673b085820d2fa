/*
 * The summary and the problem rows as CSV files, through the site's one CSV writer (which turns
 * formula-looking cells from the file into text, so a spreadsheet never runs them).
 */
import { csvText } from '../csv';
import type { Summary } from '../../schemas/crm';
import type { Problem } from './reader';
import { shareNever, shareWithin } from './stats';

type Cell = string | number | null;
const pct = (share: number | null | undefined) => (share == null ? null : Math.round(share * 1000) / 10);

export function problemsCsv(problems: readonly Problem[]): string {
  return csvText([
    ['Line', 'What was wrong', 'Row'],
    ...problems.map((p) => [p.line, p.reason, p.skipped ? 'left out' : 'kept']),
  ]);
}

/** Every table of the summary, one after another, each under a title line. */
export function summaryCsv(s: Summary): string {
  const rows: Cell[][] = [['Summary of', s.name]];
  const table = (title: string, head: Cell[], body: Cell[][]) => rows.push([], [title], head, ...body);
  if (s.leads) {
    const l = s.leads;
    table(
      `Funnel ${l.first} to ${l.last}`,
      ['Stage', 'Reached', 'Conversion to next (%)', 'Dropped', 'Median days to next', '90th percentile days'],
      l.stages.map((st) => [
        st.label,
        st.reached,
        pct(st.toNext),
        st.dropOff,
        st.days?.median ?? null,
        st.days?.p90 ?? null,
      ]),
    );
    table(
      'By month',
      ['Month', ...l.stages.map((st) => st.label), 'Leads of the month reaching the last stage (%)'],
      l.months.map((m) => [m.month, ...m.counts, pct(m.cohortToLast)]),
    );
    table(
      'By source',
      ['Source', 'Leads', `Reached ${l.stages.at(-1)?.label ?? ''}`, 'Rate (%)'],
      l.sources.map((g) => [g.label, g.leads, g.reachedLast, pct(g.rate)]),
    );
    if (l.speed) {
      const sp = l.speed;
      const line = (g: typeof sp.all) => [
        g.label,
        g.leads,
        g.median,
        pct(shareWithin(g, 1)),
        pct(shareWithin(g, 24)),
        pct(shareNever(g)),
      ];
      const head = [
        'Group',
        'Leads',
        'Median hours to first response',
        'Within 1 hour (%)',
        'Within 24 hours (%)',
        'Never (%)',
      ];
      table('Speed to lead by owner', head, [line(sp.all), ...sp.byOwner.map(line)]);
      table('Speed to lead by source', head, sp.bySource.map(line));
    }
  }
  if (s.deals) {
    const d = s.deals;
    table(
      `Deals ${d.first} to ${d.last}`,
      ['Won', 'Lost', 'Open', 'Win rate (%)', 'Average won deal', 'Median days to win'],
      [[d.won, d.lost, d.open, pct(d.winRate), d.avgWon, d.cycle.median]],
    );
    table(
      'Win rate by source',
      ['Source', 'Won', 'Lost', 'Open', 'Win rate (%)'],
      d.bySource.map((g) => [g.label, g.won, g.lost, g.open, pct(g.rate)]),
    );
  }
  if (s.customers) {
    const c = s.customers;
    table(
      `Customers as of ${c.asOf}`,
      ['Active', 'MRR', 'GRR (%)', 'NRR (%)'],
      [[c.active, c.mrrNow, pct(c.grr), pct(c.nrr)]],
    );
    table(
      'Logo churn by month',
      ['Month', 'Active at start', 'Churned', 'Churn (%)'],
      c.churnMonths.map((m) => [m.month, m.active, m.churned, pct(m.rate)]),
    );
  }
  return csvText(rows);
}
