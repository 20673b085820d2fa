import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import Papa from 'papaparse';
import { fileReader, firstLook, type FileResult } from '../../../src/lib/crm/file';
import { measuredFunnel, scenarioName } from '../../../src/lib/crm/to-funnel';
import { problemsCsv, summaryCsv } from '../../../src/lib/crm/export';
import { defaultFunnel } from '../../../src/stores/funnel-store';
import type { Summary } from '../../../src/schemas/crm';
import { summarySchema } from '../../../src/schemas/crm';

/** Reads a generated export the way the worker does: Papa Parse rows, first 200 as the sample. */
function readFixture(name: string): FileResult & { mapping: ReturnType<typeof firstLook>['mapping'] } {
  const text = readFileSync(new URL(`../../fixtures/crm/${name}`, import.meta.url), 'utf8');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const [headers, ...data] = rows;
  const { mapping } = firstLook(headers!, data.slice(0, 200), 'mdy');
  const r = fileReader(headers!, mapping);
  data.forEach((row, i) => r.add(row, i + 2));
  return { ...r.finish(), mapping };
}

describe.each(['hubspot', 'salesforce', 'pipedrive'])('%s exports', (shape) => {
  test('leads: every stage and the speed to lead are found', () => {
    const r = readFixture(`${shape}-leads.csv`);
    expect(r.kind).toBe('leads');
    expect(Object.keys(r.mapping.columns).sort()).toEqual(
      shape === 'hubspot'
        ? ['created', 'customer', 'mql', 'owner', 'response', 'source', 'sql']
        : shape === 'salesforce'
          ? ['created', 'firstTouch', 'mql', 'owner', 'source', 'sql']
          : ['created', 'mql', 'owner', 'response', 'source', 'sql'],
    );
    expect(r.mapping.dateOrder).toBe(shape === 'pipedrive' ? 'dmy' : 'mdy');
    const l = r.leads!;
    // About 2 % of rows are damaged on purpose; most of them are left out, none crash the reader.
    expect(r.read.skipped).toBeGreaterThan(0);
    expect(r.read.skipped).toBeLessThan(30);
    expect(l.rows).toBe(r.read.rowsKept);
    expect(l.stages[1]!.toNext).toBeGreaterThan(0.1);
    expect(l.speed!.all.median).toBeGreaterThan(0.5);
    expect(l.speed!.all.median).toBeLessThan(10);
    expect(l.first.startsWith('2025-01')).toBe(true);
  });
  test('deals: win rate and deal value', () => {
    const r = readFixture(`${shape}-deals.csv`);
    expect(r.kind).toBe('deals');
    const d = r.deals!;
    expect(d.winRate).toBeGreaterThan(0.15);
    expect(d.winRate).toBeLessThan(0.5);
    expect(d.avgWon).toBeGreaterThan(2000);
    expect(d.avgWon).toBeLessThan(42000);
  });
});

test('customers file: GRR and NRR are plausible shares, NRR at least GRR', () => {
  const c = readFixture('customers.csv').customers!;
  expect(c.grr).toBeGreaterThan(0.5);
  expect(c.grr).toBeLessThanOrEqual(1);
  expect(c.nrr).toBeGreaterThanOrEqual(c.grr!);
});

function summary(): Summary {
  const leads = readFixture('hubspot-leads.csv');
  const deals = readFixture('hubspot-deals.csv');
  const customers = readFixture('customers.csv');
  return summarySchema.parse({
    name: 'hubspot-leads.csv',
    files: [{ name: 'hubspot-leads.csv', kind: 'leads', rows: leads.read.rowsKept }],
    leads: leads.leads,
    deals: deals.deals,
    customers: customers.customers,
  });
}

describe('use these numbers', () => {
  test('the measured funnel carries the file’s rates, volume and deal value', () => {
    const s = summary();
    const m = measuredFunnel(s, defaultFunnel(), 'EUR');
    if (!m.ok) throw new Error(m.message);
    expect(m.funnel.stages.map((st) => st.name)).toEqual(['Lead', 'MQL', 'SQL', 'Customer']);
    expect(m.funnel.stages[0]!.rate).toBe(Math.round(s.leads!.stages[0]!.toNext! * 10000) / 100);
    expect(m.funnel.volume).toBe(s.leads!.monthlyVolume);
    expect(m.funnel.dealValue).toBe(Math.round(s.deals!.avgWon! * 100) / 100);
    expect(m.funnel.currency).toBe('EUR');
    expect(m.funnel.after.on).toBe(true);
  });
  test('a leads file without customers borrows the deals win rate, and says so', () => {
    const s = summary();
    const leads = {
      ...s.leads!,
      stages: s.leads!.stages.slice(0, 3).map((st, i) => (i === 2 ? { ...st, toNext: null } : st)),
    };
    const m = measuredFunnel({ ...s, leads }, defaultFunnel(), 'USD');
    if (!m.ok) throw new Error(m.message);
    expect(m.funnel.stages.at(-2)!.rate).toBe(Math.round(s.deals!.winRate! * 10000) / 100);
    expect(m.notes.join(' ')).toMatch(/win rate/);
  });
  test('nothing to build a funnel from gives a reason, not a broken funnel', () => {
    const m = measuredFunnel(
      { name: 'x', files: [], leads: null, deals: null, customers: null },
      defaultFunnel(),
      'USD',
    );
    expect(m).toMatchObject({ ok: false });
  });
  test('scenario names fit the builder’s 40 characters', () => {
    expect(scenarioName('hubspot-leads.csv', '2025-01-03', '2025-12-30')).toBe('hubspot-leads 2025-01 to 2025-12');
    expect(
      scenarioName('a-very-long-export-name-from-our-crm-2025.csv', '2025-01-03', '2025-12-30').length,
    ).toBeLessThanOrEqual(40);
  });
});

test('exports never carry a formula from the file', () => {
  const csv = summaryCsv(summary());
  expect(csv).toContain("'=HYPERLINK");
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  expect(problemsCsv([{ line: 3, reason: '=1+1', skipped: true }])).toBe(
    "Line,What was wrong,Row\r\n3,'=1+1,left out\r\n",
  );
});
