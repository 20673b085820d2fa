import { levelIds } from '../../schemas/assessment';
import { ladderProfile, type Unplaced } from '../../lib/assessment/ladder';
import type { AttemptResult } from '../../lib/assessment/scoring';
import type { Questionnaire } from '../../lib/assessment/questionnaire';
import { levelName } from './format';

/** Why a dimension has no rung, as the profile says it. */
const unplacedWords: Record<Unplaced, string> = {
  unclear: 'no rung: mostly neutral answers',
  'too-few': 'no rung: too few answers',
  'not-rated': 'no rung: not rated',
  'not-applicable': 'does not apply here',
};

/**
 * The ladder profile beside the score: each dimension's rung as four steps with its name in
 * words, and the overall rung (the lowest one), so a strong area cannot hide a weak one.
 */
export function LadderProfile({ q, r, idPrefix }: { q: Questionnaire; r: AttemptResult; idPrefix: string }) {
  const ladder = ladderProfile(r);
  const lowest = ladder.rungs.filter((x) => x.rung && x.rung === ladder.overall).map((x) => x.dimension.name);
  const above =
    ladder.overall && r.overall.level && levelIds.indexOf(r.overall.level) > levelIds.indexOf(ladder.overall);
  const unplaced = ladder.rungs.filter((x) => !x.rung && x.why !== 'not-applicable');
  return (
    <section class="ladder" aria-labelledby={`${idPrefix}-ladder`} data-testid="ladder">
      <h3 id={`${idPrefix}-ladder`}>Ladder profile</h3>
      {ladder.overall ? (
        <p>
          Overall rung: <strong data-testid="ladder-overall">{levelName(q, ladder.overall)}</strong>, the highest rung
          every area reaches.{' '}
          {above
            ? `The score's band is higher, but ${lowest.join(', ')} ${lowest.length > 1 ? 'are' : 'is'} still at ${levelName(q, ladder.overall)}, and the relationship is only as far up the ladder as its lowest area.`
            : `Lowest: ${lowest.join(', ')}.`}
          {unplaced.length > 0 &&
            ` Not counted, for want of clear answers: ${unplaced.map((x) => x.dimension.name).join(', ')}.`}
        </p>
      ) : (
        <p>
          <strong data-testid="ladder-overall">No rung.</strong>{' '}
          {r.unclear
            ? 'The answers give an unclear picture: mostly "Neither agree nor disagree" or "Don\'t know", so no area can be placed on the ladder.'
            : 'No area has enough clear answers to be placed on the ladder.'}
        </p>
      )}
      <ul class="ladder-list">
        {ladder.rungs.map((x) => {
          const at = x.rung ? levelIds.indexOf(x.rung) : -1;
          return (
            <li key={x.dimension.id} class={x.rung ? 'ladder-row' : 'ladder-row unplaced'}>
              <span class="ladder-name">{x.dimension.name}</span>
              <span class="ladder-steps" aria-hidden="true">
                {levelIds.map((l, i) => (
                  <span key={l} class={i <= at ? 'ladder-step on' : 'ladder-step'} />
                ))}
              </span>
              <span class="ladder-rung">{x.rung ? levelName(q, x.rung) : unplacedWords[x.why!]}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
