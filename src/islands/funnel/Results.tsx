import type { Funnel } from '../../schemas/funnel';
import { ownerLabels } from '../../schemas/funnel';
import type { ForwardResult, GoalResult } from '../../lib/funnel/model';
import type { PresetRange } from '../../lib/funnel/presets';
import { numbersFor } from '../../lib/funnel/format';

interface TableProps {
  funnel: Funnel;
  result: ForwardResult;
  goal: GoalResult | null;
  range: PresetRange | null;
  idp: string;
}

/**
 * Every stage's numbers in a real table: the chart's text equivalent. (The CSV download is built from the funnel by lib/funnel/csv.ts.)
 * A stage's share of the one before is the row above's "Converts to next", so it is not repeated: the
 * table fits the results column at 1280 px, goal column included.
 */
export function ResultsTable({ funnel, result, goal, range, idp }: TableProps) {
  const marks = new Map(range?.marks.map((m) => [m.id, m]));
  const needs = goal?.ok ? goal.needs : null;
  const { count, money, pct } = numbersFor(funnel.currency);
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${idp}-table-caption`} tabIndex={0}>
      <table class="funnel-table">
        <caption id={`${idp}-table-caption`}>
          {needs ? 'Your funnel each month, and what the goal needs' : 'Your funnel each month'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Stage</th>
            <th scope="col">Owner</th>
            <th scope="col">People a month</th>
            <th scope="col">% of first</th>
            <th scope="col">Converts to next</th>
            {needs && <th scope="col">Needed for the goal</th>}
            {range && <th scope="col">Benchmark (low–high)</th>}
          </tr>
        </thead>
        <tbody>
          {result.stages.map((s, i) => {
            const m = marks.get(s.id);
            return (
              <tr key={s.id}>
                <th scope="row">{s.name}</th>
                <td>
                  <span class={`tag-${s.owner}`}>{ownerLabels[s.owner]}</span>
                </td>
                <td class="num">{count(s.count)}</td>
                <td class="num">{pct(s.pctOfFirst)}</td>
                <td class="num">{i < result.stages.length - 1 ? pct(s.rate) : '—'}</td>
                {needs && <td class="num strong">{count(needs[i]!.need)}</td>}
                {range && (
                  <td>
                    {m ? `${pct(m.low)} – ${pct(m.high)}` : '—'}
                    {m?.belowLow && <strong class="below-low"> Below low</strong>}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Revenue a month
            </th>
            <td class="num" colSpan={3}>
              {money(result.revenue)}
            </td>
            {needs && <td class="num strong">{money(funnel.target)}</td>}
            {range && <td />}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
