import { useState } from 'preact/hooks';
import type { Summary } from '../../schemas/crm';
import { currencies, LIMITS, type Currency } from '../../schemas/funnel';
import { numbersFor } from '../../lib/funnel/format';
import { measuredFunnel, scenarioName } from '../../lib/crm/to-funnel';
import { dateRange } from '../../lib/crm/combine';
import { summaryCsv } from '../../lib/crm/export';
import { encodeFunnel } from '../../lib/funnel/code-encode';
import { $funnelState } from '../../stores/funnel-store';
import { $keptSummary, forgetSummary, keepSummary, saveMeasuredScenario } from '../../stores/crm-store';
import { useAtom } from '../shared/use-hydrated-store';
import { downloadText } from '../shared/download';
import { LeadsResults } from './LeadsResults';
import { SpeedResults } from './SpeedResults';
import { CustomersResults, DealsResults } from './AfterResults';
import { withBase } from '../../lib/base';

/** The summary of the files read (or the one kept), with what the reader can do with it. */
export function Results({ summary, kept = false }: { summary: Summary; kept?: boolean }) {
  const funnelState = useAtom($funnelState);
  const keptState = useAtom($keptSummary);
  const [currency, setCurrency] = useState<Currency>(funnelState.funnel.currency);
  const [slaText, setSlaText] = useState(String(funnelState.sla.hours));
  const [status, setStatus] = useState('');
  const slaNumber = Number(slaText);
  const sla = Number.isInteger(slaNumber) && slaNumber >= 1 && slaNumber <= LIMITS.hoursMax ? slaNumber : null;
  const n = numbersFor(currency);
  const measured = measuredFunnel(summary, funnelState.funnel, currency);
  const range = dateRange(summary);
  const name = scenarioName(summary.files[0]?.name ?? 'CRM export', range?.first ?? '', range?.last ?? '');

  function sendToBuilder() {
    if (!measured.ok) return;
    const saved = saveMeasuredScenario(name, measured.funnel);
    if (!saved)
      setStatus(
        `Your list of scenarios is full (${LIMITS.scenariosMax}), so this one opens without being saved as a scenario.`,
      );
    location.assign(withBase(`/funnel/#f=${encodeFunnel(measured.funnel)}`));
  }

  const isKept = keptState.summary !== null && JSON.stringify(keptState.summary) === JSON.stringify(summary);
  return (
    <section class="crm-results" aria-labelledby="crm-results-heading">
      <h2 id="crm-results-heading">{kept ? 'Your kept summary' : 'What your files show'}</h2>
      <p>
        From <bdi>{summary.name}</bdi>.
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
            {sla === null && (
              <span id="crm-sla-error" class="crm-error">
                Enter whole hours from 1 to {LIMITS.hoursMax}.
              </span>
            )}
          </>
        )}
      </div>

      {summary.leads && <LeadsResults leads={summary.leads} n={n} />}
      {summary.leads?.speed && <SpeedResults speed={summary.leads.speed} sla={sla ?? funnelState.sla.hours} n={n} />}
      {summary.deals && <DealsResults deals={summary.deals} n={n} />}
      {summary.customers && <CustomersResults customers={summary.customers} n={n} />}

      <section class="crm-actions crm-no-print" aria-labelledby="crm-use">
        <h3 id="crm-use">Plan from these numbers</h3>
        {measured.ok ? (
          <>
            <p id="crm-use-what">
              Opens the funnel builder with {measured.funnel.stages.map((s) => s.name).join(', ')}, their measured rates
              and days, {n.count(measured.funnel.volume)} new {measured.funnel.stages[0]!.name.toLowerCase()}s a month
              and a deal value of {n.money(measured.funnel.dealValue)}, saved as the scenario “<bdi>{name}</bdi>”.{' '}
              {measured.notes.join(' ')}
            </p>
            <button type="button" class="btn" aria-describedby="crm-use-what" onClick={sendToBuilder}>
              Use these numbers
            </button>
          </>
        ) : (
          <p>{measured.message}</p>
        )}
        <div class="button-row">
          <button
            type="button"
            class="btn btn-secondary"
            onClick={() => downloadText(summaryCsv(summary), 'crm-summary.csv', 'text/csv')}
          >
            Download the summary (CSV)
          </button>
          <button type="button" class="btn btn-secondary" onClick={() => print()}>
            Print
          </button>
          {isKept ? (
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => (forgetSummary(), setStatus('The kept summary was removed from this browser.'))}
            >
              Forget the kept summary
            </button>
          ) : (
            <button
              type="button"
              class="btn btn-secondary"
              onClick={() => (
                keepSummary(summary, new Date().toISOString().slice(0, 10)),
                setStatus('Summary kept in this browser (counts and rates only, no rows).')
              )}
            >
              Keep this summary in this browser
            </button>
          )}
        </div>
        <p role="status">{status}</p>
      </section>
    </section>
  );
}

/** The summary the reader kept on an earlier visit, if any. */
export function KeptResults() {
  const kept = useAtom($keptSummary);
  return kept.summary ? <Results summary={kept.summary} kept /> : null;
}
