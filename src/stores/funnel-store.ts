import { atom } from 'nanostores';
import { persistedStore } from './persisted';
import { FUNNEL_KEY } from '../schemas/storage-keys';
import type { VersionedCodec } from '../lib/versioned';
import {
  funnelStateSchema,
  LIMITS,
  scenarioSchema,
  type Funnel,
  type FunnelState,
  type Scenario,
} from '../schemas/funnel';
import { presets } from '../lib/funnel/preset-data';
import { presetToFunnel } from '../lib/funnel/presets';
import type { Parsed } from '../lib/funnel/parse';
import { DEFAULT_GROSS_MARGIN, defaultAfter, monthlyFollowsDeal, monthlyFromDeal } from '../lib/funnel/after';

/**
 * The first preset at typical rates (B2B SaaS): what the server renders and a new reader sees.
 * Its budget starts empty: the reader chose no preset, so no cost per customer or payback is
 * worked out from a budget they never entered. "Use this preset" fills it in, labelled.
 */
export function defaultFunnel(): Funnel {
  return { ...presetToFunnel(presets[0]!), budget: null };
}

export function initialFunnelState(): FunnelState {
  return { funnel: defaultFunnel(), scenarios: [], sla: { hours: 24, attempts: 6 }, scale: 'linear' };
}

/** Version 1 funnels had no after-sale settings: they get the defaults, switched off. */
function withAfter(f: unknown): unknown {
  if (typeof f !== 'object' || f === null || 'after' in f) return f;
  return { ...f, after: defaultAfter(Number((f as { dealValue?: unknown }).dealValue)) };
}

/**
 * Version 2 funnels worked out lifetime value on revenue and had no gross margin: they get the
 * default margin, so the figures now follow the glossary's definition (on gross profit).
 */
function withMargin(f: unknown): unknown {
  if (typeof f !== 'object' || f === null) return f;
  const after = (f as { after?: unknown }).after;
  if (typeof after !== 'object' || after === null || 'grossMargin' in after) return f;
  return { ...f, after: { ...after, grossMargin: DEFAULT_GROSS_MARGIN } };
}

/** Version 3 funnels had no team inputs: they get none, so goal mode's team section starts from its starting values. */
function withTeam(f: unknown): unknown {
  if (typeof f !== 'object' || f === null || 'team' in f) return f;
  return { ...f, team: null };
}

/** Applies a change to the funnel and to every saved scenario's funnel; anything else passes through for the schema to judge. */
function eachFunnel(data: unknown, change: (f: unknown) => unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const d = data as { funnel?: unknown; scenarios?: unknown };
  return {
    ...d,
    funnel: change(d.funnel),
    scenarios: Array.isArray(d.scenarios)
      ? d.scenarios.map((c: unknown) =>
          typeof c === 'object' && c !== null ? { ...c, funnel: change((c as { funnel?: unknown }).funnel) } : c,
        )
      : d.scenarios,
  };
}

export const funnelCodec: VersionedCodec<FunnelState> = {
  key: FUNNEL_KEY,
  version: 4,
  schema: funnelStateSchema,
  migrations: {
    1: (data) => eachFunnel(data, withAfter),
    2: (data) => eachFunnel(data, withMargin),
    3: (data) => eachFunnel(data, withTeam),
  },
  initial: initialFunnelState,
};

const persisted = persistedStore(funnelCodec, 'funnel');
/** The reader's saved builder state. */
export const $funnelState = persisted.$value;

/** A funnel opened from a shared link: shown, but saved only if the reader keeps it. */
export const $linkFunnel = atom<Funnel | null>(null);
/** Why a shared link could not be opened, if it could not. */
export const $linkProblem = atom<string | null>(null);

/** The funnel on screen: a linked one while the reader looks at it, else their own. */
function activeFunnel(): Funnel {
  return $linkFunnel.get() ?? $funnelState.get().funnel;
}

/**
 * Applies an edit to the funnel on screen. While a linked funnel is shown, edits stay on it
 * (in memory) so the reader's saved funnel never changes without their say.
 */
export function editFunnel(edit: (f: Funnel) => Parsed<Funnel> | Funnel): Parsed<Funnel> {
  const result = edit(activeFunnel());
  const parsed: Parsed<Funnel> = 'ok' in result ? result : { ok: true, value: result };
  if (!parsed.ok) return parsed;
  if ($linkFunnel.get()) $linkFunnel.set(parsed.value);
  else $funnelState.set({ ...$funnelState.get(), funnel: parsed.value });
  // A reader who changes a funnel has used the builder (learning paths count it as done). The
  // progress store loads on first use, so the builder's first view does not pay for it.
  void import('./progress-store').then((m) => m.markToolUsed('funnel'));
  return parsed;
}

/**
 * Sets one top-level field (volume, deal value, mode…) of the funnel on screen. A new deal value
 * carries the after-sale monthly payment with it while that is still the default worked out from
 * the old one; a figure the reader set stays theirs.
 */
export function setFunnelField<K extends keyof Funnel>(key: K, value: Funnel[K]): void {
  editFunnel((f) => {
    const next = { ...f, [key]: value };
    if (key === 'dealValue' && monthlyFollowsDeal(f))
      next.after = { ...f.after, monthly: monthlyFromDeal(value as number) };
    return next;
  });
}

export function applyPreset(id: string): void {
  const preset = presets.find((p) => p.id === id);
  if (preset) editFunnel((f) => ({ ...presetToFunnel(preset), mode: f.mode }));
}

/** Puts the example funnel on screen; returns it, with an Undo that brings back the funnel it replaced. */
export function resetFunnel(): { example: Funnel; undo: () => void } {
  const before = activeFunnel();
  const example = defaultFunnel();
  editFunnel(() => example);
  return { example, undo: () => void editFunnel(() => before) };
}

export function setScale(scale: FunnelState['scale']): void {
  $funnelState.set({ ...$funnelState.get(), scale });
}

export function setSla(patch: Partial<FunnelState['sla']>): void {
  const s = $funnelState.get();
  $funnelState.set({ ...s, sla: { ...s.sla, ...patch } });
}

/** The SLA draft goes back to the funnel's own handoff numbers (the hours and attempts stay). */
export function dropMeasuredSla(): void {
  const s = $funnelState.get();
  const { hours, attempts } = s.sla;
  $funnelState.set({ ...s, sla: { hours, attempts } });
}

const nextScenarioId = (list: Scenario[]) =>
  `c${list.reduce((m, c) => Math.max(m, Number(/^c(\d+)$/.exec(c.id)?.[1] ?? 0)), 0) + 1}`;

export type SaveResult = Parsed<string> | { ok: false; full: true; message: string };

/**
 * Saves the funnel on screen (or `funnel`) under a name (a scenario with the same name is replaced).
 * With the list full, `replace` names the scenario to drop; without it the reader is asked.
 * Returns what happened in words, for the status message.
 */
export function saveScenario(name: string, replace?: string, funnel: Funnel = activeFunnel()): SaveResult {
  const s = $funnelState.get();
  const trimmed = name.trim();
  const same = s.scenarios.find((c) => c.name.toLowerCase() === trimmed.toLowerCase());
  let list = s.scenarios;
  if (!same && list.length >= LIMITS.scenariosMax) {
    if (!replace || !list.some((c) => c.id === replace))
      return {
        ok: false,
        full: true,
        message: `You can keep up to ${LIMITS.scenariosMax} scenarios. Choose one to replace.`,
      };
    list = list.filter((c) => c.id !== replace);
  }
  const parsed = scenarioSchema.safeParse({
    id: same?.id ?? nextScenarioId(s.scenarios),
    name,
    funnel,
  });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'That name is not allowed.' };
  const scenarios = same ? list.map((c) => (c.id === same.id ? parsed.data : c)) : [...list, parsed.data];
  $funnelState.set({ ...s, scenarios });
  return { ok: true, value: same ? `Saved over “${parsed.data.name}”.` : `Saved “${parsed.data.name}”.` };
}

/**
 * Opens a saved scenario into the editor (it becomes the funnel being edited). It is the reader's
 * own, so a funnel from a link on screen goes, and with it the banner that says so.
 */
export function openScenario(id: string): void {
  const c = $funnelState.get().scenarios.find((x) => x.id === id);
  if (!c) return;
  dropLinkedFunnel();
  editFunnel(() => c.funnel);
}

export function renameScenario(id: string, name: string): Parsed<string> {
  const s = $funnelState.get();
  const c = s.scenarios.find((x) => x.id === id);
  if (!c) return { ok: false, message: 'That scenario is gone.' };
  const clash = s.scenarios.find((x) => x.id !== id && x.name.toLowerCase() === name.trim().toLowerCase());
  if (clash) return { ok: false, message: `Another scenario is already called “${clash.name}”.` };
  const parsed = scenarioSchema.safeParse({ ...c, name });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'That name is not allowed.' };
  $funnelState.set({ ...s, scenarios: s.scenarios.map((x) => (x.id === id ? parsed.data : x)) });
  return { ok: true, value: parsed.data.name };
}

/** A copy named "… (copy)", placed after the original; refused when the list is full. */
export function duplicateScenario(id: string): Parsed<string> {
  const s = $funnelState.get();
  const i = s.scenarios.findIndex((x) => x.id === id);
  if (i < 0) return { ok: false, message: 'That scenario is gone.' };
  if (s.scenarios.length >= LIMITS.scenariosMax)
    return { ok: false, message: `You can keep up to ${LIMITS.scenariosMax} scenarios. Delete one first.` };
  const base = s.scenarios[i]!.name.slice(0, LIMITS.nameMax - 7);
  let name = `${base} (copy)`;
  for (let n = 2; s.scenarios.some((x) => x.name.toLowerCase() === name.toLowerCase()); n++)
    name = `${base.slice(0, LIMITS.nameMax - 10)} (copy ${n})`;
  const copy = { ...s.scenarios[i]!, id: nextScenarioId(s.scenarios), name };
  $funnelState.set({ ...s, scenarios: [...s.scenarios.slice(0, i + 1), copy, ...s.scenarios.slice(i + 1)] });
  return { ok: true, value: name };
}

/** Deletes a scenario and returns how to put it back where it was. */
export function deleteScenario(id: string): (() => void) | null {
  const s = $funnelState.get();
  const i = s.scenarios.findIndex((c) => c.id === id);
  if (i < 0) return null;
  const removed = s.scenarios[i]!;
  $funnelState.set({ ...s, scenarios: s.scenarios.filter((c) => c.id !== id) });
  return () => {
    const now = $funnelState.get();
    if (now.scenarios.some((c) => c.id === removed.id) || now.scenarios.length >= LIMITS.scenariosStored) return;
    const scenarios = [...now.scenarios];
    scenarios.splice(Math.min(i, scenarios.length), 0, removed);
    $funnelState.set({ ...now, scenarios });
  };
}

/** Changes the after-sale settings of the funnel on screen. */
export function setAfter(patch: Partial<Funnel['after']>): void {
  editFunnel((f) => ({ ...f, after: { ...f.after, ...patch } }));
}

/**
 * Opens a share code from a link: shows the funnel without saving it, or records why it cannot.
 * The codec loads only now, since most visits carry no link.
 */
export async function openSharedCode(code: string): Promise<void> {
  let decodeFunnel: typeof import('../lib/funnel/code').decodeFunnel;
  try {
    ({ decodeFunnel } = await import('../lib/funnel/code'));
  } catch {
    $linkFunnel.set(null);
    $linkProblem.set('the page could not load what it needs to read the link (check your connection and reload)');
    return;
  }
  const decoded = decodeFunnel(code);
  if (decoded.ok) {
    $linkFunnel.set(decoded.funnel);
    $linkProblem.set(null);
  } else {
    $linkFunnel.set(null);
    $linkProblem.set(decoded.reason);
  }
}

/** The reader keeps the linked funnel: it replaces their saved one. */
export function keepLinkedFunnel(): void {
  const linked = $linkFunnel.get();
  if (linked) $funnelState.set({ ...$funnelState.get(), funnel: linked });
  $linkFunnel.set(null);
}

/** The reader goes back to their own funnel; the linked one is dropped. */
export function dropLinkedFunnel(): void {
  $linkFunnel.set(null);
  $linkProblem.set(null);
}
