import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { DealsAccumulator } from '../../../src/lib/crm/deals';
import { CustomersAccumulator } from '../../../src/lib/crm/customers';
import { crmExport, customersExport } from '../../tools/crm-fixtures.mjs';
import { ColumnDealsAccumulator } from './deals-columns';
import { ColumnCustomersAccumulator } from './customers-columns';
import { differences } from './same';
import { mappedRows } from './mapped-rows';

type Row = Record<string, number | string>;
interface Accumulator {
  add(v: Row): void;
  summary(): unknown;
}

/** Both accumulators fed the same mapped rows, as the reader feeds one. */
function both(now: Accumulator, before: Accumulator, rows: Iterable<Row>) {
  for (const v of rows) {
    now.add(v);
    before.add(v);
  }
  return { now: now.summary(), before: before.summary() };
}

const day = 86_400_000;
/** A day from 2023 on, at midnight (the 1st of a month included, a month's first moment). */
const date = fc.integer({ min: 0, max: 1100 }).map((d) => Date.UTC(2023, 0, 1) + d * day);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: NaN });
/** Money as exports write it, to the cent (a few negative, which count as 0). */
const cents = fc.integer({ min: -1000, max: 500_000 }).map((c) => c / 100);

describe('the incremental deals summary equals the one worked out from every row kept (medians within 1 %)', () => {
  test.each([
    ['hubspot', 20_000, 3],
    ['salesforce', 8_000, 5],
    ['pipedrive', 8_000, 7],
  ] as const)('generated %s export, %i rows with messy ones', (shape, n, seed) => {
    const { rows } = mappedRows(crmExport(shape, 'deals', n, seed));
    const { now, before } = both(new DealsAccumulator(), new ColumnDealsAccumulator(), rows);
    expect(now).not.toBeNull();
    expect(differences(now, before)).toEqual([]);
  });

  test('any rows: open, won and lost, amounts missing or negative, many labels', () => {
    const row = fc.record({
      created: date.map((t) => t + 3_600_000),
      closed: maybe(date),
      won: maybe(date),
      lost: maybe(date),
      status: fc.constantFrom('', 'Won', 'Closed Lost', 'Open'),
      stage: fc.constantFrom('', 'Closed Won', 'Negotiation'),
      amount: maybe(fc.double({ min: -100, max: 1e6, noNaN: true })),
      source: fc.constantFrom('', 'Events', 'Paid', ...Array.from({ length: 14 }, (_, i) => `S${i}`)),
      owner: fc.constantFrom('', 'Ana', 'Ben', ...Array.from({ length: 14 }, (_, i) => `O${i}`)),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), (rows) => {
        const { now, before } = both(new DealsAccumulator(), new ColumnDealsAccumulator(), rows);
        expect(differences(now, before)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('the incremental customers summary equals the one worked out from every row kept', () => {
  test.each([
    [300, 42],
    [20_000, 5],
  ])('generated file, %i customers', (n, seed) => {
    const { mapped, rows } = mappedRows(customersExport(n, seed));
    const hasStartMrr = mapped.includes('startMrr');
    expect(hasStartMrr).toBe(true);
    const { now, before } = both(
      new CustomersAccumulator(hasStartMrr),
      new ColumnCustomersAccumulator(hasStartMrr),
      rows,
    );
    expect(now).not.toBeNull();
    expect(differences(now, before)).toEqual([]);
  });

  test('any rows with dates at midnight: churn before or after the start, on a month’s first day, MRR missing', () => {
    const row = fc.record({
      start: date,
      churn: maybe(date),
      mrr: maybe(cents),
      startMrr: maybe(cents),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 300 }), fc.boolean(), (rows, hasStartMrr) => {
        const { now, before } = both(
          new CustomersAccumulator(hasStartMrr),
          new ColumnCustomersAccumulator(hasStartMrr),
          rows,
        );
        expect(differences(now, before)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
