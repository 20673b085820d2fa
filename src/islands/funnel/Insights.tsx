import type { Funnel } from '../../schemas/funnel';
import type { PresetBenchmark } from '../../schemas/funnel-preset';
import type { ForwardResult } from '../../lib/funnel/model';
import type { PresetRange } from '../../lib/funnel/presets';
import type { Projection } from '../../lib/funnel/time';
import { biggestDropOff, findHandoff, handoffSentence, levers } from '../../lib/funnel/insights';
import { formatCount, formatMoney, formatPct, pluralName } from '../../lib/funnel/format';
import { ProjectionChart } from './ProjectionChart';
import { H } from './H';

/** What to fix first: the handoff, the biggest drop-off, the best levers and the benchmark range. */
export function Insights({
  funnel,
  result,
  range,
  preset,
  level,
}: {
  funnel: Funnel;
  result: ForwardResult;
  range: PresetRange | null;
  preset: PresetBenchmark | null;
  level: number;
}) {
  const money = (n: number) => formatMoney(n, funnel.currency);
  const drop = biggestDropOff(result);
  const top = levers(funnel, result).slice(0, 3);
  const below = range?.marks.filter((m) => m.belowLow) ?? [];
  return (
    <section class="funnel-insights">
      <H level={level}>What to fix first</H>
      <ul>
        <li>{handoffSentence(findHandoff(funnel, result))}</li>
        <li>
          The biggest drop-off is from “{drop.fromName}” to “{drop.toName}”: {formatCount(drop.lost)} people a month do
          not go on.
        </li>
        {result.costPerCustomer !== null && (
          <li>Each customer costs {money(result.costPerCustomer)} of marketing budget.</li>
        )}
      </ul>
      <p>If one stage alone converted 5 percentage points better (at most 100 %):</p>
      <ol class="levers">
        {top.map((l) => (
          <li key={l.id}>
            {l.from >= 100 ? (
              <>“{l.name}” is already at 100 %.</>
            ) : (
              <>
                “{l.name}” from {formatPct(l.from)} to {formatPct(l.to)} adds {formatCount(l.customersGained)} customers
                and <strong>{money(l.revenueGained)}</strong> a month.
              </>
            )}
          </li>
        ))}
      </ol>
      {range && preset && (
        <p>
          With {preset.title} benchmark rates, this funnel would bring between {formatCount(range.low.customers)}{' '}
          customers ({money(range.low.revenue)}) at all-low rates and {formatCount(range.high.customers)} (
          {money(range.high.revenue)}) at all-high rates.{' '}
          {below.length
            ? `Below the low benchmark: ${below.map((m) => `“${m.name}” (${formatPct(m.rate)}, low ${formatPct(m.low)})`).join(', ')}.`
            : 'No stage is below the low benchmark.'}
          {range.unmatched.length > 0 && ` Stages without a benchmark keep your rate: ${range.unmatched.join(', ')}.`}
        </p>
      )}
    </section>
  );
}

export function ProjectionSection({
  funnel,
  projection,
  idp,
  level,
}: {
  funnel: Funnel;
  projection: Projection;
  idp: string;
  level: number;
}) {
  const money = (n: number) => formatMoney(n, funnel.currency);
  const handoff = findHandoff(funnel);
  return (
    <section class="funnel-projection">
      <H level={level}>The next 12 months</H>
      <p>
        The cycle from first touch to customer takes {projection.cycleDays} days, so with the same volume every month
        from month 1,{' '}
        {projection.firstCustomerMonth === null
          ? 'no customer arrives within 12 months.'
          : `the first customers arrive in month ${projection.firstCustomerMonth}.`}{' '}
        Each lag is rounded to the nearest 30-day month.
      </p>
      <ProjectionChart projection={projection} currency={funnel.currency} idp={idp} />
      <div class="table-scroll" role="region" aria-labelledby={`${idp}-proj-caption`} tabIndex={0}>
        <table>
          <caption id={`${idp}-proj-caption`}>Projection by month</caption>
          <thead>
            <tr>
              <th scope="col">Month</th>
              {handoff && <th scope="col">New {pluralName(handoff.toName, 2)}</th>}
              <th scope="col">New customers</th>
              <th scope="col">Revenue</th>
              <th scope="col">Revenue so far</th>
            </tr>
          </thead>
          <tbody>
            {projection.rows.map((r) => (
              <tr key={r.month}>
                <th scope="row">{r.month}</th>
                {handoff && <td class="num">{formatCount(r.handedOver ?? 0)}</td>}
                <td class="num">{formatCount(r.customers)}</td>
                <td class="num">{money(r.revenue)}</td>
                <td class="num">{money(r.cumulativeRevenue)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
