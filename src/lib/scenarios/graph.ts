import { END } from '../../schemas/scenario-codes';
import type { ScenarioContent, ScenarioStep } from '../../schemas/scenario';

/** One decision on a path: the step and the choice taken there. */
export interface Decision {
  step: string;
  choice: string;
}

export type Graph = Pick<ScenarioContent, 'steps'>;

export const stepById = (s: Graph, id: string): ScenarioStep | undefined => s.steps.find((st) => st.id === id);

/**
 * What is wrong with a scenario's graph, in words naming the step and choice: a `next` that
 * names no step, a step no path reaches, a loop (a path that could never end), a repeated id.
 * The first step is where every play starts.
 */
export function graphProblems(s: Graph): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const st of s.steps) {
    if (st.id === END) problems.push(`step id "${END}" is reserved for the end of the scenario`);
    if (ids.has(st.id)) problems.push(`step id "${st.id}" is used twice`);
    ids.add(st.id);
  }
  for (const st of s.steps)
    for (const c of st.choices)
      if (c.next !== END && !ids.has(c.next))
        problems.push(`step "${st.id}", choice "${c.id}": next "${c.next}" is not a step (or "${END}")`);
  if (problems.length || !s.steps.length) return problems;

  // Depth-first walk from the first step: grey = on the current path (a loop if met again).
  const colour = new Map<string, 'grey' | 'black'>();
  const visit = (id: string, trail: string[]) => {
    if (colour.get(id) === 'black') return;
    if (colour.get(id) === 'grey') {
      problems.push(`a loop never reaches the debrief: ${[...trail.slice(trail.indexOf(id)), id].join(' → ')}`);
      return;
    }
    colour.set(id, 'grey');
    for (const c of stepById(s, id)!.choices) if (c.next !== END) visit(c.next, [...trail, id]);
    colour.set(id, 'black');
  };
  visit(s.steps[0]!.id, []);
  for (const st of s.steps) if (!colour.has(st.id)) problems.push(`step "${st.id}" is never reached`);
  return problems;
}

/** Every path from the first step to the debrief (the graph must have no loops; see graphProblems). */
export function allPaths(s: Graph): Decision[][] {
  const out: Decision[][] = [];
  const walk = (id: string, path: Decision[]) => {
    for (const c of stepById(s, id)!.choices) {
      const next = [...path, { step: id, choice: c.id }];
      if (c.next === END) out.push(next);
      else walk(c.next, next);
    }
  };
  if (s.steps.length) walk(s.steps[0]!.id, []);
  return out;
}
