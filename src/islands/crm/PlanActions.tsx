import { useState } from 'preact/hooks';
import type { Summary } from '../../schemas/crm';
import type { Funnel } from '../../schemas/funnel';
import { LIMITS } from '../../schemas/funnel';
import { pluralName, type Numbers } from '../../lib/funnel/format';
import type { MeasuredFunnel } from '../../lib/crm/to-funnel';
import { measuredSla } from '../../lib/crm/to-sla';
import { summaryCsv } from '../../lib/crm/export';
import { encodeFunnel } from '../../lib/funnel/code-encode';
import { setSla } from '../../stores/funnel-store';
import { forgetSummary, keepSummary, saveMeasuredScenario } from '../../stores/crm-store';
import { downloadText } from '../shared/download';
import { withBase } from '../../lib/base';

const builderHref = (funnel: Funnel) => withBase(`/funnel/#f=${encodeFunnel(funnel)}`);

interface Props {
  summary: Summary;
  measured: MeasuredFunnel;
  /** The scenario's name: the file and the months it covers. */
  name: string;
  isKept: boolean;
  n: Numbers;
}

/** What the reader can do with the summary: plan from it (funnel builder, SLA draft), download, print, keep. */
export function PlanActions({ summary, measured, name, isKept, n }: Props) {
  const [status, setStatus] = useState('');
  const [slaFilled, setSlaFilled] = useState(false);
  const [listFull, setListFull] = useState(false);
  const sla = measuredSla(summary, measured.ok ? measured.funnel : null);

  function sendToBuilder() {
    if (!measured.ok) return;
    // With the scenario list full the page stays, so the reader learns the funnel was not kept.
    if (saveMeasuredScenario(name, measured.funnel)) location.assign(builderHref(measured.funnel));
    else setListFull(true);
  }

  function fillSla() {
    if (!sla.ok) return;
    setSla(sla.hours === null ? { measured: sla.measured } : { hours: sla.hours, measured: sla.measured });
    setSlaFilled(true);
    setStatus('The SLA draft in the funnel builder now uses your measured numbers. You can still change them there.');
  }

  return (
    <section class="crm-actions crm-no-print" aria-labelledby="crm-use">
      <h3 id="crm-use">Plan from these numbers</h3>
      {measured.ok ? (
        <div class="crm-action">
          <p id="crm-use-what">
            Opens the funnel builder with {measured.funnel.stages.map((s) => s.name).join(', ')}, their measured rates
            and days, {n.count(measured.funnel.volume)} new{' '}
            {pluralName(measured.funnel.stages[0]!.name, measured.funnel.volume).toLowerCase()} a month and a deal value
            of {n.money(measured.funnel.dealValue)}, saved as the scenario “<bdi>{name}</bdi>”.{' '}
            {measured.notes.join(' ')}
          </p>
          <button type="button" class="btn" aria-describedby="crm-use-what" onClick={sendToBuilder}>
            Use these numbers
          </button>
          {listFull && (
            <p role="alert">
              Your list of scenarios is full ({LIMITS.scenariosMax}), so this funnel was not saved as a scenario.{' '}
              <a href={builderHref(measured.funnel)}>Open it in the funnel builder without saving</a>, or delete a
              scenario there first.
            </p>
          )}
        </div>
      ) : (
        <p>{measured.message}</p>
      )}
      {sla.ok ? (
        <div class="crm-action">
          <p id="crm-sla-what">
            Fills the funnel builder’s SLA draft with {n.count(sla.measured.delivered)}{' '}
            {pluralName(sla.measured.fromName, sla.measured.delivered)} and {n.count(sla.measured.accepted)}{' '}
            {pluralName(sla.measured.toName, sla.measured.accepted)} a month
            {sla.hours === null
              ? ' (your files have no response times, so the follow-up hours stay as they are)'
              : ` and a follow-up time of ${sla.hours} ${sla.hours === 1 ? 'hour' : 'hours'} (your median first response, rounded up to whole hours)`}
            . The draft says the numbers came from your files; hours and attempts stay yours to change.
          </p>
          <button type="button" class="btn btn-secondary" aria-describedby="crm-sla-what" onClick={fillSla}>
            Fill the SLA draft
          </button>
          {slaFilled && (
            <p>
              <a href={withBase('/funnel/#fx-sla')}>Open the SLA draft in the funnel builder</a>
            </p>
          )}
        </div>
      ) : (
        <p>{sla.message}</p>
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
  );
}
