/*
 * "Measured" against "planned": the funnel the CRM files measured beside the reader's plan (the
 * builder's current funnel or a saved scenario), with the gap, measured minus planned. Stages
 * are paired by position, as the builder's scenario comparison pairs them.
 */
import type { Funnel } from '../../schemas/funnel';
import type { CompareKind, CompareRow } from '../funnel/compare';
import { formatSigned, numbersFor } from '../funnel/format';
import { findHandoff } from '../funnel/insights';
import { forward } from '../funnel/model';
import { cycleDays } from '../funnel/time';

export interface GapRow extends CompareRow {
  /** Marks the rows the text summary speaks of. */
  key: 'volume' | 'rate' | 'days' | 'cycle' | 'handoff' | 'customers' | 'dealValue' | 'revenue';
}

const row = (
  key: GapRow['key'],
  label: string,
  kind: CompareKind,
  planned: number | null,
  measured: number | null,
) => ({
  key,
  label,
  kind,
  a: planned,
  b: measured,
  diff: planned === null || measured === null ? null : measured - planned,
});

/** A stage's label with both names when the two funnels call it differently. */
const pairName = (m: string | undefined, p: string | undefined) => (m && p && m !== p ? `${m} / ${p}` : (m ?? p)!);

export function measuredVsPlanned(measured: Funnel, planned: Funnel): GapRow[] {
  const rm = forward(measured);
  const rp = forward(planned);
  const rows: GapRow[] = [row('volume', 'New leads a month', 'count', planned.volume, measured.volume)];
  const steps = Math.max(measured.stages.length, planned.stages.length) - 1;
  for (let i = 0; i < steps; i++) {
    const m = i < measured.stages.length - 1 ? measured.stages[i] : undefined;
    const p = i < planned.stages.length - 1 ? planned.stages[i] : undefined;
    const name = pairName(m?.name, p?.name);
    rows.push(row('rate', `${name}: moves on to the next stage`, 'pct', p?.rate ?? null, m?.rate ?? null));
    rows.push(row('days', `${name}: days to the next stage`, 'days', p?.days ?? null, m?.days ?? null));
  }
  rows.push(
    row('cycle', 'Cycle length', 'days', cycleDays(planned), cycleDays(measured)),
    row(
      'handoff',
      'Handed to sales a month',
      'count',
      findHandoff(planned, rp)?.count ?? null,
      findHandoff(measured, rm)?.count ?? null,
    ),
    row('customers', 'New customers a month', 'count', rp.customers, rm.customers),
    row('dealValue', 'Deal value', 'money', planned.dealValue, measured.dealValue),
    row('revenue', 'New revenue a month', 'money', rp.revenue, rm.revenue),
  );
  return rows;
}

/** A row's figures written for the measured funnel's currency; money is not compared across currencies. */
export function gapFormat(kind: CompareKind, currency: Funnel['currency']) {
  const { count, money, pct } = numbersFor(currency);
  const one = (n: number) =>
    kind === 'money' ? money(n) : kind === 'pct' ? pct(n) : kind === 'days' ? `${count(n)} days` : count(n);
  const gap = (n: number) => (kind === 'pct' ? formatSigned(n, (x) => `${count(x)} points`) : formatSigned(n, one));
  return { one, gap };
}

/**
 * The comparison in words: volume, customers and cycle against the plan, and the step whose
 * rate falls furthest short of it (the first place to look).
 */
export function gapSummary(rows: readonly GapRow[], measured: Funnel, planned: Funnel): string {
  const { count, pct } = numbersFor(measured.currency);
  const get = (key: GapRow['key']) => rows.find((r) => r.key === key)!;
  const vs = (r: GapRow, what: string) =>
    r.a === null || r.b === null ? null : `${count(r.b)} ${what} against ${count(r.a)} planned`;
  const cycle = get('cycle');
  const longer =
    cycle.diff === null || Math.abs(cycle.diff) < 0.5
      ? 'a cycle about as long as planned'
      : `a cycle ${count(Math.abs(cycle.diff))} days ${cycle.diff > 0 ? 'longer' : 'shorter'} than planned`;
  const parts = [vs(get('volume'), 'new leads a month'), vs(get('customers'), 'new customers a month'), longer];
  const said = parts.filter((p) => p !== null);
  let text = `Your files show ${said.slice(0, -1).join(', ')} and ${said.at(-1)}.`;
  const short = rows
    .filter((r) => r.key === 'rate' && r.diff !== null && r.diff < 0)
    .sort((x, y) => x.diff! - y.diff!)[0];
  text += short
    ? ` The furthest below plan is ${short.label.replace(': moves on to the next stage', '')}: ${pct(short.b)} move on, against ${pct(short.a)} planned.`
    : ' No step converts below plan.';
  if (measured.currency !== planned.currency)
    text += ` Amounts are not compared: the plan is in ${planned.currency}, the files in ${measured.currency}.`;
  return text;
}
