import { funnelSchema, type Funnel, type Stage } from '../../schemas/funnel';
import type { Parsed } from './parse';

/** A fresh stage id: one more than the highest "sN" in use. */
export function nextStageId(stages: Stage[]): string {
  const max = stages.reduce((m, s) => Math.max(m, Number(/^s(\d+)$/.exec(s.id)?.[1] ?? 0)), 0);
  return `s${max + 1}`;
}

/** Accepts an edited funnel only if it still fits the schema, else says why. */
function checked(f: Funnel): Parsed<Funnel> {
  const r = funnelSchema.safeParse(f);
  return r.success
    ? { ok: true, value: r.data }
    : { ok: false, message: r.error.issues[0]?.message ?? 'That change is not allowed.' };
}

/** Adds a stage just before the last one (the customers), owned like the stage above it. */
export function addStage(f: Funnel): Parsed<Funnel> {
  const above = f.stages[f.stages.length - 2] ?? f.stages[0]!;
  const stage: Stage = {
    id: nextStageId(f.stages),
    name: 'New stage',
    owner: above.owner,
    rate: 50,
    days: null,
    ref: null,
  };
  return checked({ ...f, stages: [...f.stages.slice(0, -1), stage, ...f.stages.slice(-1)] });
}

export function removeStage(f: Funnel, id: string): Parsed<Funnel> {
  return checked({ ...f, stages: f.stages.filter((s) => s.id !== id) });
}

/** Moves a stage one place up (-1) or down (+1); a move past either end changes nothing. */
export function moveStage(f: Funnel, id: string, by: -1 | 1): Funnel {
  const i = f.stages.findIndex((s) => s.id === id);
  const j = i + by;
  if (i < 0 || j < 0 || j >= f.stages.length) return f;
  const stages = [...f.stages];
  [stages[i], stages[j]] = [stages[j]!, stages[i]!];
  return { ...f, stages };
}

export function updateStage(f: Funnel, id: string, patch: Partial<Omit<Stage, 'id'>>): Parsed<Funnel> {
  return checked({ ...f, stages: f.stages.map((s) => (s.id === id ? { ...s, ...patch } : s)) });
}
