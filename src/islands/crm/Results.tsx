import { useEffect, useState } from 'preact/hooks';
import type { Summary } from '../../schemas/crm';
import { currencies, hoursSchema, type Currency } from '../../schemas/funnel';
import { parseNumberField } from '../../lib/funnel/parse';
import { numbersFor } from '../../lib/funnel/format';
import { measuredFunnel, scenarioName } from '../../lib/crm/to-funnel';
import { dateRange } from '../../lib/crm/combine';
import { $funnelState } from '../../stores/funnel-store';
import { $keptSummary } from '../../stores/crm-store';
import { useAtom } from '../shared/use-hydrated-store';
import { LeadsResults } from './LeadsResults';
import { SpeedResults } from './SpeedResults';
import { CustomersResults, DealsResults } from './AfterResults';
import { Comparison } from './Comparison';
import { PlanActions } from './PlanActions';

/** The summary of the files read (or the one kept), with what the reader can do with it. */
export function Results({ summary, kept = false }: { summary: Summary; kept?: boolean }) {
  const funnelState = useAtom($funnelState);
  const keptState = useAtom($keptSummary);
  const [currency, setCurrency] = useState<Currency>(funnelState.funnel.currency);
  const [slaText, setSlaText] = useState(String(funnelState.sla.hours));
  // "Fill the SLA draft" changes the SLA's hours: the field follows.
  useEffect(() => setSlaText(String(funnelState.sla.hours)), [funnelState.sla.hours]);
  const slaRead = parseNumberField(slaText, hoursSchema);
  const sla = slaRead.ok ? slaRead.value : null;
  const n = numbersFor(currency);
  const measured = measuredFunnel(summary, funnelState.funnel, currency);
  const range = dateRange(summary);
  const name = scenarioName(summary.files[0]?.name ?? 'CRM export', range?.first ?? '', range?.last ?? '');

  const isKept = keptState.summary !== null && JSON.stringify(keptState.summary) === JSON.stringify(summary);
  return (
    <section class="crm-results" aria-labelledby="crm-results-heading">
      <h2 id="crm-results-heading">{kept ? 'Your kept summary' : 'What your files show'}</h2>
      <p>
        From <bdi>{summary.name}</bdi>.
      </p>
      <p class="crm-note">
        Counts and rates are exact. Medians and 90th percentiles are within 1&nbsp;%, which lets a file of any length be
        read in the same small memory.
      </p>
      <div class="crm-settings crm-no-print">
        <label for="crm-currency">Currency of the amounts</label>
        <select id="crm-currency" value={currency} onChange={(e) => setCurrency(e.currentTarget.value as Currency)}>
          {currencies.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </select>
        {summary.leads?.speed && (
          <>
            <label for="crm-sla">Response time in your SLA (hours)</label>
            <input
              id="crm-sla"
              inputMode="numeric"
              value={slaText}
              aria-invalid={sla === null}
              aria-describedby={sla === null ? 'crm-sla-error' : undefined}
              onInput={(e) => setSlaText(e.currentTarget.value)}
            />
            {!slaRead.ok && (
              <span id="crm-sla-error" class="crm-error">
                {slaRead.message}
              </span>
            )}
          </>
        )}
      </div>

      {summary.leads && <LeadsResults leads={summary.leads} n={n} />}
      {summary.leads?.speed && <SpeedResults speed={summary.leads.speed} sla={sla ?? funnelState.sla.hours} n={n} />}
      {summary.deals && <DealsResults deals={summary.deals} n={n} />}
      {summary.customers && <CustomersResults customers={summary.customers} n={n} />}

      {measured.ok && <Comparison measured={measured.funnel} />}
      <PlanActions summary={summary} measured={measured} name={name} isKept={isKept} n={n} />
    </section>
  );
}

/** The summary the reader kept on an earlier visit, if any. */
export function KeptResults() {
  const kept = useAtom($keptSummary);
  return kept.summary ? <Results summary={kept.summary} kept /> : null;
}
