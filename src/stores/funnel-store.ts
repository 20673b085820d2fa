import { atom } from 'nanostores';
import { persistedStore } from './persisted';
import { FUNNEL_KEY } from '../schemas/storage-keys';
import type { VersionedCodec } from '../lib/versioned';
import { funnelStateSchema, LIMITS, scenarioSchema, type Funnel, type FunnelState } from '../schemas/funnel';
import { presets } from '../lib/funnel/preset-data';
import { presetToFunnel } from '../lib/funnel/presets';
import type { Parsed } from '../lib/funnel/parse';

/** The first preset at typical rates (B2B SaaS): what the server renders and a new reader sees. */
export function defaultFunnel(): Funnel {
  return presetToFunnel(presets[0]!);
}

export function initialFunnelState(): FunnelState {
  return { funnel: defaultFunnel(), scenarios: [], sla: { hours: 24, attempts: 6 }, scale: 'linear' };
}

export const funnelCodec: VersionedCodec<FunnelState> = {
  key: FUNNEL_KEY,
  version: 1,
  schema: funnelStateSchema,
  initial: initialFunnelState,
};

const persisted = persistedStore(funnelCodec, 'funnel');
/** The reader's saved builder state. */
export const $funnelState = persisted.$value;
/** Set when the saved funnel could not be read or was upgraded. */
export const $funnelNotice = persisted.$notice;

/** A funnel opened from a shared link: shown, but saved only if the reader keeps it. */
export const $linkFunnel = atom<Funnel | null>(null);
/** Why a shared link could not be opened, if it could not. */
export const $linkProblem = atom<string | null>(null);

/** The funnel on screen: a linked one while the reader looks at it, else their own. */
export function activeFunnel(): Funnel {
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

/** Sets one top-level field (volume, deal value, mode…) of the funnel on screen. */
export function setFunnelField<K extends keyof Funnel>(key: K, value: Funnel[K]): void {
  editFunnel((f) => ({ ...f, [key]: value }));
}

export function applyPreset(id: string): void {
  const preset = presets.find((p) => p.id === id);
  if (preset) editFunnel((f) => ({ ...presetToFunnel(preset), mode: f.mode }));
}

export function resetFunnel(): void {
  editFunnel(() => defaultFunnel());
}

export function setScale(scale: FunnelState['scale']): void {
  $funnelState.set({ ...$funnelState.get(), scale });
}

export function setSla(patch: Partial<FunnelState['sla']>): void {
  const s = $funnelState.get();
  $funnelState.set({ ...s, sla: { ...s.sla, ...patch } });
}

/**
 * Saves the funnel on screen under a name (a scenario with the same name is replaced).
 * Returns what happened in words, for the status message.
 */
export function saveScenario(name: string): Parsed<string> {
  const s = $funnelState.get();
  const trimmed = name.trim();
  const same = s.scenarios.find((c) => c.name.toLowerCase() === trimmed.toLowerCase());
  if (!same && s.scenarios.length >= LIMITS.scenariosMax)
    return { ok: false, message: `You can keep up to ${LIMITS.scenariosMax} scenarios. Delete one first.` };
  const max = s.scenarios.reduce((m, c) => Math.max(m, Number(/^c(\d+)$/.exec(c.id)?.[1] ?? 0)), 0);
  const parsed = scenarioSchema.safeParse({ id: same?.id ?? `c${max + 1}`, name, funnel: activeFunnel() });
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? 'That name is not allowed.' };
  const scenarios = same ? s.scenarios.map((c) => (c.id === same.id ? parsed.data : c)) : [...s.scenarios, parsed.data];
  $funnelState.set({ ...s, scenarios });
  return { ok: true, value: same ? `Saved over “${parsed.data.name}”.` : `Saved “${parsed.data.name}”.` };
}

export function deleteScenario(id: string): void {
  const s = $funnelState.get();
  $funnelState.set({ ...s, scenarios: s.scenarios.filter((c) => c.id !== id) });
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
