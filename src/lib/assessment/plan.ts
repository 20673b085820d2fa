import { levelIds } from '../../schemas/assessment';
import { ladderProfile } from './ladder';
import type { AttemptResult, DimensionResult } from './scoring';

/**
 * The three rated dimensions to work on first and the two strongest of the rest (highest
 * scores). The plan starts from the lowest rung: dimensions by rung (a dimension off the
 * ladder by its score's band, after those placed on that rung), then by score. Ties go to the
 * dimension that comes first in the questionnaire.
 */
export function strongestAndWeakest(result: AttemptResult): {
  strongest: DimensionResult[];
  workOn: DimensionResult[];
} {
  const { rungs } = ladderProfile(result);
  const rank = (d: DimensionResult) => {
    const rung = rungs.find((r) => r.dimension === d.dimension)?.rung;
    return levelIds.indexOf(rung ?? d.level!) * 2 + (rung ? 0 : 1);
  };
  const rated = result.dimensions.filter((d) => d.score !== null);
  const workOn = [...rated]
    .sort((a, b) => rank(a) - rank(b) || a.score! - b.score! || a.dimension.order - b.dimension.order)
    .slice(0, 3);
  const strongest = rated
    .filter((d) => !workOn.includes(d))
    .sort((a, b) => b.score! - a.score! || a.dimension.order - b.dimension.order)
    .slice(0, 2);
  return { strongest, workOn };
}
