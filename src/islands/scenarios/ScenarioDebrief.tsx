import type { Ref } from 'preact';
import type { ScenarioContent } from '../../schemas/scenario';
import { ratingLabels, verdictLabels } from '../../schemas/scenario-codes';
import { formatCount, formatSigned } from '../../lib/funnel/format';
import { whatIf } from '../../lib/scenarios/funnel';
import type { Decision } from '../../lib/scenarios/graph';
import { clockLabel, minutesOf, runInbox } from '../../lib/scenarios/inbox';
import { endingFor, playMetrics } from '../../lib/scenarios/outcome';
import { resolvePicks, rereadKey, type RereadLink } from '../../lib/scenarios/play';
import { FunnelTable, revenueLine } from './ScenarioNumbers';
import { RereadLine, verdictMark } from './ScenarioStep';
import { withBase } from '../../lib/base';

const actionWords = { call: 'Called', nurture: 'Sent to nurture', return: 'Sent back' } as const;

/** The inbox's morning, lead by lead: what was done, after how long, and what it was worth. */
function InboxSummary({ scenario, picks }: { scenario: ScenarioContent; picks: Decision[] }) {
  if (!scenario.inbox) return null;
  const run = runInbox(scenario.inbox, scenario, picks);
  return (
    <>
      <ul class="sc-totals">
        <li>
          Meetings you can expect: <strong>{formatCount(run.meetings)}</strong>
        </li>
        <li>
          Leads gone cold: <strong>{run.cold}</strong>
        </li>
        <li>
          SLA {run.breaches ? 'broken' : 'kept'}: <strong>{run.breaches}</strong> of {run.leads.length} leads answered
          late or not at all
        </li>
      </ul>
      <div class="table-scroll">
        <table class="sc-table">
          <caption>Your morning, lead by lead (the SLA allows {scenario.inbox.slaMinutes} minutes)</caption>
          <thead>
            <tr>
              <th scope="col">Lead</th>
              <th scope="col" class="sc-text">
                What happened
              </th>
              <th scope="col">Meetings expected</th>
            </tr>
          </thead>
          <tbody>
            {run.leads.map((l) => (
              <tr key={l.lead.id}>
                <th scope="row">{l.lead.name.split(',')[0]}</th>
                <td class="sc-text">
                  {`Arrived ${l.lead.arrives}. `}
                  {l.action
                    ? `${actionWords[l.action]} at ${clockLabel(minutesOf(l.lead.arrives) + l.wait)}, after ${l.wait} min.`
                    : 'Still waiting at the end of the morning.'}
                  {l.breach && ' Late for the SLA.'}
                  {l.cold && ' Gone cold.'}
                </td>
                <td>{formatCount(l.meetings)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** For each step whose choices change the funnel: what every choice there would have given. */
function WhatIfTables({ scenario, picks }: { scenario: ScenarioContent; picks: Decision[] }) {
  return (
    <>
      {picks.map((p) => {
        const rows = whatIf(scenario, picks, p.step);
        if (!rows.length || scenario.kind !== 'review') return null;
        const title = scenario.steps.find((s) => s.id === p.step)!.title;
        return (
          <div class="table-scroll" key={p.step}>
            <table class="sc-table sc-whatif">
              <caption>What each choice at “{title}” would have changed</caption>
              <thead>
                <tr>
                  <th scope="col">Choice</th>
                  <th scope="col">Customers a quarter</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.choice.id} class={r.choice.id === p.choice ? 'sc-yours' : undefined}>
                    <th scope="row">
                      {r.choice.text}
                      {r.choice.id === p.choice && <strong> (your choice)</strong>}
                    </th>
                    <td>{formatCount(r.customers)}</td>
                    <td>{formatSigned(r.gained, formatCount)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      })}
    </>
  );
}

interface Props {
  scenario: ScenarioContent;
  picks: Decision[];
  rereads: Record<string, RereadLink>;
  headingRef: Ref<HTMLHeadingElement>;
  onAgain: () => void;
}

/** The end of a play: the ending, the numbers, every decision with its explanation, and what to reread. */
export function Debrief({ scenario, picks, rereads, headingRef, onAgain }: Props) {
  const metrics = playMetrics(scenario, picks);
  const ending = endingFor(scenario, metrics);
  const taken = resolvePicks(scenario, picks);
  const toReread = [
    ...new Set(
      taken.flatMap((t) => (t.choice.reread && t.choice.verdict === 'mistake' ? [rereadKey(t.choice.reread)] : [])),
    ),
  ];
  return (
    <section class="sc-debrief" aria-labelledby="sc-debrief-h">
      <h2 id="sc-debrief-h" tabIndex={-1} ref={headingRef}>
        Debrief
      </h2>
      <div class={`sc-ending sc-ending-${ending.rating}`}>
        <p class="sc-kicker">{ratingLabels[ending.rating]}</p>
        <p class="sc-ending-title">{ending.title}</p>
        <p>{ending.text}</p>
      </div>
      <p>
        <strong>
          {metrics.best} of {metrics.decisions} decisions were the strongest choice; {metrics.mistakes}{' '}
          {metrics.mistakes === 1 ? 'was a costly mistake' : 'were costly mistakes'}.
        </strong>
      </p>
      <InboxSummary scenario={scenario} picks={picks} />
      {scenario.funnel && (
        <>
          <p>{revenueLine(scenario, picks)}</p>
          <FunnelTable scenario={scenario} picks={picks} caption="The funnel a month, before and after the agreement" />
        </>
      )}
      {scenario.quarter && <p>Next quarter, if the fix works as assumed: {revenueLine(scenario, picks)}</p>}
      <WhatIfTables scenario={scenario} picks={picks} />
      <h3>What to reread</h3>
      {toReread.length ? (
        <ul>
          {toReread.map((k) => (
            <li key={k}>
              <a href={rereads[k]?.href}>{`${rereads[k]?.chapter}, “${rereads[k]?.heading}”`}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>No costly mistakes, so nothing in particular. Try another path to see what the other choices do.</p>
      )}
      <h3>Your decisions</h3>
      <ol class="sc-decisions">
        {taken.map(({ step, choice }) => {
          const best = step.choices.filter((c) => c.verdict === 'best' && c.id !== choice.id);
          return (
            <li key={step.id} class={`sc-${choice.verdict}`}>
              <p class="sc-decision-title">{step.title}</p>
              <p>
                You chose: {choice.text}.{' '}
                <strong>
                  <span aria-hidden="true">{verdictMark[choice.verdict]} </span>
                  {verdictLabels[choice.verdict]}.
                </strong>
              </p>
              <p>{choice.explanation}</p>
              {choice.verdict !== 'best' && best.length > 0 && (
                <p>Stronger here: {best.map((c) => c.text).join('; or ')}.</p>
              )}
              <RereadLine choice={choice} rereads={rereads} />
            </li>
          );
        })}
      </ol>
      <div class="sc-actions">
        <button type="button" class="btn" onClick={onAgain}>
          Play again
        </button>
        <a href={withBase('/practice/')}>Back to practice</a>
      </div>
    </section>
  );
}
