import type { Answer, Answers, LevelId } from '../../schemas/assessment';
import { levelIds } from '../../schemas/assessment';
import type { Dimension, Questionnaire } from './questionnaire';

/** Lowest score of each band (Kotler, Rackham & Krishnaswamy's 20–100 scale). */
export const bandFloors: Record<LevelId, number> = { undefined: 20, defined: 40, aligned: 60, integrated: 80 };

/** A result counts as provisional when more than this share of statements is "don't know". */
export const provisionalShare = 1 / 3;

/** The picture is unclear when at least this share of answers is "neither agree nor disagree" or "don't know". */
export const unclearShare = 1 / 2;

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
  /** Neither rated nor "don't know". */
  unanswered: number;
}

export interface DimensionResult extends Tally {
  dimension: Dimension;
}

export interface AttemptResult {
  overall: Tally;
  dimensions: DimensionResult[];
  /** Dimensions with no rated statement: the respondent cannot see how this works. */
  visibilityGaps: Dimension[];
  /** More than a third of the statements answered "don't know". */
  provisional: boolean;
  /** Answers that were "neither agree nor disagree" (3) or "don't know". */
  neutral: number;
  /** At least half the answers neutral or "don't know": the level is not a firm reading. */
  unclear: boolean;
}

const isRating = (a: Answer | undefined): a is 1 | 2 | 3 | 4 | 5 => typeof a === 'number';

/** Tallies answers already turned into scored values (see scoredValue). */
function tally(answers: (Answer | undefined)[]): Tally {
  const ratings = answers.filter(isRating);
  const dontKnow = answers.filter((a) => a === 'dk').length;
  const score = scoreOf(ratings);
  return {
    score,
    level: score === null ? null : levelOf(score),
    rated: ratings.length,
    dontKnow,
    unanswered: answers.length - ratings.length - dontKnow,
  };
}

/**
 * Scores one respondent. "Don't know" and unanswered statements are left out of every sum;
 * the overall score is over all rated statements, not an average of dimension scores.
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
  const raw = q.dimensions.flatMap((d) => d.statements.map((s) => answers[s.id]));
  const neutral = raw.filter((a) => a === 3 || a === 'dk').length;
  return {
    overall,
    dimensions,
    visibilityGaps: dimensions.filter((d) => d.score === null).map((d) => d.dimension),
    provisional: all.length > 0 && overall.dontKnow / all.length > provisionalShare,
    neutral,
    unclear: raw.length > 0 && neutral / raw.length >= unclearShare,
  };
}

/**
 * The three rated dimensions to work on first (lowest scores) and the two strongest of the rest
 * (highest). Ties go to the dimension that comes first in the questionnaire.
 */
export function strongestAndWeakest(result: AttemptResult): {
  strongest: DimensionResult[];
  workOn: DimensionResult[];
} {
  const rated = result.dimensions.filter((d) => d.score !== null);
  const workOn = [...rated].sort((a, b) => a.score! - b.score! || a.dimension.order - b.dimension.order).slice(0, 3);
  const strongest = rated
    .filter((d) => !workOn.includes(d))
    .sort((a, b) => b.score! - a.score! || a.dimension.order - b.dimension.order)
    .slice(0, 2);
  return { strongest, workOn };
}

/** Answers in questionnaire order (null = don't know) back to answers by statement id. */
export function answersFromList(q: Questionnaire, list: readonly (number | null)[]): Answers {
  const out: Answers = {};
  q.dimensions
    .flatMap((d) => d.statements)
    .forEach((s, i) => {
      const v = list[i];
      out[s.id] = v === null || v === undefined ? 'dk' : (v as 1 | 2 | 3 | 4 | 5);
    });
  return out;
}

/** Answers by statement id to questionnaire order; unanswered counts as don't know. */
export function answersToList(q: Questionnaire, answers: Answers): (number | null)[] {
  return q.dimensions
    .flatMap((d) => d.statements)
    .map((s) => {
      const a = answers[s.id];
      return isRating(a) ? a : null;
    });
}
