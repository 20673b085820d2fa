import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fileReader, firstLook, mappingProblem } from '../../../src/lib/crm/file';
import type { Mapping } from '../../../src/lib/crm/fields';
import { outcomeOf } from '../../../src/lib/crm/deals';
import { expectNear } from './same';

/** Feeds rows (header first) through a reader, as the worker does. */
function read(rows: string[][], mapping?: Partial<Mapping>) {
  const [headers, ...data] = rows;
  const look = firstLook(headers!, data, 'mdy');
  const r = fileReader(headers!, { ...look.mapping, ...mapping });
  data.forEach((row, i) => r.add(row, i + 2));
  return { look, result: r.finish() };
}

describe('leads', () => {
  // Four leads: two become MQLs (after 2 and 4 days), one of them an SQL 10 days later.
  // One lead is answered in 30 minutes, one in 30 hours, one never, one has no created date.
  const rows = [
    ['Create Date', 'MQL Date', 'SQL Date', 'Original Source', 'Owner', 'Response time (minutes)'],
    ['2025-01-01', '2025-01-03', '2025-01-13', 'Events', 'Ana', '30'],
    ['2025-01-10', '2025-01-14', '', 'Events', 'Ben', '1800'],
    ['2025-02-01', '', '', 'Paid search', 'Ana', ''],
    ['2025-03-01', '', '', '=cmd()', 'Ben', '45'],
    ['not a date', '', '', 'Events', 'Ana', '10'],
    ['2025-03-02', '', ''],
  ];
  const { look, result } = read(rows);
  const l = result.leads!;

  test('columns are found from the header names', () => {
    expect(look.mapping).toMatchObject({
      kind: 'leads',
      responseUnit: 'minutes',
      columns: {
        created: 'Create Date',
        mql: 'MQL Date',
        sql: 'SQL Date',
        source: 'Original Source',
        owner: 'Owner',
        response: 'Response time (minutes)',
      },
    });
  });

  test('hand-worked funnel: reached, conversion, drop-off and days', () => {
    expect(l.stages.map((s) => [s.label, s.reached, s.toNext, s.dropOff])).toEqual([
      ['Leads', 4, 0.5, 2],
      ['MQLs', 2, 0.5, 1],
      ['SQLs', 1, null, null],
    ]);
    // Medians and 90th percentiles come from a sketch, within 1 % (exactly 3, 3.8 and 10 days here).
    expect([l.stages[0]!.days!.n, l.stages[1]!.days!.n]).toEqual([2, 1]);
    expectNear(l.stages[0]!.days!.median, 3);
    expectNear(l.stages[0]!.days!.p90, 3.8);
    expectNear(l.stages[1]!.days!.median, 10);
    expectNear(l.stages[1]!.days!.p90, 10);
  });

  test('bad rows are skipped with their line and reason', () => {
    expect(result.read).toMatchObject({ rowsRead: 6, rowsKept: 4, skipped: 2 });
    expect(result.problems).toEqual([
      {
        line: 6,
        reason: 'Create Date: “not a date” is not a date this reader knows, and the row needs it',
        skipped: true,
      },
      { line: 7, reason: 'has 3 cells where the header has 6', skipped: true },
    ]);
  });

  test('months count each stage in the month it happened', () => {
    expect(l.months).toEqual([
      { month: '2025-01', counts: [2, 2, 1], cohortToLast: 0.5 },
      { month: '2025-02', counts: [1, 0, 0], cohortToLast: 0 },
      { month: '2025-03', counts: [1, 0, 0], cohortToLast: 0 },
    ]);
  });

  test('speed to lead: median, within 1 and 24 hours, never; by owner', () => {
    const all = l.speed!.all;
    expect([all.leads, all.responded]).toEqual([4, 3]);
    expectNear(all.median, 0.75);
    expect([all.curve[1], all.curve[24], all.curve[168]]).toEqual([2, 2, 3]);
    expect(l.speed!.byOwner.map((g) => [g.label, g.leads, g.responded])).toEqual([
      ['Ana', 2, 1],
      ['Ben', 2, 2],
    ]);
  });

  test('sources keep the file’s text as it is (the CSV writer neutralises formulas later)', () => {
    expect(l.sources.map((s) => [s.label, s.leads, s.reachedLast])).toEqual([
      ['Events', 2, 1],
      ['=cmd()', 1, 0],
      ['Paid search', 1, 0],
    ]);
  });

  test('a lead with a later stage date but no earlier one still counts as reaching the earlier stage', () => {
    const { result: r } = read([
      ['Create Date', 'MQL Date', 'SQL Date'],
      ['2025-01-01', '', '2025-01-05'],
      ['2025-01-01', '', ''],
    ]);
    expect(r.leads!.stages.map((s) => s.reached)).toEqual([2, 1, 1]);
  });

  test('without a created column the mapping says what is missing', () => {
    expect(mappingProblem({ kind: 'leads', columns: {}, dateOrder: 'mdy', responseUnit: 'hours' })).toMatch(/Created/);
  });
});

describe('deals', () => {
  test('hand-worked win rate, won value and days to win', () => {
    const { look, result } = read([
      ['Deal Name', 'Create Date', 'Close Date', 'Deal Stage', 'Amount', 'Deal owner'],
      ['A', '2025-01-01', '2025-01-11', 'Closed won', '1,000.00', 'Ana'],
      ['B', '2025-01-01', '2025-01-31', 'Closed won', '3000', 'Ana'],
      ['C', '2025-01-05', '2025-02-05', 'Closed lost', '500', 'Ben'],
      ['D', '2025-02-01', '', 'Contract sent', '800', 'Ben'],
    ]);
    expect(look.mapping.kind).toBe('deals');
    const d = result.deals!;
    expect([d.won, d.lost, d.open, d.winRate, d.avgWon]).toEqual([2, 1, 1, 2 / 3, 2000]);
    expectNear(d.medianWon, 2000);
    expect(d.cycle.n).toBe(2);
    expectNear(d.cycle.median, 20);
    expectNear(d.cycle.p90, 28);
    expect(d.byOwner.map((g) => [g.label, g.won, g.lost, g.rate])).toEqual([
      ['Ana', 2, 0, 1],
      ['Ben', 0, 1, 0],
    ]);
    expect(d.months).toEqual([
      { month: '2025-01', won: 2, lost: 0, wonValue: 4000 },
      { month: '2025-02', won: 0, lost: 1, wonValue: 0 },
    ]);
  });
  test('outcome words', () => {
    expect(['Closed Won', 'won', 'true', 'Closed Lost', 'lost', 'Negotiation'].map(outcomeOf)).toEqual([
      'won',
      'won',
      'won',
      'lost',
      'lost',
      'open',
    ]);
  });
});

describe('customers', () => {
  test('hand-worked GRR, NRR and logo churn', () => {
    // As of 2025-12-31 (the last date). A and B were customers a year before; C started since.
    // A: 100 → 120 (expansion). B: 100, churned in 2025-06. C: 50, new.
    // GRR = min(100,120) / 200 = 50 %; NRR = 120 / 200 = 60 %.
    const { result } = read([
      ['Customer ID', 'Customer since', 'Starting MRR', 'Current MRR', 'Cancelled at'],
      ['A', '2024-01-01', '100', '120', ''],
      ['B', '2024-01-01', '100', '100', '2025-06-15'],
      ['C', '2025-12-31', '50', '50', ''],
    ]);
    const c = result.customers!;
    expect([c.asOf, c.active, c.mrrNow, c.grr, c.nrr, c.expansionMeasured]).toEqual([
      '2025-12-31',
      2,
      170,
      0.5,
      0.6,
      true,
    ]);
    expect(c.churnMonths.find((m) => m.month === '2025-06')).toEqual({
      month: '2025-06',
      active: 2,
      churned: 1,
      rate: 0.5,
    });
    expect(c.churnMonths.find((m) => m.month === '2025-07')).toEqual({
      month: '2025-07',
      active: 1,
      churned: 0,
      rate: 0,
    });
  });

  test('a year back is counted in whole days: a customer who started on the year-ago day is in the base, whatever the hour', () => {
    // The last date is 2025-12-31 09:00, so the year-ago day is 2024-12-31; A started that evening.
    const { result } = read([
      ['Customer ID', 'Customer since', 'Starting MRR', 'Current MRR', 'Cancelled at'],
      ['A', '2024-12-31 18:00', '100', '90', ''],
      ['B', '2025-12-31 09:00', '50', '50', ''],
    ]);
    expect([result.customers!.grr, result.customers!.nrr]).toEqual([0.9, 0.9]);
  });
});

test('property: stage counts never grow down the funnel and every rate is a share', () => {
  const day = fc.option(fc.integer({ min: 0, max: 400 }), { nil: null });
  const iso = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);
  fc.assert(
    fc.property(
      fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), day, day, day), { minLength: 1, maxLength: 60 }),
      (leads) => {
        const { result } = read([
          ['Create Date', 'MQL Date', 'SQL Date', 'Became a Customer Date'],
          ...leads.map(([c, m, s, w]) => [
            iso(c),
            m === null ? '' : iso(m),
            s === null ? '' : iso(s),
            w === null ? '' : iso(w),
          ]),
        ]);
        const st = result.leads!.stages;
        expect(st[0]!.reached).toBe(leads.length);
        for (let k = 1; k < st.length; k++) expect(st[k]!.reached).toBeLessThanOrEqual(st[k - 1]!.reached);
        for (const s of st) if (s.toNext !== null) expect(s.toNext >= 0 && s.toNext <= 1).toBe(true);
      },
    ),
  );
});
