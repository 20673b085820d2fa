import { describe, it, expect, beforeEach } from 'vitest';
import { decodeVersioned } from '../../../src/lib/versioned';
import {
  $funnelState,
  $linkFunnel,
  deleteScenario,
  duplicateScenario,
  funnelCodec,
  initialFunnelState,
  openScenario,
  renameScenario,
  saveScenario,
  setFunnelField,
} from '../../../src/stores/funnel-store';
import { $funnelView } from '../../../src/stores/funnel-view';
import { LIMITS } from '../../../src/schemas/funnel';
import { presets } from '../../../src/lib/funnel/preset-data';
import { budgetFromPreset, presetToFunnel } from '../../../src/lib/funnel/presets';
import { workedFunnel } from '../../fixtures/funnel';

/** A version 1 save, as the site wrote it before the after-sale section existed. */
const { after: _after, team: _team, ...v1Funnel } = workedFunnel;
const v1 = JSON.stringify({
  v: 1,
  data: {
    funnel: { ...v1Funnel, volume: 5000 },
    scenarios: Array.from({ length: 12 }, (_, i) => ({ id: `c${i + 1}`, name: `Plan ${i + 1}`, funnel: v1Funnel })),
    sla: { hours: 12, attempts: 4 },
    scale: 'log',
  },
});

describe('the saved funnel across versions', () => {
  it('upgrades a version 1 save: keeps every number and all 12 scenarios, adds the after-sale section switched off', () => {
    const r = decodeVersioned(funnelCodec, v1);
    expect(r.status).toBe('ok');
    if (r.status !== 'ok') return;
    expect(r.migratedFrom).toBe(1);
    expect(r.value.funnel.volume).toBe(5000);
    expect(r.value.funnel.after).toEqual({ on: false, churn: 2, expansion: 1, monthly: 833.33, grossMargin: 75 });
    expect(r.value.scenarios).toHaveLength(12);
    expect(r.value.scenarios[11]!.funnel.after.on).toBe(false);
    expect(r.value.sla).toEqual({ hours: 12, attempts: 4 });
  });

  it('upgrades a version 2 save, scenarios too, to the default 75 % gross margin and keeps its other settings', () => {
    const { grossMargin: _m, ...v2After } = { ...workedFunnel.after, on: true, churn: 3 };
    const { team: _t, ...v3Funnel } = workedFunnel;
    const v2Funnel = { ...v3Funnel, after: v2After };
    const raw = JSON.stringify({
      v: 2,
      data: { ...initialFunnelState(), funnel: v2Funnel, scenarios: [{ id: 'c1', name: 'Plan', funnel: v2Funnel }] },
    });
    const r = decodeVersioned(funnelCodec, raw);
    expect(r).toMatchObject({ status: 'ok', migratedFrom: 2 });
    if (r.status !== 'ok') return;
    expect(r.value.funnel.after).toEqual({ on: true, churn: 3, expansion: 1, monthly: 833.33, grossMargin: 75 });
    expect(r.value.scenarios[0]!.funnel.after.grossMargin).toBe(75);
  });

  it('upgrades a version 3 save, scenarios too, with no team inputs (the starting values apply) and keeps the rest', () => {
    const { team: _t, ...v3Funnel } = { ...workedFunnel, mode: 'goal' as const, target: 80_000 };
    const raw = JSON.stringify({
      v: 3,
      data: { ...initialFunnelState(), funnel: v3Funnel, scenarios: [{ id: 'c1', name: 'Plan', funnel: v3Funnel }] },
    });
    const r = decodeVersioned(funnelCodec, raw);
    expect(r).toMatchObject({ status: 'ok', migratedFrom: 3 });
    if (r.status !== 'ok') return;
    expect(r.value.funnel).toEqual({ ...v3Funnel, team: null });
    expect(r.value.scenarios[0]!.funnel.team).toBeNull();
  });

  it('keeps the team inputs a reader typed, and refuses a save whose team inputs are out of range', () => {
    const team = { quota: 40_000, ramp: 4, attainment: 75, meetings: 10 };
    const raw = JSON.stringify({ v: 4, data: { ...initialFunnelState(), funnel: { ...workedFunnel, team } } });
    expect(decodeVersioned(funnelCodec, raw)).toMatchObject({ status: 'ok', value: { funnel: { team } } });
    const bad = JSON.stringify({
      v: 4,
      data: { ...initialFunnelState(), funnel: { ...workedFunnel, team: { ...team, ramp: -1 } } },
    });
    expect(decodeVersioned(funnelCodec, bad)).toMatchObject({ status: 'unreadable', reason: /funnel\.team/ });
  });

  it('starts a new reader with an empty budget, so no cost per customer or payback is worked out', () => {
    const { funnel } = initialFunnelState();
    expect(funnel.budget).toBeNull();
    expect(budgetFromPreset(funnel, presets[0]!)).toBe(false);
    const view = $funnelView.get();
    expect([view.result.costPerCustomer, view.plan.costPerCustomer]).toEqual([null, null]);
  });

  it('keeps the budget of a save from before the empty default and says it came from the preset', () => {
    // Version 1 and 2 saves of the untouched example held the first preset's budget (B2B SaaS, $30,000).
    const example = presetToFunnel(presets[0]!);
    const { after: _a, ...v1Example } = example;
    for (const [v, funnel] of [
      [1, v1Example],
      [2, example],
    ] as const) {
      const raw = JSON.stringify({ v, data: { ...initialFunnelState(), funnel } });
      const r = decodeVersioned(funnelCodec, raw);
      expect(r.status, `version ${v}`).toBe('ok');
      if (r.status !== 'ok') continue;
      expect(r.value.funnel.budget).toBe(presets[0]!.budget);
      expect(budgetFromPreset(r.value.funnel, presets[0]!)).toBe(true);
    }
    // A budget the reader typed is theirs: kept, and not credited to the preset.
    const own = JSON.stringify({ v: 2, data: { ...initialFunnelState(), funnel: { ...example, budget: 25000 } } });
    const r = decodeVersioned(funnelCodec, own);
    expect(r.status).toBe('ok');
    if (r.status === 'ok') {
      expect(r.value.funnel.budget).toBe(25000);
      expect(budgetFromPreset(r.value.funnel, presets[0]!)).toBe(false);
    }
  });

  it('refuses corrupt saves with a reason and falls back to the example', () => {
    for (const raw of ['{"v":1,"data":{"funnel":null}}', '{"v":2,"data":[]}', 'not json', '{"v":4,"data":{}}']) {
      const r = decodeVersioned(funnelCodec, raw);
      expect(r.status, raw).toBe('unreadable');
      expect(r.value).toEqual(initialFunnelState());
    }
    const v2Bad = JSON.stringify({
      v: 2,
      data: { ...initialFunnelState(), funnel: { ...initialFunnelState().funnel, after: { on: true, churn: 400 } } },
    });
    expect(decodeVersioned(funnelCodec, v2Bad)).toMatchObject({ status: 'unreadable', reason: /funnel\.after/ });
  });
});

describe('scenarios a reader works with', () => {
  beforeEach(() => {
    $linkFunnel.set(null);
    $funnelState.set({ ...initialFunnelState(), funnel: workedFunnel });
  });
  const names = () => $funnelState.get().scenarios.map((c) => c.name);

  it('opens, renames, duplicates and deletes with an undo that puts it back in place', () => {
    saveScenario('Today');
    setFunnelField('volume', 2000);
    saveScenario('Double');
    setFunnelField('volume', 3000);
    const [today, double] = $funnelState.get().scenarios;
    openScenario(today!.id);
    expect($funnelState.get().funnel.volume).toBe(1000);
    // Opened while a funnel from a link is on screen: the reader's own scenario shows, and the link's banner goes.
    $linkFunnel.set({ ...$funnelState.get().funnel, volume: 7777 });
    openScenario(double!.id);
    expect($linkFunnel.get()).toBeNull();
    expect($funnelView.get()).toMatchObject({ linked: false, funnel: { volume: 2000 } });
    openScenario(today!.id);
    expect(renameScenario(double!.id, 'today')).toMatchObject({ ok: false, message: /already called “Today”/ });
    expect(renameScenario(double!.id, '  Twice the traffic ')).toEqual({ ok: true, value: 'Twice the traffic' });
    expect(duplicateScenario(today!.id)).toEqual({ ok: true, value: 'Today (copy)' });
    expect(duplicateScenario(today!.id)).toEqual({ ok: true, value: 'Today (copy 2)' });
    expect(names()).toEqual(['Today', 'Today (copy 2)', 'Today (copy)', 'Twice the traffic']);
    const undo = deleteScenario(today!.id)!;
    expect(names()).toEqual(['Today (copy 2)', 'Today (copy)', 'Twice the traffic']);
    undo();
    expect(names()).toEqual(['Today', 'Today (copy 2)', 'Today (copy)', 'Twice the traffic']);
  });

  it('keeps at most 10: the eleventh asks which to replace, then replaces that one', () => {
    for (let i = 1; i <= LIMITS.scenariosMax; i++) expect(saveScenario(`Plan ${i}`).ok).toBe(true);
    expect(saveScenario('Plan 11')).toMatchObject({ ok: false, full: true, message: /Choose one to replace/ });
    const third = $funnelState.get().scenarios[2]!.id;
    expect(saveScenario('Plan 11', third)).toEqual({ ok: true, value: 'Saved “Plan 11”.' });
    expect(names()).toHaveLength(10);
    expect(names()).not.toContain('Plan 3');
    expect(names().at(-1)).toBe('Plan 11');
    // Saving under an existing name replaces it without asking.
    expect(saveScenario('plan 1').ok).toBe(true);
  });
});

describe('one derived view for every island', () => {
  beforeEach(() => $funnelState.set({ ...initialFunnelState(), funnel: workedFunnel }));

  it('works out today, the goal, the plan and after-sale figures from the same state', () => {
    expect($funnelView.get()).toMatchObject({ forGoal: false, goal: null, after: null, fix: null });
    expect($funnelView.get().plan.customers).toBe(1.5);
    setFunnelField('mode', 'goal');
    const v = $funnelView.get();
    expect(v.forGoal).toBe(true);
    expect(v.plan.stages[2]!.count).toBe(134);
    expect(v.projection.rows[0]!.entering).toBe(3350);
    expect(v.fix?.levers[0]?.name).toBe('Visitor');
    setFunnelField('after', { on: true, churn: 2, expansion: 1, monthly: 1000, grossMargin: 75 });
    expect($funnelView.get().after?.ltv).toBeCloseTo(750 / (1 - 0.98 * 1.01), 6);
  });
});
