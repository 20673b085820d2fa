import type { ComponentChildren } from 'preact';
import type { LeadsSummary } from '../../schemas/crm';
import type { Numbers } from '../../lib/funnel/format';
import type { TableRow } from '../shared/Table';
import { Bars } from './Bars';
import { ScrollTable } from './ScrollTable';

export const days = (d: number | null | undefined) => (d === null || d === undefined ? '—' : `${d.toFixed(1)} d`);
/** A stage's label inside a sentence: "leads", "MQLs". */
const inText = (label: string) => (/^[A-Z][a-z]/.test(label) ? label.toLowerCase() : label);

export const sharePct = (n: Numbers, s: number | null | undefined) =>
  n.pct(s === null || s === undefined ? null : s * 100);

/** A table row named by its month ("2025-03"), kept on one line. */
export const monthRow = (month: string, cells: ComponentChildren[]): TableRow => ({
  key: month,
  head: month,
  headClass: 'crm-nowrap',
  cells,
});

/** The funnel from the leads file: overall, by month and by source. */
export function LeadsResults({ leads: l, n }: { leads: LeadsSummary; n: Numbers }) {
  const steps = l.stages.slice(0, -1);
  const worst = steps.reduce<(typeof steps)[number] | null>(
    (w, s) => (!w || (s.toNext ?? 1) < (w.toNext ?? 1) ? s : w),
    null,
  );
  const last = l.stages.at(-1)!;
  return (
    <section aria-labelledby="crm-funnel">
      <h3 id="crm-funnel">Your funnel</h3>
      <p>
        From {n.count(l.rows)} leads created between {l.first} and {l.last} (about {n.count(l.monthlyVolume)} a month),{' '}
        {steps.map((s, i) => (
          <span key={s.id}>
            {i > 0 ? (i === steps.length - 1 ? ' and ' : ', ') : ''}
            {sharePct(n, s.toNext)} of {inText(s.label)} became {inText(l.stages[i + 1]!.label)}
          </span>
        ))}
        .{' '}
        {worst && worst.dropOff !== null && (
          <>
            The lowest step is from {inText(worst.label)} to {inText(l.stages[l.stages.indexOf(worst) + 1]!.label)}:{' '}
            {n.count(worst.dropOff)} of {n.count(worst.reached)} did not move on.
          </>
        )}
        {l.outOfOrder > 0 &&
          ` ${n.count(l.outOfOrder)} stage dates came before the stage above them and were left out of the days.`}
      </p>
      <div class="crm-pair">
        <ScrollTable
          caption="Funnel, all months"
          columns={[
            'Stage',
            'Reached',
            'To next stage',
            'Did not move on',
            'Days to next (median)',
            'Days to next (90th percentile)',
          ]}
          rows={l.stages.map((s) => ({
            key: s.id,
            head: s.label,
            cells: [
              n.count(s.reached),
              sharePct(n, s.toNext),
              s.dropOff === null ? '—' : n.count(s.dropOff),
              days(s.days?.median),
              days(s.days?.p90),
            ],
          }))}
        />
        <Bars
          caption="Reached each stage"
          items={l.stages.map((s) => ({ label: s.label, value: s.reached, text: n.count(s.reached) }))}
        />
      </div>

      <h3 id="crm-months">By month</h3>
      <p>
        Each stage is counted in the month it was reached. The last column follows the leads created that month; recent
        months look lower because their leads have had less time to reach {inText(last.label)}.
      </p>
      <div class="crm-pair">
        <ScrollTable
          label="By month"
          caption="New in each stage by month"
          columns={['Month', ...l.stages.map((s) => s.label), `Leads of the month reaching ${last.label}`]}
          rows={l.months.map((m) =>
            monthRow(m.month, [...m.counts.map((c) => n.count(c)), sharePct(n, m.cohortToLast)]),
          )}
        />
        <Bars
          caption="New leads by month"
          items={l.months.map((m) => ({ label: m.month, value: m.counts[0]!, text: n.count(m.counts[0]!) }))}
        />
      </div>

      <h3 id="crm-sources">By lead source</h3>
      <div class="crm-pair">
        <ScrollTable
          label="Leads by source"
          caption={`Leads reaching ${last.label}, by source`}
          columns={['Source', 'Leads', `Reached ${last.label}`, 'Rate']}
          rows={l.sources.map((s) => ({
            key: s.label,
            head: <bdi>{s.label}</bdi>,
            cells: [n.count(s.leads), n.count(s.reachedLast), sharePct(n, s.rate)],
          }))}
        />
        <Bars
          caption={`Rate to ${last.label} by source`}
          items={l.sources.map((s) => ({ label: s.label, value: s.rate ?? 0, text: sharePct(n, s.rate) }))}
        />
      </div>
    </section>
  );
}
