import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { firstLook } from '../../../src/lib/crm/file';
import { bindFields, newReadState, readRow } from '../../../src/lib/crm/reader';
import { LeadsAccumulator } from '../../../src/lib/crm/leads';
import { crmExport } from '../../tools/crm-fixtures.mjs';
import { ColumnLeadsAccumulator } from './leads-columns';

/** Both accumulators fed the same mapped rows, as the reader feeds one. */
function both(mapped: string[], rows: Iterable<Record<string, number | string>>) {
  const now = new LeadsAccumulator(mapped);
  const before = new ColumnLeadsAccumulator(mapped);
  for (const v of rows) {
    now.add(v);
    before.add(v);
  }
  return { now: now.summary(), before: before.summary() };
}

/** A generated export's rows through its detected mapping, as the worker reads them. */
function* mappedRows(text: string, only?: string[]) {
  const [headers, ...data] = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  const { mapping } = firstLook(headers!, data.slice(0, 200), 'mdy');
  if (only) mapping.columns = Object.fromEntries(Object.entries(mapping.columns).filter(([id]) => only.includes(id)));
  const fields = bindFields(headers!, mapping);
  const state = newReadState();
  const out: Record<string, number | string> = {};
  yield fields.map((f) => f.def.id);
  for (const [i, row] of data.entries()) if (readRow(fields, row, headers!.length, i + 2, state, out)) yield out;
}

function fromExport(text: string, only?: string[]) {
  const rows = mappedRows(text, only);
  const mapped = rows.next().value as string[];
  return both(mapped, rows as Iterable<Record<string, number | string>>);
}

describe('the incremental leads summary equals the one worked out from every row kept', () => {
  test.each([
    ['hubspot', 20_000, 3],
    ['salesforce', 8_000, 5],
    ['pipedrive', 8_000, 7],
  ] as const)('generated %s export, %i rows with messy ones', (shape, n, seed) => {
    const { now, before } = fromExport(crmExport(shape, 'leads', n, seed));
    expect(now).not.toBeNull();
    expect(now!.speed).not.toBeNull();
    expect(now).toEqual(before);
  });

  test('without speed or later stages (created and source only)', () => {
    const { now, before } = fromExport(crmExport('hubspot', 'leads', 3_000, 9), ['created', 'source']);
    expect(now!.stages).toHaveLength(1);
    expect(now!.speed).toBeNull();
    expect(now).toEqual(before);
  });

  test('any rows: stages skipped, dates out of order, blank and repeated labels', () => {
    const day = 86_400_000;
    const date = fc.option(
      fc.integer({ min: 0, max: 900 }).map((d) => Date.UTC(2024, 0, 1) + d * day + 3_600_000),
      {
        nil: NaN,
      },
    );
    const row = fc.record({
      created: fc.integer({ min: 0, max: 900 }).map((d) => Date.UTC(2024, 0, 1) + d * day),
      mql: date,
      sql: date,
      customer: date,
      response: fc.option(fc.double({ min: 0, max: 400, noNaN: true }), { nil: NaN }),
      source: fc.constantFrom('', 'Events', 'Paid', ...Array.from({ length: 14 }, (_, i) => `S${i}`)),
      owner: fc.constantFrom('', 'Ana', 'Ben', ...Array.from({ length: 14 }, (_, i) => `O${i}`)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (rows) => {
        const mapped = ['created', 'mql', 'sql', 'customer', 'response', 'source', 'owner'];
        const { now, before } = both(mapped, rows);
        expect(now).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });
});
