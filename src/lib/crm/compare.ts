/*
 * "Measured" against "planned": the funnel the CRM files measured beside the reader's plan (the
 * builder's current funnel or a saved scenario), with the gap, measured minus planned. Stages
 * are paired by name where the plan has the measured stage (a plan that starts from visitors
 * still has leads); with no name in common, by position.
 */
import type { Funnel } from '../../schemas/funnel';
import type { CompareKind, CompareRow } from '../funnel/compare';
import { formatSigned, numbersFor, pluralName } from '../funnel/format';
import { findHandoff } from '../funnel/insights';
import { forward } from '../funnel/model';
import { cycleDays } from '../funnel/time';

export interface GapRow extends CompareRow {
  /** Marks the rows the text summary speaks of. */
  key: 'volume' | 'rate' | 'days' | 'cycle' | 'handoff' | 'customers' | 'dealValue' | 'revenue';
  /** How the summary names the row's figures ("leads a month"). */
  phrase?: string;
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

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Steps (every stage but the last) paired as [measured index, planned index], -1 where one side has none. */
function pairSteps(measured: Funnel, planned: Funnel): [number, number][] {
  const ms = measured.stages.slice(0, -1);
  const ps = planned.stages.slice(0, -1);
  const match = ms.map((m) => ps.findIndex((p) => same(p.name, m.name)));
  if (match.every((j) => j < 0))
    return Array.from({ length: Math.max(ms.length, ps.length) }, (_, i) => [
      i < ms.length ? i : -1,
      i < ps.length ? i : -1,
    ]);
  const pairs: [number, number][] = [];
  ps.forEach((_, j) => {
    const i = match.indexOf(j);
    pairs.push([i, j]);
  });
  // Measured steps the plan does not have go after the planned step before them.
  match.forEach((j, i) => {
    if (j >= 0) return;
    const before = match.slice(0, i).findLast((x) => x >= 0);
    const at = before === undefined ? 0 : pairs.findIndex(([, pj]) => pj === before) + 1;
    pairs.splice(at, 0, [i, -1]);
  });
  return pairs;
}

export function measuredVsPlanned(measured: Funnel, planned: Funnel): GapRow[] {
  const rm = forward(measured);
  const rp = forward(planned);
  // The measured funnel's first stage (leads) as the plan counts it, where the plan has it.
  const top = measured.stages[0]!.name;
  const j = planned.stages.findIndex((p) => same(p.name, top));
  const volume =
    j >= 0
      ? row('volume', `${pluralName(top, 2)} a month`, 'count', rp.stages[j]!.count, measured.volume)
      : row(
          'volume',
          `Entering each month (${pairName(top, planned.stages[0]!.name)})`,
          'count',
          planned.volume,
          measured.volume,
        );
  const phrase = j < 0 ? 'entering each month' : /^[A-Z][a-z]/.test(top) ? volume.label.toLowerCase() : volume.label;
  const rows: GapRow[] = [{ ...volume, phrase }];
  for (const [i, k] of pairSteps(measured, planned)) {
    const m = i >= 0 ? measured.stages[i] : undefined;
    const p = k >= 0 ? planned.stages[k] : undefined;
    const name = pairName(m?.name, p?.name);
    rows.push(row('rate', `${name}: moves on to the next stage`, 'pct', p?.rate ?? null, m?.rate ?? null));
    rows.push(row('days', `${name}: days to the next stage`, 'days', p?.days ?? null, m?.days ?? null));
  }
  // The plan's cycle counted from the same stage as the measured one, so days before it do not count.
  const plannedCycle = cycleDays(j > 0 ? { ...planned, stages: planned.stages.slice(j) } : planned);
  rows.push(
    row('cycle', 'Cycle length', 'days', plannedCycle, cycleDays(measured)),
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
  const parts = [vs(get('volume'), get('volume').phrase!), vs(get('customers'), 'new customers a month'), longer];
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
