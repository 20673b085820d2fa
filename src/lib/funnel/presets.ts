import type { Funnel, Stage } from '../../schemas/funnel';
import type { PresetBenchmark, PresetEntry } from '../../schemas/funnel-preset';
import { forward } from './model';
import { defaultAfter } from './after';

/**
 * The benchmark part of a preset, field by field (an allow-list, so a text an editor adds to
 * the preset files later does not reach the browser by accident).
 */
export function benchmarkOf(p: PresetEntry): PresetBenchmark {
  return {
    id: p.id,
    title: p.title,
    order: p.order,
    volume: p.volume,
    dealValue: p.dealValue,
    currency: p.currency,
    budget: p.budget,
    target: p.target,
    steps: p.steps.map(({ id, name, owner, days, low, typical, high }) => ({
      id,
      name,
      owner,
      days,
      low,
      typical,
      high,
    })),
    final: { id: p.final.id, name: p.final.name, owner: p.final.owner },
  };
}

/** A preset as the reader's funnel: typical rates, example volume and money, stage ids s1…sN. */
export function presetToFunnel(p: PresetBenchmark): Funnel {
  const stages: Stage[] = p.steps.map((s, i) => ({
    id: `s${i + 1}`,
    name: s.name,
    owner: s.owner,
    rate: s.typical,
    days: s.days,
    ref: s.id,
  }));
  stages.push({
    id: `s${stages.length + 1}`,
    name: p.final.name,
    owner: p.final.owner,
    rate: 100,
    days: null,
    ref: p.final.id,
  });
  return {
    stages,
    volume: p.volume,
    dealValue: p.dealValue,
    currency: p.currency,
    budget: p.budget,
    target: p.target,
    mode: 'forward',
    presetId: p.id,
    after: defaultAfter(p.dealValue),
    team: null,
  };
}

/**
 * True when the funnel's budget is the one its preset set ("Use this preset"), so the field can
 * say where it came from; typing any other amount (or clearing it) ends that. Read from the
 * values rather than stored, so saves and links from before this label need no migration: an
 * old save still holding its preset's budget is labelled, one with the reader's own is not.
 */
export function budgetFromPreset(f: Funnel, p: PresetBenchmark | null): p is PresetBenchmark {
  return p !== null && p.id === f.presetId && f.budget !== null && f.budget === p.budget;
}

export interface Outcome {
  customers: number;
  revenue: number;
}

export interface StageMark {
  id: string;
  name: string;
  rate: number;
  low: number;
  typical: number;
  high: number;
  /** The reader's rate is below the preset's low value. */
  belowLow: boolean;
}

export interface PresetRange {
  low: Outcome;
  high: Outcome;
  /** Benchmarks for the reader's stages that came from the preset (matched by `ref`). */
  marks: StageMark[];
  /** Names of stages with an onward rate but no benchmark: they keep the reader's rate in both outcomes. */
  unmatched: string[];
}

/**
 * The range of outcomes from all-low to all-high preset rates, with the reader's own
 * volume and deal value. Stages are matched to the preset by `ref`, so renaming or moving a
 * stage keeps its benchmark; stages added by the reader keep their own rate.
 */
export function presetRange(f: Funnel, p: PresetBenchmark): PresetRange {
  const steps = new Map(p.steps.map((s) => [s.id, s]));
  const onward = f.stages.slice(0, -1);
  const withRates = (pick: 'low' | 'high'): Outcome => {
    const stages = f.stages.map((s, i) => {
      const step = s.ref ? steps.get(s.ref) : undefined;
      return step && i < f.stages.length - 1 ? { ...s, rate: step[pick] } : s;
    });
    const r = forward({ ...f, stages });
    return { customers: r.customers, revenue: r.revenue };
  };
  const marks: StageMark[] = [];
  const unmatched: string[] = [];
  for (const s of onward) {
    const step = s.ref ? steps.get(s.ref) : undefined;
    if (step)
      marks.push({
        id: s.id,
        name: s.name,
        rate: s.rate,
        low: step.low,
        typical: step.typical,
        high: step.high,
        belowLow: s.rate < step.low,
      });
    else unmatched.push(s.name);
  }
  return { low: withRates('low'), high: withRates('high'), marks, unmatched };
}
