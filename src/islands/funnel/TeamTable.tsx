import type { FunnelView } from '../../stores/funnel-view';
import type { TeamPlan } from '../../lib/funnel/team';
import { pluralName } from '../../lib/funnel/format';

type Ok = Extract<TeamPlan, { ok: true }>;

/** The team plan month by month: the table is the whole record, so no chart needs a text twin. */
export function TeamTable({ view, plan, idp }: { view: FunnelView; plan: Ok; idp: string }) {
  const { money, pct, count } = view.num;
  const sdrs = plan.sdrStage !== null;
  return (
    <div class="table-scroll" role="region" aria-labelledby={`${idp}-team-caption`} tabIndex={0}>
      <table>
        <caption id={`${idp}-team-caption`}>
          AEs and SDRs needed by month, with everyone hired in month 1 and the pipeline empty then
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Share of a full quota</th>
            <th scope="col">Revenue to close</th>
            <th scope="col">AEs</th>
            {sdrs && <th scope="col">{pluralName(plan.sdrStage!, 2)} to book</th>}
            {sdrs && <th scope="col">SDRs</th>}
          </tr>
        </thead>
        <tbody>
          {plan.months.map((m) => (
            <tr key={m.month}>
              <th scope="row">{m.month}</th>
              <td class="num">{pct(m.share * 100)}</td>
              <td class="num">{money(m.revenue)}</td>
              <td class="num">{count(m.aes)}</td>
              {sdrs && <td class="num">{count(m.meetings)}</td>}
              {sdrs && <td class="num">{count(m.sdrs ?? 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
