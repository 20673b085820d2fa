import { levelIds, roles, type LevelId, type Role } from '../../schemas/assessment';
import type { Dimension, Questionnaire } from './questionnaire';
import { ladderProfile } from './ladder';
import { answersFromList, levelOf, scoreAttempt, scoreOf, scoredValue } from './scoring';
import type { Respondent } from './team';

/** Marketing and sales means this far apart or more (on the 1–5 answer scale) are flagged. */
export const GAP_FLAG = 1.5;

/** Mean of 1–5 answers, or null when there are none. */
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
/** Gaps are compared at two decimals so 4 − 2.5 counts as 1.5 whatever the float error. */
const roundGap = (g: number) => Math.round(g * 100) / 100;

export interface Gap {
  /** Mean marketing answer, 1–5; null when no marketing respondent rated it. */
  marketing: number | null;
  sales: number | null;
  /** Marketing minus sales; null unless both sides rated it. */
  gap: number | null;
  flagged: boolean;
}

function gapOf(m: number[], s: number[]): Gap {
  const marketing = mean(m);
  const sales = mean(s);
  const gap = marketing !== null && sales !== null ? roundGap(marketing - sales) : null;
  return { marketing, sales, gap, flagged: gap !== null && Math.abs(gap) >= GAP_FLAG };
}

export interface TeamDimension {
  dimension: Dimension;
  /** Mean of respondents' dimension scores (20–100), rounded; null when nobody rated it. */
  mean: number | null;
  level: LevelId | null;
  min: number | null;
  max: number | null;
  /** Respondents who rated at least one statement in it. */
  rated: number;
  /** "Does not apply here" answers in it, from everyone: left out of every mean. */
  notApplicable: number;
  /**
   * The team's rung: the band of the mean score of the respondents whose own ladder placed this
   * dimension (see ladder.ts). Null when nobody's did: all unclear, not rated or not applicable.
   */
  rung: LevelId | null;
  gap: Gap;
  /** Mean scored answer (1–5) of each role that rated it; roles with no rating are left out. */
  roleMeans: Partial<Record<Role, number>>;
  /** The role with the lowest mean, and that mean: where the plan starts from. */
  lower: { role: Role; mean: number } | null;
  statements: { id: string; text: string; reverse: boolean; gap: Gap }[];
}

export interface TeamResult {
  respondents: number;
  byRole: Record<Role, number>;
  /** Over every rated answer from everyone: 100 × sum ÷ (5 × count). */
  score: number | null;
  level: LevelId | null;
  dimensions: TeamDimension[];
  /** The team's overall rung: the lowest rung among its dimensions; null when none has one. */
  rung: LevelId | null;
  /** "Does not apply here" answers from everyone. */
  notApplicable: number;
}

/** Aggregates respondents: team score, each dimension's mean and range, and marketing–sales gaps. */
export function aggregateTeam(q: Questionnaire, respondents: Respondent[]): TeamResult {
  const byRole: Record<Role, number> = { marketing: 0, sales: 0, leadership: 0, other: 0 };
  for (const r of respondents) byRole[r.role]++;
  const scored = respondents.map((r) => ({
    role: r.role,
    answers: answersFromList(q, r.answers),
    result: scoreAttempt(q, answersFromList(q, r.answers)),
  }));
  const ladders = scored.map((s) => ladderProfile(s.result));
  const reverse = new Map(q.dimensions.flatMap((d) => d.statements.map((s) => [s.id, s.reverse] as const)));
  // Scored values, so a reverse-scored statement pulls every mean the same way as the others.
  const ratingsOf = (role: Role | null, id: string) =>
    scored
      .filter((s) => role === null || s.role === role)
      .map((s) => s.answers[id])
      .filter((a): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number')
      .map((a) => scoredValue(a, reverse.get(id)));
  const allRatings = q.dimensions.flatMap((d) => d.statements.flatMap((s) => ratingsOf(null, s.id)));
  const score = scoreOf(allRatings);
  const dimensions = q.dimensions.map((dimension, i): TeamDimension => {
    const scores = scored.map((s) => s.result.dimensions[i]!.score).filter((x): x is number => x !== null);
    const m = mean(scores);
    const meanScore = m === null ? null : Math.round(m);
    const ids = dimension.statements.map((s) => s.id);
    const roleMeans: Partial<Record<Role, number>> = {};
    for (const role of roles) {
      const m = mean(ids.flatMap((id) => ratingsOf(role, id)));
      if (m !== null) roleMeans[role] = m;
    }
    const lowest = (Object.entries(roleMeans) as [Role, number][]).sort((a, b) => a[1] - b[1])[0];
    const placed = mean(scored.flatMap((s, j) => (ladders[j]!.rungs[i]!.rung ? [s.result.dimensions[i]!.score!] : [])));
    return {
      notApplicable: scored.reduce((n, s) => n + s.result.dimensions[i]!.notApplicable, 0),
      rung: placed === null ? null : levelOf(Math.round(placed)),
      roleMeans,
      lower: lowest ? { role: lowest[0], mean: lowest[1] } : null,
      dimension,
      mean: meanScore,
      level: meanScore === null ? null : levelOf(meanScore),
      min: scores.length ? Math.min(...scores) : null,
      max: scores.length ? Math.max(...scores) : null,
      rated: scores.length,
      gap: gapOf(
        ids.flatMap((id) => ratingsOf('marketing', id)),
        ids.flatMap((id) => ratingsOf('sales', id)),
      ),
      statements: dimension.statements.map((s) => ({
        id: s.id,
        text: s.text,
        reverse: s.reverse === true,
        gap: gapOf(ratingsOf('marketing', s.id), ratingsOf('sales', s.id)),
      })),
    };
  });
  const rungs = dimensions.flatMap((d) => (d.rung ? [levelIds.indexOf(d.rung)] : []));
  return {
    respondents: respondents.length,
    byRole,
    score,
    level: score === null ? null : levelOf(score),
    dimensions,
    rung: rungs.length ? levelIds[Math.min(...rungs)]! : null,
    notApplicable: dimensions.reduce((n, d) => n + d.notApplicable, 0),
  };
}
