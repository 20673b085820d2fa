import { $funnelView, type FunnelView } from '../../stores/funnel-view';
import { useAtom } from '../shared/use-hydrated-store';
import { setFunnelField } from '../../stores/funnel-store';
import { attainmentSchema, meetingsSchema, quotaSchema, rampSchema } from '../../schemas/team-fields';
import type { TeamInputs } from '../../schemas/funnel-team';
import { teamPlan, type TeamPlan } from '../../lib/funnel/team';
import { startingTeam, teamContent } from '../../lib/funnel/team-data';
import { pluralName } from '../../lib/funnel/format';
import { termHref } from '../../lib/glossary';
import { chapterHref } from '../../lib/chapters';
import { NumberField } from './Fields';
import { TeamTable } from './TeamTable';
import { H } from './H';

type Ok = Extract<TeamPlan, { ok: true }>;
const { fields } = teamContent;

/**
 * Goal mode's "The team this goal needs": four inputs about the reader's sales team, and from
 * them and the goal's funnel the AEs and SDRs needed by month, the pipeline coverage and the
 * sales velocity, each with its arithmetic. Loaded only in goal mode (see TeamSlot).
 */
export function TeamSection({ idp, level }: { idp: string; level: number }) {
  // The view is read here, as the islands read it, rather than passed in, so this code shares their
  // chunk of the funnel's state instead of splitting it off. It loads after hydration: no server value.
  const view = useAtom($funnelView);
  const { funnel } = view;
  const team = funnel.team ?? startingTeam;
  const plan = view.goal ? teamPlan(funnel, view.goal, team) : null;
  const { money, pct, count } = view.num;
  const set = (patch: Partial<TeamInputs>) => setFunnelField('team', { ...team, ...patch });
  const hint = (f: keyof TeamInputs, shown: string) =>
    `${fields[f].hint}${funnel.team ? '' : ` (starting value ${shown}: an editorial assumption)`}`;
  return (
    <section class="funnel-team" aria-labelledby={`${idp}-team-heading`}>
      <H level={level} id={`${idp}-team-heading`}>
        The team this goal needs
      </H>
      <p>
        How many account executives (AEs) close the goal’s deals and how many sales development reps (SDRs) book its
        meetings, from the goal, the funnel’s rates and days, and four numbers about your team.
      </p>
      <div class="control-grid">
        <NumberField
          id={`${idp}-quota`}
          label="Quota of one AE a month"
          hint={hint('quota', money(fields.quota.start))}
          value={team.quota}
          schema={quotaSchema}
          format={money}
          onValid={(quota) => set({ quota })}
        />
        <NumberField
          id={`${idp}-ramp`}
          label="Ramp in months"
          hint={hint('ramp', String(fields.ramp.start))}
          value={team.ramp}
          schema={rampSchema}
          onValid={(ramp) => set({ ramp })}
        />
        <NumberField
          id={`${idp}-attainment`}
          label="Expected quota attainment"
          hint={hint('attainment', pct(fields.attainment.start))}
          suffix="%"
          value={team.attainment}
          schema={attainmentSchema}
          onValid={(attainment) => set({ attainment })}
        />
        <NumberField
          id={`${idp}-meetings`}
          label="Meetings (SQLs) one SDR books a month"
          hint={hint('meetings', count(fields.meetings.start))}
          value={team.meetings}
          schema={meetingsSchema}
          onValid={(meetings) => set({ meetings })}
        />
      </div>
      {funnel.team && (
        <p>
          <button type="button" class="link-button" onClick={() => setFunnelField('team', null)}>
            Back to the starting values
          </button>
        </p>
      )}
      {plan?.ok ? (
        <TeamFigures view={view} plan={plan} team={team} idp={idp} />
      ) : (
        <p role="status">
          {plan?.kind === 'too-large'
            ? `The goal would need more than 100 billion ${plan.who}: check the quota, the attainment and the meetings per SDR.`
            : 'The team can be worked out once the goal can: see what the results above say about the goal.'}
        </p>
      )}
      <details class="team-basis">
        <summary>Where the starting values come from</summary>
        <p>{teamContent.notes}</p>
        <ul>
          {(Object.keys(fields) as (keyof TeamInputs)[]).map((k) => (
            <li key={k}>{fields[k].basis}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function TeamFigures({ view, plan, team, idp }: { view: FunnelView; plan: Ok; team: TeamInputs; idp: string }) {
  const { funnel } = view;
  const { money, pct, count, locale } = view.num;
  const exact = (n: number) => n.toLocaleString(locale, { maximumFractionDigits: 2 });
  const times = (n: number) => `${exact(n)} ×`;
  const busiest = (pick: (m: Ok['months'][number]) => number | null, most: number) =>
    plan.months.find((m) => pick(m) === most)?.month;
  const opps = pluralName(plan.oppStage, plan.opportunities);
  const v = plan.velocity;
  return (
    <>
      <dl class="team-figures">
        <div>
          <dt>AEs, once ramped</dt>
          <dd>{count(plan.aesRamped)}</dd>
        </div>
        <div>
          <dt>AEs to hire in month 1</dt>
          <dd>{count(plan.aesHire)}</dd>
        </div>
        <div>
          <dt>SDRs, once ramped</dt>
          <dd>{plan.sdrsRamped === null ? 'None counted' : count(plan.sdrsRamped)}</dd>
        </div>
        <div>
          <dt>SDRs to hire in month 1</dt>
          <dd>{plan.sdrsHire === null ? 'None counted' : count(plan.sdrsHire)}</dd>
        </div>
        <div>
          <dt>Pipeline coverage</dt>
          <dd>{times(plan.coverage)}</dd>
        </div>
        <div>
          <dt>Sales velocity</dt>
          <dd>{v.ok ? `${money(v.perDay)} a day` : 'Needs the days in the stage'}</dd>
        </div>
      </dl>
      <ul class="team-sums">
        <li>
          <strong>AEs:</strong> {money(funnel.target)} ÷ ({money(team.quota)} × {pct(team.attainment)}) ={' '}
          {exact(funnel.target / plan.perAe)}, so {count(plan.aesRamped)} once fully ramped.{' '}
          {plan.firstClose === null
            ? 'No deal closes within 12 months: the funnel’s days add up to more than the plan.'
            : plan.aesHire > plan.aesRamped
              ? `Hired in month 1, they still carry part of a quota when the first deals close in month ${plan.firstClose}, so month ${busiest((m) => m.aes, plan.aesHire)} needs ${count(plan.aesHire)}: hire that many, or hire ${count(plan.aesRamped)} earlier.`
              : plan.months[plan.firstClose - 1]!.share < 1
                ? `Hired in month 1, they carry ${pct(plan.months[plan.firstClose - 1]!.share * 100)} of a quota when the first deals close in month ${plan.firstClose}, and ${count(plan.aesRamped)} still cover the goal.`
                : `Hired in month 1, they carry a full quota by the time the first deals close in month ${plan.firstClose}.`}
        </li>
        <li>
          <strong>SDRs:</strong>{' '}
          {plan.sdrStage === null || plan.sdrsRamped === null
            ? 'none counted: no sales stage follows marketing’s last stage before the customers. Give the stage where meetings are booked to sales.'
            : `counted at “${plan.sdrStage}”, the first stage sales works after marketing hands over (if nobody books meetings there, as in most online shops, these figures do not apply). The goal needs ${count(plan.meetings)} ${pluralName(plan.sdrStage, plan.meetings)} a month; ${count(plan.meetings)} ÷ ${exact(team.meetings)} = ${exact(plan.meetings / team.meetings)}, so ${count(plan.sdrsRamped)} once ramped.${
                plan.sdrsHire !== null && plan.sdrsHire > plan.sdrsRamped
                  ? ` New SDRs ramp over the same ${team.ramp} months, so month ${busiest((m) => m.sdrs, plan.sdrsHire)} needs ${count(plan.sdrsHire)}.`
                  : ''
              }`}
        </li>
        <li>
          <strong>Pipeline coverage:</strong> {count(plan.opportunities)} {opps} a month × {money(funnel.dealValue)} ={' '}
          {money(plan.pipeline)} of pipeline, {times(plan.coverage)} the {money(funnel.target)} goal.{' '}
          {Math.abs(plan.coverage - plan.simpleCoverage) > 0.005 &&
            `At a ${pct(plan.winRate)} win rate, 1 ÷ ${pct(plan.winRate)} = ${times(plan.simpleCoverage)}; whole deals and whole ${pluralName(plan.oppStage, 2)} make it more.`}
        </li>
        <li>
          <strong>Sales velocity:</strong>{' '}
          {v.ok
            ? `${count(plan.opportunities)} ${opps} × ${pct(plan.winRate)} × ${money(funnel.dealValue)} ÷ ${count(v.cycleDays)} days = ${money(v.perDay)} a day: one month’s ${pluralName(plan.oppStage, 2)} bring ${money(v.won)} over the ${count(v.cycleDays)} days they take to close.`
            : v.reason === 'no-days'
              ? `enter the days in “${plan.oppStage}” in the stages above: the sales cycle runs from it to the signed deal.`
              : `“${plan.oppStage}” takes 0 days, so there is no cycle to divide by: enter at least 1 day.`}
        </li>
      </ul>
      <p class="muted">
        Read more on <a href={termHref('pipeline-coverage')}>pipeline coverage</a>,{' '}
        <a href={termHref('sales-velocity')}>sales velocity</a> and <a href={termHref('ramp')}>ramp</a>, or work the
        same sums by hand in <a href={chapterHref('the-managers-numbers')}>the manager’s numbers</a>.
      </p>
      <TeamTable view={view} plan={plan} idp={idp} />
    </>
  );
}
