import type { FunnelView } from '../../stores/funnel-view';
import { biggestDropOff, findHandoff, handoffSentence } from '../../lib/funnel/insights';
import { pluralName } from '../../lib/funnel/format';
import { ProjectionChart } from './ProjectionChart';
import { H } from './H';

/** Said after a rate above the preset's high end for that stage: the advice goes past the evidence. */
function Beyond({ high, pct, title }: { high: number | null | undefined; pct: (p: number) => string; title?: string }) {
  if (high === null || high === undefined) return null;
  return (
    <strong class="beyond-high">
      {' '}
      (above the {title ? `${title} ` : ''}benchmark’s high end of {pct(high)}: more than its source saw)
    </strong>
  );
}

/** Goal mode: the one rate change that closes the gap with the smallest change, and the alternatives. */
function GoalFixList({ view }: { view: FunnelView }) {
  const fix = view.fix!;
  const { count, pct } = view.num;
  const title = view.preset?.title;
  const first = view.funnel.stages[0]!.name;
  if (fix.met)
    return (
      <p>
        Today’s funnel already makes the {count(view.plan.customers)} customers the goal needs: nothing has to change to
        reach it.
      </p>
    );
  const [best, ...rest] = fix.levers;
  return (
    <>
      {best ? (
        <p>
          {best.beyondHigh !== null && (
            <>No single rate within the benchmark closes the gap. The smallest change that does: </>
          )}
          <strong>
            {best.beyondHigh === null ? 'Fix first: raise' : 'raise'} “<bdi>{best.name}</bdi>” → “<bdi>{best.next}</bdi>
            ” from {pct(best.from)} to {pct(best.to)}
          </strong>{' '}
          (+{pct(best.points).replace('%', 'points')})
          <Beyond high={best.beyondHigh} pct={pct} title={title} />. With today’s {count(view.funnel.volume)}{' '}
          {pluralName(first, view.funnel.volume)} a month, that one change alone reaches the goal.
        </p>
      ) : (
        <p>
          <strong>No single rate can close the gap</strong>, even at 100 %: the goal needs more people at the top or
          several stages to improve together.
        </p>
      )}
      {rest.length > 0 && (
        <>
          <p>
            Other single changes that would also reach the goal, smallest first
            {rest.some((l) => l.beyondHigh !== null) && ' (those beyond the benchmark last)'}:
          </p>
          <ol class="levers">
            {rest.slice(0, 3).map((l) => (
              <li key={l.id}>
                “<bdi>{l.name}</bdi>” from {pct(l.from)} to {pct(l.to)}
                <Beyond high={l.beyondHigh} pct={pct} />.
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        Or keep every rate and bring in {count(fix.volumeGap)} more {pluralName(first, fix.volumeGap)} a month.
      </p>
    </>
  );
}

/** What to fix first: the handoff, the biggest drop-off, the best levers (or the goal's fix) and the benchmark range. */
export function Insights({ view, level }: { view: FunnelView; level: number }) {
  const { funnel, result, range, preset } = view;
  const { count, money, pct, locale } = view.num;
  const drop = biggestDropOff(result);
  const top = view.levers.slice(0, 3);
  const below = range?.marks.filter((m) => m.belowLow) ?? [];
  const highs = new Map(range?.marks.map((m) => [m.id, m.high]));
  return (
    <section class="funnel-insights">
      <H level={level}>What to fix first</H>
      {view.fix && <GoalFixList view={view} />}
      <ul>
        <li>{handoffSentence(findHandoff(funnel, result), locale)}</li>
        <li>
          The biggest drop-off is from “<bdi>{drop.fromName}</bdi>” to “<bdi>{drop.toName}</bdi>”: {count(drop.lost)}{' '}
          people a month do not go on.
        </li>
        {result.costPerCustomer !== null ? (
          <li>
            {view.forGoal ? 'Today each' : 'Each'} customer costs {money(result.costPerCustomer)} of marketing budget
            {view.forGoal && view.plan.costPerCustomer !== null
              ? `; at the goal’s numbers, ${money(view.plan.costPerCustomer)}`
              : ''}
            .
          </li>
        ) : (
          funnel.budget === null && <li>Add a marketing budget above to see what each customer costs.</li>
        )}
      </ul>
      {!view.fix && (
        <>
          <p>If one stage alone converted 5 percentage points better (at most 100 %):</p>
          <ol class="levers">
            {top.map((l) => (
              <li key={l.id}>
                {l.from >= 100 ? (
                  <>
                    “<bdi>{l.name}</bdi>” is already at 100 %.
                  </>
                ) : (
                  <>
                    “<bdi>{l.name}</bdi>” from {pct(l.from)} to {pct(l.to)}
                    <Beyond high={(highs.get(l.id) ?? Infinity) < l.to ? highs.get(l.id) : null} pct={pct} /> adds{' '}
                    {count(l.customersGained)} customers and <strong>{money(l.revenueGained)}</strong> a month.
                  </>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {range && preset && (
        <p>
          With {preset.title} benchmark rates, this funnel would bring between {count(range.low.customers)} customers (
          {money(range.low.revenue)}) at all-low rates and {count(range.high.customers)} ({money(range.high.revenue)})
          at all-high rates.{' '}
          {below.length
            ? `Below the low benchmark: ${below.map((m) => `“${m.name}” (${pct(m.rate)}, low ${pct(m.low)})`).join(', ')}.`
            : 'No stage is below the low benchmark.'}
          {range.unmatched.length > 0 && ` Stages without a benchmark keep your rate: ${range.unmatched.join(', ')}.`}
        </p>
      )}
    </section>
  );
}

export function ProjectionSection({ view, idp, level }: { view: FunnelView; idp: string; level: number }) {
  const { funnel, projection, plan, forGoal } = view;
  const { count, money } = view.num;
  const handoff = findHandoff(funnel, plan);
  const first = funnel.stages[0]!.name;
  return (
    <section class="funnel-projection">
      <H level={level}>The next 12 months</H>
      <p>
        {forGoal && (
          <strong>
            This projection uses the goal’s numbers: {count(plan.stages[0]!.count)}{' '}
            {pluralName(first, plan.stages[0]!.count)} a month and {count(plan.customers)} customers a month once the
            cycle has run.{' '}
          </strong>
        )}
        The cycle from first touch to customer takes {projection.cycleDays} days, so with the same volume every month
        from month 1,{' '}
        {projection.firstCustomerMonth === null
          ? 'no customer arrives within 12 months.'
          : `the first customers arrive in month ${projection.firstCustomerMonth}.`}{' '}
        Each lag is rounded to the nearest 30-day month.
      </p>
      <ProjectionChart projection={projection} money={money} idp={idp} />
      <div class="table-scroll" role="region" aria-labelledby={`${idp}-proj-caption`} tabIndex={0}>
        <table>
          <caption id={`${idp}-proj-caption`}>
            {forGoal ? 'Projection by month, at the goal’s numbers' : 'Projection by month'}
          </caption>
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
                {handoff && <td class="num">{count(r.handedOver ?? 0)}</td>}
                <td class="num">{count(r.customers)}</td>
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
