import type { Funnel } from '../../schemas/funnel';
import type { TeamInputs } from '../../schemas/funnel-team';
import { clean, GOAL_CEILING, type GoalResult } from './model';
import { findHandoff } from './insights';
import { lagMonths } from './time';

/** The plan runs as long as the builder's projection. */
const TEAM_MONTHS = 12;

/**
 * The share of a full quota a hire carries in their n-th month (n from 1): n ÷ (ramp + 1), at most
 * 1. A 3-month ramp gives 25 %, 50 %, 75 %, then 100 % from the fourth month: the straight-line
 * ramp of the chapter on the manager's numbers. A ramp of 0 means the full quota from month 1.
 */
export function rampShare(month: number, ramp: number): number {
  return Math.min(1, month / (ramp + 1));
}

/**
 * Whole people for `work` a month when one ramped person does `each` and a hire in their n-th
 * month does rampShare(n) of it: ⌈work ÷ (each × share)⌉, with 12-digit rounding first so float
 * noise (7 ÷ 0.07 = 100.00000000000001) never adds a person. Null above GOAL_CEILING.
 */
function people(work: number, each: number, month: number, ramp: number): number | null {
  if (work <= 0) return 0;
  const exact = clean((work * (ramp + 1)) / (each * Math.min(month, ramp + 1)));
  return Number.isFinite(exact) && exact <= GOAL_CEILING ? Math.ceil(exact) : null;
}

export interface TeamMonth {
  month: number;
  /** Share of a full quota someone hired in month 1 carries this month. */
  share: number;
  /** Revenue the goal needs closed this month: 0 until the first deals can close. */
  revenue: number;
  /** AEs that revenue needs, all hired in month 1. */
  aes: number;
  /** Meetings (SQLs) the goal needs booked this month: 0 until the first people reach that stage. */
  meetings: number;
  /** SDRs those meetings need, all hired in month 1; null when no stage is the SDRs'. */
  sdrs: number | null;
}

export type Velocity =
  | {
      ok: true;
      /** (opportunities × win rate × deal value) ÷ cycle days: revenue a day. */
      perDay: number;
      /** Days in the opportunity stage: the sales cycle, opportunity to signature. */
      cycleDays: number;
      /** Opportunities × win rate × deal value: what one month's opportunities bring over the cycle. */
      won: number;
    }
  | { ok: false; reason: 'no-days' | 'zero-days' };

export type TeamPlan =
  | {
      ok: true;
      /** AEs the goal needs once everyone is fully ramped: ⌈target ÷ (quota × attainment)⌉. */
      aesRamped: number;
      /** What one fully ramped AE closes a month: quota × expected attainment. */
      perAe: number;
      /** AEs to hire in month 1 so every month's revenue is covered while they ramp. */
      aesHire: number;
      /** The stage SDRs book (the first sales stage after marketing's last); null when there is none. */
      sdrStage: string | null;
      /** Meetings the goal needs a month at that stage. */
      meetings: number;
      sdrsRamped: number | null;
      sdrsHire: number | null;
      /** First month with revenue to close (the sales cycle, as the projection rounds it); null past the plan. */
      firstClose: number | null;
      months: TeamMonth[];
      /** The stage before the customers: the opportunities, and its rate, the win rate. */
      oppStage: string;
      opportunities: number;
      winRate: number;
      /** Value of the opportunities the goal needs a month: opportunities × deal value. */
      pipeline: number;
      /** Pipeline ÷ target. */
      coverage: number;
      /** 100 ÷ win rate: the coverage before whole deals and whole opportunities are counted. */
      simpleCoverage: number;
      velocity: Velocity;
    }
  | { ok: false; kind: 'goal' }
  | { ok: false; kind: 'too-large'; who: 'AEs' | 'SDRs' };

/** Whole months before people reach stage `index`, as the builder's projection counts them. */
const lagTo = (f: Funnel, index: number) => lagMonths(f.stages.slice(0, index).reduce((s, x) => s + (x.days ?? 0), 0));

/**
 * The team a goal needs, month by month. The plan starts like the builder's projection: an
 * empty pipeline in month 1, the goal's volume entering every month, and everyone hired in
 * month 1, so hires ramp while the first deals move through the cycle. Each month needs
 * ⌈work ÷ (one ramped person's output × ramp share)⌉ people; the hire is the most any month needs.
 */
export function teamPlan(f: Funnel, g: GoalResult, t: TeamInputs): TeamPlan {
  if (!g.ok) return { ok: false, kind: 'goal' };
  const last = f.stages.length - 1;
  const opp = last - 1;
  const perAe = (t.quota * t.attainment) / 100;
  const handoff = findHandoff(f);
  const sdrIndex = handoff && handoff.toIndex < last ? handoff.toIndex : null;
  const meetings = sdrIndex === null ? 0 : g.needs[sdrIndex]!.need;
  const closeLag = lagTo(f, last);
  const meetLag = sdrIndex === null ? 0 : lagTo(f, sdrIndex);

  const aesRamped = people(f.target, perAe, TEAM_MONTHS, 0);
  const sdrsRamped = sdrIndex === null ? null : people(meetings, t.meetings, TEAM_MONTHS, 0);
  if (aesRamped === null) return { ok: false, kind: 'too-large', who: 'AEs' };
  if (sdrIndex !== null && sdrsRamped === null) return { ok: false, kind: 'too-large', who: 'SDRs' };

  const months: TeamMonth[] = [];
  for (let month = 1; month <= TEAM_MONTHS; month++) {
    const revenue = month > closeLag ? f.target : 0;
    const booked = month > meetLag ? meetings : 0;
    const aes = people(revenue, perAe, month, t.ramp);
    const sdrs = sdrIndex === null ? null : people(booked, t.meetings, month, t.ramp);
    if (aes === null) return { ok: false, kind: 'too-large', who: 'AEs' };
    if (sdrIndex !== null && sdrs === null) return { ok: false, kind: 'too-large', who: 'SDRs' };
    months.push({ month, share: rampShare(month, t.ramp), revenue, aes, meetings: booked, sdrs });
  }
  const most = (pick: (m: TeamMonth) => number | null, floor: number) =>
    months.reduce((m, x) => Math.max(m, pick(x) ?? 0), floor);

  const opportunities = g.needs[opp]!.need;
  const winRate = f.stages[opp]!.rate;
  const pipeline = clean(opportunities * f.dealValue);
  const days = f.stages[opp]!.days;
  const won = clean((opportunities * winRate * f.dealValue) / 100);
  const velocity: Velocity =
    days === null
      ? { ok: false, reason: 'no-days' }
      : days === 0
        ? { ok: false, reason: 'zero-days' }
        : { ok: true, perDay: clean(won / days), cycleDays: days, won };
  return {
    ok: true,
    aesRamped,
    perAe,
    aesHire: most((m) => m.aes, aesRamped),
    sdrStage: sdrIndex === null ? null : f.stages[sdrIndex]!.name,
    meetings,
    sdrsRamped,
    sdrsHire: sdrsRamped === null ? null : most((m) => m.sdrs, sdrsRamped),
    firstClose: closeLag + 1 <= TEAM_MONTHS ? closeLag + 1 : null,
    months,
    oppStage: f.stages[opp]!.name,
    opportunities,
    winRate,
    pipeline,
    coverage: clean(pipeline / f.target),
    simpleCoverage: clean(100 / winRate),
    velocity,
  };
}
