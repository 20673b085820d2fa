import { levelIds, type LevelId } from '../../schemas/assessment';
import type { Dimension } from './questionnaire';
import { isUnclear, type AttemptResult } from './scoring';

/*
 * The ladder profile beside Kotler's score: the guide reads the four kinds of relationship as
 * rungs of a ladder, and a relationship is only as far up it as its lowest dimension. An
 * average lets strong rewards hide undefined terms; the lowest rung does not.
 */

/** A dimension takes a rung on the ladder only when at least this many of its statements were rated. */
export const ladderMinRated = 2;

export { ladderSince } from './scoring';

/** Why a dimension has no rung on the ladder. */
export type Unplaced = 'not-applicable' | 'not-rated' | 'unclear' | 'too-few';

export interface Rung {
  dimension: Dimension;
  /** The band of the dimension's score, or null when it cannot be placed (see `why`). */
  rung: LevelId | null;
  why: Unplaced | null;
}

export interface Ladder {
  rungs: Rung[];
  /**
   * The highest rung every placed dimension reaches: the lowest of their rungs, so a strong
   * dimension cannot lift a weak one. Null when no dimension could be placed.
   */
  overall: LevelId | null;
}

/**
 * The ladder profile: each dimension's rung (the band its own score falls in) and the overall
 * rung. A dimension is left off the ladder when every statement in it does not apply, when
 * nothing was rated, when its answers are mostly neutral or "don't know" (the unclear rule), or
 * when fewer than `ladderMinRated` statements were rated. An all-neutral result has no rung.
 */
export function ladderProfile(result: AttemptResult): Ladder {
  const rungs = result.dimensions.map((d): Rung => {
    const why: Unplaced | null =
      d.notApplicable === d.dimension.statements.length
        ? 'not-applicable'
        : d.rated === 0
          ? 'not-rated'
          : isUnclear(d)
            ? 'unclear'
            : d.rated < ladderMinRated
              ? 'too-few'
              : null;
    return { dimension: d.dimension, rung: why ? null : d.level, why };
  });
  const placed = rungs.flatMap((r) => (r.rung ? [levelIds.indexOf(r.rung)] : []));
  return { rungs, overall: placed.length ? levelIds[Math.min(...placed)]! : null };
}
