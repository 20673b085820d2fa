import { describe, it, expect } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { benchmarkOf, budgetFromPreset, presetRange, presetToFunnel } from '../../../src/lib/funnel/presets';
import { loadPresets } from '../../../src/lib/funnel/load-presets';
import { presets } from '../../../src/lib/funnel/preset-data';
import { forward } from '../../../src/lib/funnel/model';
import { funnelSchema } from '../../../src/schemas/funnel';
import { presetSchema } from '../../../src/schemas/funnel-preset';
import { workedFunnel as f, testPreset, testPresetFile } from '../../fixtures/funnel';

describe('a budget that came from a preset', () => {
  it('is labelled while it is the preset’s own, and no longer once the reader changes or clears it', () => {
    const applied = presetToFunnel(testPreset);
    expect(applied.budget).toBe(6000);
    expect(budgetFromPreset(applied, testPreset)).toBe(true);
    expect(budgetFromPreset({ ...applied, budget: 6500 }, testPreset)).toBe(false);
    expect(budgetFromPreset({ ...applied, budget: null }, testPreset)).toBe(false);
    expect(budgetFromPreset(applied, null)).toBe(false);
    expect(budgetFromPreset({ ...applied, presetId: 'another' }, testPreset)).toBe(false);
  });

  it('comes with every preset in content/presets, so applying one fills the field and says so', () => {
    for (const p of presets) expect(budgetFromPreset(presetToFunnel(p), p), p.id).toBe(p.budget !== null);
  });
});

describe('preset range', () => {
  it('gives outcomes from all-low to all-high rates with the reader’s volume and deal value', () => {
    const r = presetRange(f, testPreset);
    // low: 1,000 × 5 % × 45 % × 25 % × 20 % × 20 % = 0.225 customers; high: 1,000 × 20 % × 60 % × 50 % × 40 % × 30 % = 7.2
    expect(r.low.customers).toBeCloseTo(0.225, 10);
    expect(r.low.revenue).toBeCloseTo(2250, 6);
    expect(r.high.customers).toBeCloseTo(7.2, 10);
    expect(r.high.revenue).toBeCloseTo(72000, 6);
  });

  it('marks each stage below the low value', () => {
    const r = presetRange(f, testPreset);
    expect(r.marks.filter((m) => m.belowLow).map((m) => m.name)).toEqual(['Lead']);
    expect(r.marks.find((m) => m.name === 'Lead')).toMatchObject({ rate: 40, low: 45, high: 60 });
    expect(r.unmatched).toEqual([]);
  });

  it('follows a renamed or moved stage by its ref, and keeps the reader’s rate for new stages', () => {
    const stages = [...f.stages];
    stages.splice(1, 0, { id: 's9', name: 'Webinar', owner: 'marketing', rate: 50, days: null, ref: null });
    const renamed = { ...f, stages: stages.map((s) => (s.ref === 'lead' ? { ...s, name: 'Contact' } : s)) };
    const r = presetRange(renamed, testPreset);
    expect(r.marks.find((m) => m.name === 'Contact')).toMatchObject({ belowLow: true });
    expect(r.unmatched).toEqual(['Webinar']);
    expect(r.low.customers).toBeCloseTo(0.1125, 10);
  });

  it('turns a preset into a valid funnel at typical rates', () => {
    const funnel = presetToFunnel(testPreset);
    expect(funnelSchema.safeParse(funnel).success).toBe(true);
    expect(funnel.stages.map((s) => s.rate)).toEqual([10, 50, 50, 30, 25, 100]);
    expect(funnel.stages.at(-1)).toMatchObject({ name: 'Customer', ref: 'customer', days: null });
    expect(forward(funnel).customers).toBeCloseTo(1.875, 10);
  });
});

/** The preset files as the build reads them, through the full preset schema. */
const files = Object.fromEntries(
  readdirSync('content/presets')
    .filter((f) => f.endsWith('.json'))
    .map((f) => [`content/presets/${f}`, JSON.parse(readFileSync(`content/presets/${f}`, 'utf8')) as unknown]),
);
const full = loadPresets(files);

describe('the presets in content/presets', () => {
  it('are all valid: no file is left out', () => {
    expect(full).toHaveLength(Object.keys(files).length);
  });

  it('reach the browser as numbers and names only, in the same order', () => {
    expect(presets).toEqual(full.map(benchmarkOf));
    const shipped = JSON.stringify(presets);
    for (const p of full) {
      expect(shipped).not.toContain(p.summary);
      for (const s of p.steps) expect(shipped).not.toContain(s.basis);
    }
    expect(shipped).not.toMatch(/"(summary|notes|source|basis)"/);
  });

  it('are at least B2B SaaS, enterprise B2B and e-commerce, in order, all valid', () => {
    expect(full.map((p) => p.id)).toEqual(['b2b-saas', 'enterprise-b2b', 'e-commerce']);
    for (const { id: _id, ...file } of full) expect(presetSchema.safeParse(file).success).toBe(true);
  });

  it('give every stage a checkable source (a URL) or label it an editorial assumption, and call figures indicative', () => {
    for (const p of full) {
      expect(p.notes).toMatch(/indicative/i);
      for (const s of p.steps) {
        if (s.source) {
          expect(s.source.url ?? s.source.isbn, `${p.id}/${s.id} source needs a url`).toBeTruthy();
          expect(s.source.year).toBeGreaterThanOrEqual(2000);
          expect(s.basis, `${p.id}/${s.id}: a cited band is not an assumption`).not.toMatch(/^Editorial assumption/);
        } else {
          expect(s.basis, `${p.id}/${s.id}: a band with no source`).toMatch(/^Editorial assumption/);
        }
        expect(s.low <= s.typical && s.typical <= s.high).toBe(true);
      }
    }
  });

  it('rejects a sourced band without a URL and an unsourced band not labelled an assumption', () => {
    // The file name is a preset's id, so the file itself has no id field.
    const { id: _id, ...preset } = testPreset;
    const step = preset.steps[0]!;
    expect(presetSchema.safeParse(preset).success).toBe(true);
    const noUrl = { ...step, source: { title: 'T', author: 'A', year: 2024 } };
    expect(presetSchema.safeParse({ ...preset, steps: [noUrl, ...preset.steps.slice(1)] }).success).toBe(false);
    const unlabelled = { ...step, source: undefined, basis: 'Rounded from experience.' };
    expect(presetSchema.safeParse({ ...preset, steps: [unlabelled, ...preset.steps.slice(1)] }).success).toBe(false);
    const labelled = { ...step, source: undefined, basis: 'Editorial assumption: rounded from experience.' };
    expect(presetSchema.safeParse({ ...preset, steps: [labelled, ...preset.steps.slice(1)] }).success).toBe(true);
  });

  it('default to the B2B SaaS worked example: 10,000 visitors bring 2.1 customers', () => {
    const r = forward(presetToFunnel(presets[0]!));
    // 10,000 × 2.5 % × 30 % × 20 % × 55 % × 25 % = 2.0625
    expect(r.customers).toBeCloseTo(2.0625, 10);
    expect(r.revenue).toBeCloseTo(24750, 6);
  });

  it('skips a broken preset file instead of failing the widget', () => {
    expect(
      loadPresets({ '/x/good.json': { ...testPresetFile }, '/x/bad.json': { title: '' } }).map((p) => p.id),
    ).toEqual(['good']);
    expect(presetSchema.safeParse({ ...testPresetFile, notes: 'Exact numbers.' }).success).toBe(false);
    const swapped = {
      ...testPresetFile,
      steps: [{ ...testPresetFile.steps[0]!, low: 30, typical: 10 }, ...testPresetFile.steps.slice(1)],
    };
    expect(presetSchema.safeParse(swapped).success).toBe(false);
  });
});
