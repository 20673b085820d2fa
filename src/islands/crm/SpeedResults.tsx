import type { LeadsSummary, SpeedGroup } from '../../schemas/crm';
import type { Numbers } from '../../lib/funnel/format';
import { Bars } from './Bars';
import { ScrollTable } from './ScrollTable';
import { sharePct } from './LeadsResults';
import { share, shareNever, shareWithin as within } from '../../lib/crm/stats';

const hours = (h: number | null) => (h === null ? '—' : h < 1 ? `${Math.round(h * 60)} min` : `${h.toFixed(1)} h`);

function GroupTable({ groups, what, sla, n }: { groups: SpeedGroup[]; what: string; sla: number; n: Numbers }) {
  return (
    <ScrollTable
      label={`Speed to lead by ${what.toLowerCase()}`}
      caption={`First response by ${what.toLowerCase()}`}
      columns={[
        what,
        'Leads',
        'Median first response',
        'Within 1 hour',
        'Within 24 hours',
        `Within your SLA (${sla} h)`,
        'Never answered',
      ]}
      rows={groups.map((g) => ({
        key: g.label,
        head: <bdi>{g.label}</bdi>,
        cells: [
          n.count(g.leads),
          hours(g.median),
          sharePct(n, within(g, 1)),
          sharePct(n, within(g, 24)),
          sharePct(n, within(g, sla)),
          sharePct(n, shareNever(g)),
        ],
      }))}
    />
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
  const never = shareNever(a);
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
        <ScrollTable
          caption="All leads by time to first response"
          columns={['First response', 'Leads', 'Share']}
          rows={buckets.map(([label, count]) => ({
            key: label,
            head: label,
            cells: [n.count(count), sharePct(n, share(count, a.leads))],
          }))}
        />
        <Bars
          caption="Leads by time to first response"
          items={buckets.map(([label, count]) => ({ label, value: count, text: n.count(count) }))}
        />
      </div>
      <GroupTable groups={speed.byOwner} what="Owner" sla={sla} n={n} />
      <GroupTable groups={speed.bySource} what="Source" sla={sla} n={n} />
    </section>
  );
}
