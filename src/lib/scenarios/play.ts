import { END } from '../../schemas/scenario-codes';
import type { ScenarioChoice, ScenarioStep } from '../../schemas/scenario';
import type { Score } from '../learning/scoring';
import { stepById, type Decision, type Graph } from './graph';

/**
 * Where a play stands: not started, at a step, or over (at the debrief). `picks` are the
 * decisions so far, in order; everything else (clock, funnel, ending) is worked out from them.
 */
export interface PlayState {
  at: 'setup' | typeof END | string;
  picks: Decision[];
}

export const initialPlay = (): PlayState => ({ at: 'setup', picks: [] });

export const startPlay = (s: Graph): PlayState => ({ at: s.steps[0]?.id ?? END, picks: [] });

/** The step being played, or null before the start and after the end. */
export const currentStep = (s: Graph, p: PlayState): ScenarioStep | null =>
  p.at === 'setup' || p.at === END ? null : (stepById(s, p.at) ?? null);

/**
 * Takes a choice at the current step. An unknown choice, or a choice when no step is being
 * played, leaves the state as it was: bad input never moves the play.
 */
export function choose(s: Graph, p: PlayState, choiceId: string): PlayState {
  const step = currentStep(s, p);
  const choice = step?.choices.find((c) => c.id === choiceId);
  if (!step || !choice) return p;
  return { at: choice.next, picks: [...p.picks, { step: step.id, choice: choice.id }] };
}

export const isOver = (p: PlayState) => p.at === END;

/** The picks with their steps and choices; picks that name nothing (stale data) are dropped. */
export function resolvePicks(s: Graph, picks: readonly Decision[]): { step: ScenarioStep; choice: ScenarioChoice }[] {
  return picks.flatMap((p) => {
    const step = stepById(s, p.step);
    const choice = step?.choices.find((c) => c.id === p.choice);
    return step && choice ? [{ step, choice }] : [];
  });
}

/** Decisions judged best out of decisions taken: the score saved in progress. */
export function playScore(s: Graph, picks: readonly Decision[]): Score {
  const taken = resolvePicks(s, picks);
  return { correct: taken.filter((t) => t.choice.verdict === 'best').length, total: Math.max(1, taken.length) };
}

/** A chapter section to reread, as the player links it; keyed by "chapter#heading" (see rereadKey). */
export interface RereadLink {
  href: string;
  /** The chapter's title. */
  chapter: string;
  /** The heading's text. */
  heading: string;
}
export const rereadKey = (r: { chapter: string; heading: string }) => `${r.chapter}#${r.heading}`;
