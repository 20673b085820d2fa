import { useState } from 'preact/hooks';
import { attemptsSchema, hoursSchema } from '../../schemas/funnel';
import { draftSla, slaText, type Sentence } from '../../lib/funnel/sla';
import type { FunnelView } from '../../stores/funnel-view';
import { dropMeasuredSla, setSla } from '../../stores/funnel-store';
import { NumberField } from './Fields';
import { H } from './H';
import { copyText } from '../shared/clipboard';
import { withBase } from '../../lib/base';

/** A sentence with the reader's names isolated, so a right-to-left name cannot reorder the rest. */
function Text({ s }: { s: Sentence }) {
  return <>{s.map((p, i) => (typeof p === 'string' ? p : <bdi key={i}>{p.name}</bdi>))}</>;
}

/** The SLA drafted from the handoff (the goal's numbers in goal mode), with editable hours and attempts, to copy or print. */
export function SlaDraft({ view, idp, level }: { view: FunnelView; idp: string; level: number }) {
  const sla = view.state.sla;
  const [status, setStatus] = useState<string | null>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const draft = draftSla(view.funnel, sla.hours, sla.attempts, view.plan, view.forGoal, sla.measured);
  const copy = async () => {
    if (!draft) return;
    const text = slaText(draft);
    if (await copyText(text)) {
      setFallback(null);
      setStatus('SLA copied as text.');
    } else {
      setFallback(text);
      setStatus('Your browser did not allow copying. Select the text below and copy it yourself.');
    }
  };
  const print = () => {
    const root = document.documentElement;
    root.classList.add('print-sla');
    addEventListener('afterprint', () => root.classList.remove('print-sla'), { once: true });
    print_();
  };
  return (
    <section class="funnel-sla">
      <H level={level} id={`${idp}-sla`}>
        A service-level agreement for the handoff
      </H>
      <div class="sla-settings no-print">
        <NumberField
          id={`${idp}-sla-hours`}
          label="Sales follows up within (hours)"
          value={sla.hours}
          schema={hoursSchema}
          onValid={(hours) => setSla({ hours })}
        />
        <NumberField
          id={`${idp}-sla-attempts`}
          label="Attempts before handing a lead back"
          value={sla.attempts}
          schema={attemptsSchema}
          onValid={(attempts) => setSla({ attempts })}
        />
      </div>
      {sla.measured && (
        <p class="no-print">
          The volumes below come from your CRM export (<a href={withBase('/your-numbers/')}>Your own numbers</a>).{' '}
          <button type="button" class="btn btn-secondary" onClick={dropMeasuredSla}>
            Use the funnel’s numbers instead
          </button>
        </p>
      )}
      {draft ? (
        <article class="sla-draft" aria-labelledby={`${idp}-sla-title`}>
          <p class="sla-title" id={`${idp}-sla-title`}>
            <strong>
              <Text s={draft.title} />
            </strong>
          </p>
          <p class="sla-basis">
            <Text s={draft.basis} />
          </p>
          <ol>
            {draft.clauses.map((c, i) => (
              <li key={i}>
                <Text s={c} />
              </li>
            ))}
          </ol>
        </article>
      ) : (
        <p>There is no handoff to draft an agreement for: give a stage to marketing and a later stage to sales.</p>
      )}
      <div class="button-row no-print">
        <button type="button" class="btn btn-secondary" onClick={copy} aria-disabled={draft ? undefined : 'true'}>
          Copy SLA as text
        </button>
        <button type="button" class="btn btn-secondary" onClick={print} aria-disabled={draft ? undefined : 'true'}>
          Print SLA
        </button>
      </div>
      <p role="status" class="no-print">
        {status}
      </p>
      {fallback && (
        <div class="field no-print">
          <label for={`${idp}-sla-text`}>SLA text to copy</label>
          <textarea id={`${idp}-sla-text`} readOnly rows={8} value={fallback} />
        </div>
      )}
    </section>
  );
}

/** window.print, kept apart so the component's own `print` handler does not shadow it. */
const print_ = () => window.print();
