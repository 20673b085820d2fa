import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ScenarioChoice, ScenarioContent, ScenarioStep } from '../../schemas/scenario';
import { END, ratingLabels, verdictLabels } from '../../schemas/scenario-codes';
import { emptyProgress } from '../../lib/learning/progress-codec';
import { PROGRESS_KEY } from '../../schemas/storage-keys';
import { formatCount } from '../../lib/funnel/format';
import { clockLabel, runInbox } from '../../lib/scenarios/inbox';
import { funnelNumbers } from '../../lib/scenarios/funnel';
import { endingFor, playMetrics } from '../../lib/scenarios/outcome';
import {
  choose,
  currentStep,
  initialPlay,
  isOver,
  playScore,
  startPlay,
  type PlayState,
  type RereadLink,
} from '../../lib/scenarios/play';
import { $progress, recordScenario } from '../../stores/progress-store';
import { useHydratedStore } from '../shared/use-hydrated-store';
import { useReady } from '../shared/use-ready';
import { StorageNotice } from '../shared/StorageNotice';
import { StepNumbers } from './ScenarioNumbers';
import { Feedback, StepView } from './ScenarioStep';
import { Debrief } from './ScenarioDebrief';

interface Props {
  id: string;
  scenario: ScenarioContent;
  rereads: Record<string, RereadLink>;
}

/** The short outcome of a choice for the live region: the verdict and what the numbers now say. */
function outcomeLine(s: ScenarioContent, play: PlayState, choice: ScenarioChoice): string {
  const verdict = `${verdictLabels[choice.verdict]}.`;
  if (s.inbox) {
    const run = runInbox(s.inbox, s, play.picks);
    return `${verdict} Clock ${clockLabel(run.clock)}. Meetings expected so far: ${formatCount(run.meetings)}.`;
  }
  const n = funnelNumbers(s, play.picks);
  return n && choice.changes?.length
    ? `${verdict} Customers ${s.per === 'quarter' ? 'a quarter' : 'a month'}: ${formatCount(n.customers)}.`
    : verdict;
}

/**
 * Plays one branching scenario: a step at a time, feedback after every choice, then the
 * debrief, which is saved to progress. Focus moves to each new heading; a polite live region
 * says what each choice did.
 */
export default function ScenarioPlayer({ id, scenario, rereads }: Props) {
  const ready = useReady();
  const saved = useHydratedStore($progress, emptyProgress()).scenarios?.[id];
  const [play, setPlay] = useState<PlayState>(initialPlay);
  const [answered, setAnswered] = useState<{ step: ScenarioStep; choice: ScenarioChoice } | null>(null);
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [moves, setMoves] = useState(0);
  // Layout effect: the new heading has focus before the browser paints, so nothing reads the old one.
  useLayoutEffect(() => {
    if (moves > 0) heading.current?.focus();
  }, [moves]);

  const start = () => {
    setPlay(startPlay(scenario));
    setAnswered(null);
    setSaid('');
    setMoves((m) => m + 1);
  };
  const pick = (choiceId: string) => {
    const step = currentStep(scenario, play);
    const choice = step?.choices.find((c) => c.id === choiceId);
    if (!step || !choice) return;
    const next = choose(scenario, play, choiceId);
    setPlay(next);
    setAnswered({ step, choice });
    setSaid(outcomeLine(scenario, next, choice));
    setMoves((m) => m + 1);
  };
  const proceed = () => {
    setAnswered(null);
    setMoves((m) => m + 1);
    if (!isOver(play)) return;
    const ending = endingFor(scenario, playMetrics(scenario, play.picks));
    recordScenario(id, playScore(scenario, play.picks), ending.rating);
    setSaid(`Debrief: ${ratingLabels[ending.rating]}. ${ending.title}.`);
  };

  const step = currentStep(scenario, play);
  return (
    <div class="sc">
      <StorageNotice keys={[PROGRESS_KEY]} lost="your result" />
      {play.at === 'setup' && (
        <div class="sc-start">
          <p class="kc-best">
            {saved
              ? `Played ${saved.attempts} ${saved.attempts === 1 ? 'time' : 'times'}. Best play: ${saved.best.correct} of ${saved.best.total} choices the strongest. Last ending: ${ratingLabels[saved.ending].toLowerCase()}.`
              : 'You have not played this scenario yet. Your result will be saved on your progress page.'}
          </p>
          <button type="button" class="btn" disabled={!ready} onClick={start}>
            Start the scenario
          </button>
        </div>
      )}
      {answered && (
        <Feedback
          step={answered.step}
          choice={answered.choice}
          rereads={rereads}
          headingRef={heading}
          last={play.at === END}
          onNext={proceed}
        >
          <StepNumbers scenario={scenario} picks={play.picks} />
        </Feedback>
      )}
      {!answered && step && (
        <StepView
          scenario={scenario}
          step={step}
          picks={play.picks}
          number={play.picks.length + 1}
          headingRef={heading}
          onChoose={pick}
        >
          <StepNumbers scenario={scenario} picks={play.picks} leadId={step.lead} showData={step.showData} />
        </StepView>
      )}
      {!answered && isOver(play) && (
        <Debrief scenario={scenario} picks={play.picks} rereads={rereads} headingRef={heading} onAgain={start} />
      )}
      <p role="status" class="sr-only">
        {said}
      </p>
    </div>
  );
}
