import type { LeadsSummary } from '../../schemas/crm';
import type { Numbers } from '../../lib/funnel/format';
import { Bars } from './Bars';

export const days = (d: number | null | undefined) => (d === null || d === undefined ? '—' : `${d.toFixed(1)} d`);
/** A stage's label inside a sentence: "leads", "MQLs". */
const inText = (label: string) => (/^[A-Z][a-z]/.test(label) ? label.toLowerCase() : label);

export const sharePct = (n: Numbers, s: number | null | undefined) =>
  n.pct(s === null || s === undefined ? null : s * 100);

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
        <div class="crm-scroll" tabIndex={0} role="region" aria-label="Funnel, all months">
          <table class="crm-table">
            <caption>Funnel, all months</caption>
            <thead>
              <tr>
                <th scope="col">Stage</th>
                <th scope="col">Reached</th>
                <th scope="col">To next stage</th>
                <th scope="col">Did not move on</th>
                <th scope="col">Days to next (median)</th>
                <th scope="col">Days to next (90th percentile)</th>
              </tr>
            </thead>
            <tbody>
              {l.stages.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.label}</th>
                  <td>{n.count(s.reached)}</td>
                  <td>{sharePct(n, s.toNext)}</td>
                  <td>{s.dropOff === null ? '—' : n.count(s.dropOff)}</td>
                  <td>{days(s.days?.median)}</td>
                  <td>{days(s.days?.p90)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
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
        <div class="crm-scroll" tabIndex={0} role="region" aria-labelledby="crm-months">
          <table class="crm-table">
            <caption>New in each stage by month</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                {l.stages.map((s) => (
                  <th scope="col" key={s.id}>
                    {s.label}
                  </th>
                ))}
                <th scope="col">Leads of the month reaching {last.label}</th>
              </tr>
            </thead>
            <tbody>
              {l.months.map((m) => (
                <tr key={m.month}>
                  <th scope="row" class="crm-nowrap">
                    {m.month}
                  </th>
                  {m.counts.map((c, k) => (
                    <td key={k}>{n.count(c)}</td>
                  ))}
                  <td>{sharePct(n, m.cohortToLast)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Bars
          caption="New leads by month"
          items={l.months.map((m) => ({ label: m.month, value: m.counts[0]!, text: n.count(m.counts[0]!) }))}
        />
      </div>

      <h3 id="crm-sources">By lead source</h3>
      <div class="crm-pair">
        <div class="crm-scroll" tabIndex={0} role="region" aria-label="Leads by source">
          <table class="crm-table">
            <caption>Leads reaching {last.label}, by source</caption>
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Leads</th>
                <th scope="col">Reached {last.label}</th>
                <th scope="col">Rate</th>
              </tr>
            </thead>
            <tbody>
              {l.sources.map((s) => (
                <tr key={s.label}>
                  <th scope="row">
                    <bdi>{s.label}</bdi>
                  </th>
                  <td>{n.count(s.leads)}</td>
                  <td>{n.count(s.reachedLast)}</td>
                  <td>{sharePct(n, s.rate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Bars
          caption={`Rate to ${last.label} by source`}
          items={l.sources.map((s) => ({ label: s.label, value: s.rate ?? 0, text: sharePct(n, s.rate) }))}
        />
      </div>
    </section>
  );
}
