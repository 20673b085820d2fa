import type { ComponentChildren, Ref } from 'preact';
import type { ScenarioChoice, ScenarioContent, ScenarioStep as Step } from '../../schemas/scenario';
import { reasonLabels, verdictLabels, type Level, type Verdict } from '../../schemas/scenario-codes';
import { clockAt, clockLabel, minutesOf } from '../../lib/scenarios/inbox';
import type { Decision } from '../../lib/scenarios/graph';
import { rereadKey, type RereadLink } from '../../lib/scenarios/play';

/** A text mark beside each verdict, so colour is never the only cue. */
export const verdictMark: Record<Verdict, string> = { best: '✓', fair: '~', mistake: '✗' };
const levelWord: Record<Level, string> = { high: 'High', medium: 'Medium', low: 'Low' };
const roleLabel = { marketing: 'You are the head of marketing', sales: 'You are the head of sales' } as const;

/** The lead a step is about: who, from where, when it arrived and how long it has waited. */
function LeadCard({ scenario, step, picks }: { scenario: ScenarioContent; step: Step; picks: Decision[] }) {
  const lead = scenario.inbox?.leads.find((l) => l.id === step.lead);
  if (!lead || !scenario.inbox) return null;
  const waited = clockAt(scenario.inbox, scenario, picks, lead) - minutesOf(lead.arrives);
  return (
    <dl class="sc-lead">
      <div>
        <dt>Lead</dt>
        <dd>{lead.name}</dd>
      </div>
      <div>
        <dt>Company</dt>
        <dd>{lead.company}</dd>
      </div>
      <div>
        <dt>Came from</dt>
        <dd>{lead.source}</dd>
      </div>
      <div>
        <dt>Arrived</dt>
        <dd>
          {lead.arrives}
          {waited > 0 ? `, waiting ${waited} min` : ', just now'}
        </dd>
      </div>
      <div>
        <dt>Fit and intent</dt>
        <dd>
          Fit {levelWord[lead.fit].toLowerCase()}, intent {levelWord[lead.intent].toLowerCase()}; meeting chance within
          the hour {lead.chance} %
        </dd>
      </div>
    </dl>
  );
}

interface Props {
  scenario: ScenarioContent;
  step: Step;
  picks: Decision[];
  number: number;
  headingRef: Ref<HTMLHeadingElement>;
  onChoose: (choice: string) => void;
  /** Where things stand (the clock, the funnel), shown under the choices. */
  children?: ComponentChildren;
}

/** One decision: the situation and a button per choice. */
export function StepView({ scenario, step, picks, number, headingRef, onChoose, children }: Props) {
  return (
    <section class="sc-step" aria-labelledby={`sc-step-${step.id}`}>
      <p class="sc-kicker">
        Decision {number}
        {scenario.inbox && ` · ${clockLabel(clockAt(scenario.inbox, scenario, picks))}`}
        {step.role && (
          <span class={step.role === 'marketing' ? 'tag-marketing' : 'tag-sales'}> {roleLabel[step.role]}</span>
        )}
      </p>
      <h2 id={`sc-step-${step.id}`} tabIndex={-1} ref={headingRef}>
        {step.title}
      </h2>
      <LeadCard scenario={scenario} step={step} picks={picks} />
      {step.text.map((t) => (
        <p key={t}>{t}</p>
      ))}
      <ul class="sc-choices" aria-label="Your choices">
        {step.choices.map((c) => (
          <li key={c.id}>
            <button type="button" class="sc-choice" onClick={() => onChoose(c.id)}>
              {c.text}
              {c.reason && <span class="sc-code"> Reason code: {reasonLabels[c.reason]}</span>}
            </button>
          </li>
        ))}
      </ul>
      <div class="sc-status">{children}</div>
    </section>
  );
}

/** The chapter section to reread after a choice, if it names one. */
export function RereadLine({ choice, rereads }: { choice: ScenarioChoice; rereads: Record<string, RereadLink> }) {
  const link = choice.reread && rereads[rereadKey(choice.reread)];
  if (!link) return null;
  return (
    <p class="sc-reread">
      Reread: <a href={link.href}>{`${link.chapter}, “${link.heading}”`}</a>
    </p>
  );
}

/** What the reader chose at a step, how it is judged and why; shown before moving on. */
export function Feedback(props: {
  step: Step;
  choice: ScenarioChoice;
  rereads: Record<string, RereadLink>;
  headingRef: Ref<HTMLHeadingElement>;
  last: boolean;
  onNext: () => void;
  /** Where things stand after the choice. */
  children?: ComponentChildren;
}) {
  const { step, choice, rereads, headingRef, last, onNext, children } = props;
  return (
    <section class={`sc-feedback sc-${choice.verdict}`} aria-labelledby="sc-feedback-h">
      <p class="sc-kicker">{step.title}</p>
      <h2 id="sc-feedback-h" tabIndex={-1} ref={headingRef}>
        <span aria-hidden="true">{verdictMark[choice.verdict]} </span>
        {verdictLabels[choice.verdict]}
      </h2>
      <p>
        <strong>You chose:</strong> {choice.text}
      </p>
      <p>{choice.explanation}</p>
      <RereadLine choice={choice} rereads={rereads} />
      <div class="sc-status">{children}</div>
      <button type="button" class="btn" onClick={onNext}>
        {last ? 'See the debrief' : 'Next decision'}
      </button>
    </section>
  );
}
