import type { Answer, Answers, LevelId } from '../../schemas/assessment';
import { levelIds } from '../../schemas/assessment';
import type { Dimension, Questionnaire } from './questionnaire';

/** Lowest score of each band (Kotler, Rackham & Krishnaswamy's 20–100 scale). */
export const bandFloors: Record<LevelId, number> = { undefined: 20, defined: 40, aligned: 60, integrated: 80 };

/**
 * A result is not reliable (shown as provisional) when more than this share of its statements
 * was left out of the score: answered "don't know" or "does not apply here".
 */
export const provisionalShare = 1 / 3;

/**
 * The picture is unclear when at least this share of the answers that apply is "neither agree
 * nor disagree" or "don't know". The same rule, within one dimension, leaves it off the ladder.
 */
export const unclearShare = 1 / 2;

/** The first questionnaire version whose results show a ladder profile (ladder.ts); older ones open as they were. */
export const ladderSince = 3;

/** A 1–5 answer as it counts towards the score: reverse-scored statements count 6 − answer. */
export const scoredValue = (answer: number, reverse: boolean | undefined) => (reverse ? 6 - answer : answer);

/**
 * 100 × sum ÷ (5 × number answered), rounded to a whole number (halves up): 20 when every
 * answer is 1, 100 when every answer is 5. Null when nothing was answered.
 */
export function scoreOf(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.round((100 * sum) / (5 * values.length));
}

/** The band a 20–100 score falls in. Scores below 20 cannot occur; they count as undefined. */
export function levelOf(score: number): LevelId {
  if (score >= bandFloors.integrated) return 'integrated';
  if (score >= bandFloors.aligned) return 'aligned';
  if (score >= bandFloors.defined) return 'defined';
  return 'undefined';
}

/** The level after this one, or null at the top. */
export function nextLevel(level: LevelId): LevelId | null {
  return levelIds[levelIds.indexOf(level) + 1] ?? null;
}

/** The scores a level covers, "20–39" to "80–100", for the gauge and the scoring explanation. */
export function bandRange(level: LevelId): string {
  const next = nextLevel(level);
  return `${bandFloors[level]}–${next ? bandFloors[next] - 1 : 100}`;
}

export interface Tally {
  /** Null when no statement was rated ("not rated"). */
  score: number | null;
  level: LevelId | null;
  /** Statements rated 1–5. */
  rated: number;
  dontKnow: number;
  /** Answered "does not apply here": left out of the score, which rescales over the rest. */
  notApplicable: number;
  /** Rated 3 ("neither agree nor disagree") or "don't know". */
  neutral: number;
  /** Neither rated, "don't know" nor "does not apply". */
  unanswered: number;
}

export interface DimensionResult extends Tally {
  dimension: Dimension;
}

export interface AttemptResult {
  overall: Tally;
  dimensions: DimensionResult[];
  /** Dimensions with no rated statement (and not all "does not apply"): the respondent cannot see how this works. */
  visibilityGaps: Dimension[];
  /** Dimensions where every statement was "does not apply here": no score and no rung. */
  notApplicable: Dimension[];
  /** More than a third of the statements left out ("don't know" or "does not apply"): not reliable. */
  provisional: boolean;
  /** Answers that were "neither agree nor disagree" (3) or "don't know". */
  neutral: number;
  /** At least half the answers that apply neutral or "don't know": the level is not a firm reading. */
  unclear: boolean;
}

const isRating = (a: Answer | undefined): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number';

/** Tallies answers already turned into scored values (see scoredValue; a neutral 3 stays 3). */
function tally(answers: (Answer | undefined)[]): Tally {
  const ratings = answers.filter(isRating);
  const dontKnow = answers.filter((a) => a === 'dk').length;
  const notApplicable = answers.filter((a) => a === 'na').length;
  const score = scoreOf(ratings);
  return {
    score,
    level: score === null ? null : levelOf(score),
    rated: ratings.length,
    dontKnow,
    notApplicable,
    neutral: dontKnow + ratings.filter((a) => a === 3).length,
    unanswered: answers.length - ratings.length - dontKnow - notApplicable,
  };
}

/** At least `unclearShare` of the answers that apply are neutral or "don't know". */
export const isUnclear = (t: Tally) => t.rated + t.dontKnow > 0 && t.neutral / (t.rated + t.dontKnow) >= unclearShare;

/**
 * Scores one respondent. "Don't know", "does not apply" and unanswered statements are left out
 * of every sum, so each score rescales over the statements rated; the overall score is over all
 * rated statements, not an average of dimension scores.
 */
export function scoreAttempt(q: Questionnaire, answers: Answers): AttemptResult {
  const scored = (d: Dimension) =>
    d.statements.map((s) => {
      const a = answers[s.id];
      return isRating(a) ? (scoredValue(a, s.reverse) as Answer) : a;
    });
  const dimensions = q.dimensions.map((dimension) => ({ dimension, ...tally(scored(dimension)) }));
  const all = q.dimensions.flatMap(scored);
  const overall = tally(all);
  const allNa = (d: DimensionResult) => d.notApplicable === d.dimension.statements.length;
  return {
    overall,
    dimensions,
    visibilityGaps: dimensions.filter((d) => d.score === null && !allNa(d)).map((d) => d.dimension),
    notApplicable: dimensions.filter(allNa).map((d) => d.dimension),
    provisional: all.length > 0 && (overall.dontKnow + overall.notApplicable) / all.length > provisionalShare,
    neutral: overall.neutral,
    unclear: isUnclear(overall),
  };
}

/** A code's answer list: 1–5, null for don't know, "na" for does not apply. */
export type AnswerList = readonly (number | 'na' | null)[];

/** Answers in questionnaire order (null = don't know, "na" = does not apply) back to answers by statement id. */
export function answersFromList(q: Questionnaire, list: AnswerList): Answers {
  const out: Answers = {};
  q.dimensions
    .flatMap((d) => d.statements)
    .forEach((s, i) => {
      const v = list[i];
      out[s.id] = v === null || v === undefined ? 'dk' : (v as 1 | 2 | 3 | 4 | 5 | 'na');
    });
  return out;
}

/** Answers by statement id to questionnaire order; unanswered counts as don't know. */
export function answersToList(q: Questionnaire, answers: Answers): (number | 'na' | null)[] {
  return q.dimensions
    .flatMap((d) => d.statements)
    .map((s) => {
      const a = answers[s.id];
      return isRating(a) || a === 'na' ? a : null;
    });
}
