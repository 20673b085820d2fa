import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { LeadsAccumulator } from '../../../src/lib/crm/leads';
import { crmExport } from '../../tools/crm-fixtures.mjs';
import { ColumnLeadsAccumulator } from './leads-columns';
import { differences } from './same';
import { mappedRows } from './mapped-rows';

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

function fromExport(text: string, only?: string[]) {
  const { mapped, rows } = mappedRows(text, only);
  return both(mapped, rows);
}

describe('the incremental leads summary equals the one worked out from every row kept (medians within 1 %)', () => {
  test.each([
    ['hubspot', 20_000, 3],
    ['salesforce', 8_000, 5],
    ['pipedrive', 8_000, 7],
  ] as const)('generated %s export, %i rows with messy ones', (shape, n, seed) => {
    const { now, before } = fromExport(crmExport(shape, 'leads', n, seed));
    expect(now).not.toBeNull();
    expect(now!.speed).not.toBeNull();
    expect(differences(now, before)).toEqual([]);
  });

  test('without speed or later stages (created and source only)', () => {
    const { now, before } = fromExport(crmExport('hubspot', 'leads', 3_000, 9), ['created', 'source']);
    expect(now!.stages).toHaveLength(1);
    expect(now!.speed).toBeNull();
    expect(differences(now, before)).toEqual([]);
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
        expect(differences(now, before)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
