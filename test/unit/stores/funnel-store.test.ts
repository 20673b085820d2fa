/**
 * Saving scenarios in the funnel builder, as the reader does it: name, save, save over, hit the
 * limit, delete. Runs on nanostores' test storage engine, so what would reach localStorage is visible.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { cleanTestStorage, getTestStorage, useTestStorageEngine } from '@nanostores/persistent';
import { LIMITS } from '../../../src/schemas/funnel';
import { FUNNEL_KEY } from '../../../src/schemas/storage-keys';

useTestStorageEngine();
const store = await import('../../../src/stores/funnel-store');
const { $funnelState, $linkFunnel, saveScenario, deleteScenario, setFunnelField, keepLinkedFunnel } = store;
$funnelState.listen(() => {}); // mounted, as the builder keeps it

/** What a reload would read: the saved payload, parsed. */
const saved = () => JSON.parse(getTestStorage()[FUNNEL_KEY] ?? 'null') as { v: number; data: typeof state } | null;
let state = $funnelState.get();

beforeEach(() => {
  cleanTestStorage(); // the mounted store hears the key go and returns to the starting funnel
  $linkFunnel.set(null);
  state = $funnelState.get();
});

describe('saving scenarios', () => {
  it('starts from the first preset with no scenarios and nothing saved', () => {
    expect(state.scenarios).toEqual([]);
    expect(saved()).toBeNull();
  });

  it('saves the funnel on screen under the name typed, trimmed, and says so', () => {
    setFunnelField('volume', 4000);
    expect(saveScenario('  Q3 plan ')).toEqual({ ok: true, value: 'Saved “Q3 plan”.' });
    const [scenario] = $funnelState.get().scenarios;
    expect(scenario).toMatchObject({ id: 'c1', name: 'Q3 plan', funnel: { volume: 4000 } });
    expect(saved()?.v).toBe(4);
    expect(saved()?.data.scenarios.map((s) => s.name)).toEqual(['Q3 plan']);
  });

  it('saves over a scenario with the same name in any case, keeping its place', () => {
    saveScenario('Base');
    saveScenario('Stretch');
    setFunnelField('volume', 9000);
    expect(saveScenario('BASE')).toEqual({ ok: true, value: 'Saved over “BASE”.' });
    const scenarios = $funnelState.get().scenarios;
    expect(scenarios.map((s) => [s.id, s.name, s.funnel.volume])).toEqual([
      ['c1', 'BASE', 9000],
      ['c2', 'Stretch', scenarios[1]!.funnel.volume],
    ]);
  });

  it('explains an empty or too-long name and saves nothing', () => {
    expect(saveScenario('   ')).toEqual({ ok: false, message: 'Name the scenario.' });
    expect(saveScenario('x'.repeat(LIMITS.nameMax + 1))).toEqual({
      ok: false,
      message: `Keep names to ${LIMITS.nameMax} characters.`,
    });
    expect($funnelState.get().scenarios).toEqual([]);
  });

  it(`keeps at most ${LIMITS.scenariosMax}: a new name asks which to replace, saving over still works`, () => {
    for (let i = 1; i <= LIMITS.scenariosMax; i++) expect(saveScenario(`S${i}`).ok).toBe(true);
    expect(saveScenario('One more')).toEqual({
      ok: false,
      full: true,
      message: `You can keep up to ${LIMITS.scenariosMax} scenarios. Choose one to replace.`,
    });
    expect(saveScenario('S1')).toEqual({ ok: true, value: 'Saved over “S1”.' });
    expect(saved()?.data.scenarios).toHaveLength(LIMITS.scenariosMax);
  });

  it('never reuses a deleted id, so a comparison never shows the wrong scenario', () => {
    saveScenario('A');
    saveScenario('B');
    deleteScenario('c1');
    saveScenario('C');
    expect($funnelState.get().scenarios.map((s) => `${s.id} ${s.name}`)).toEqual(['c2 B', 'c3 C']);
  });

  it('saves a linked funnel as a scenario without replacing the reader’s own funnel', () => {
    const own = $funnelState.get().funnel;
    $linkFunnel.set({ ...own, volume: 123 });
    saveScenario('From a colleague');
    expect($funnelState.get().scenarios[0]?.funnel.volume).toBe(123);
    expect($funnelState.get().funnel).toEqual(own);
    keepLinkedFunnel();
    expect(saved()?.data.funnel.volume).toBe(123);
  });
});
