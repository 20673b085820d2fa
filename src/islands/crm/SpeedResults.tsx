import type { LeadsSummary, SpeedGroup } from '../../schemas/crm';
import type { Numbers } from '../../lib/funnel/format';
import { Bars } from './Bars';
import { sharePct } from './LeadsResults';

const hours = (h: number | null) => (h === null ? '—' : h < 1 ? `${Math.round(h * 60)} min` : `${h.toFixed(1)} h`);
const within = (g: SpeedGroup, h: number) => (g.leads ? g.curve[Math.min(h, g.curve.length - 1)]! / g.leads : null);

function GroupTable({ groups, what, sla, n }: { groups: SpeedGroup[]; what: string; sla: number; n: Numbers }) {
  return (
    <table class="crm-table">
      <caption>First response by {what.toLowerCase()}</caption>
      <thead>
        <tr>
          <th scope="col">{what}</th>
          <th scope="col">Leads</th>
          <th scope="col">Median first response</th>
          <th scope="col">Within 1 hour</th>
          <th scope="col">Within 24 hours</th>
          <th scope="col">Within your SLA ({sla} h)</th>
          <th scope="col">Never answered</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.label}>
            <th scope="row">
              <bdi>{g.label}</bdi>
            </th>
            <td>{n.count(g.leads)}</td>
            <td>{hours(g.median)}</td>
            <td>{sharePct(n, within(g, 1))}</td>
            <td>{sharePct(n, within(g, 24))}</td>
            <td>{sharePct(n, within(g, sla))}</td>
            <td>{sharePct(n, g.leads ? (g.leads - g.responded) / g.leads : null)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Speed to lead: how soon leads got a first response, against the SLA's hours. */
export function SpeedResults({
  speed,
  sla,
  n,
}: {
  speed: NonNullable<LeadsSummary['speed']>;
  sla: number;
  n: Numbers;
}) {
  const a = speed.all;
  const never = a.leads ? (a.leads - a.responded) / a.leads : null;
  const c = a.curve;
  const buckets = [
    ['Within 1 hour', c[1]!],
    ['1 to 4 hours', c[4]! - c[1]!],
    ['4 to 24 hours', c[24]! - c[4]!],
    ['1 to 7 days', c[168]! - c[24]!],
    ['Over 7 days', a.responded - c[168]!],
    ['Never', a.leads - a.responded],
  ] as const;
  return (
    <section aria-labelledby="crm-speed">
      <h3 id="crm-speed">Speed to lead</h3>
      <p>
        Half of the answered leads got a first response within {hours(a.median)}. {sharePct(n, within(a, 1))} were
        answered within an hour, {sharePct(n, within(a, 24))} within a day, and {sharePct(n, never)} have no response
        recorded. Against the {sla}-hour response time in your SLA, {sharePct(n, within(a, sla))} were on time.
      </p>
      <div class="crm-pair">
        <div class="crm-scroll" tabIndex={0} role="region" aria-label="All leads by time to first response">
          <table class="crm-table">
            <caption>All leads by time to first response</caption>
            <thead>
              <tr>
                <th scope="col">First response</th>
                <th scope="col">Leads</th>
                <th scope="col">Share</th>
              </tr>
            </thead>
            <tbody>
              {buckets.map(([label, count]) => (
                <tr key={label}>
                  <th scope="row">{label}</th>
                  <td>{n.count(count)}</td>
                  <td>{sharePct(n, a.leads ? count / a.leads : null)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Bars
          caption="Leads by time to first response"
          items={buckets.map(([label, count]) => ({ label, value: count, text: n.count(count) }))}
        />
      </div>
      <div class="crm-scroll" tabIndex={0} role="region" aria-label="Speed to lead by owner">
        <GroupTable groups={speed.byOwner} what="Owner" sla={sla} n={n} />
      </div>
      <div class="crm-scroll" tabIndex={0} role="region" aria-label="Speed to lead by source">
        <GroupTable groups={speed.bySource} what="Source" sla={sla} n={n} />
      </div>
    </section>
  );
}
