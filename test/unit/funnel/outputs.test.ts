import { describe, it, expect } from 'vitest';
import { funnelCsv } from '../../../src/lib/funnel/csv';
import { csvCell } from '../../../src/lib/csv';
import { draftSla, slaText } from '../../../src/lib/funnel/sla';
import { compareFunnels } from '../../../src/lib/funnel/compare';
import { workedFunnel as f } from '../../fixtures/funnel';

describe('CSV export', () => {
  it('writes one row per stage with the table’s numbers', () => {
    const lines = funnelCsv(f).split('\r\n');
    expect(lines[0]).toBe(
      'Stage,Owner,Conversion to next stage (%),People per month,% of previous stage,% of first stage',
    );
    expect(lines[1]).toBe('Visitor,Marketing,10,1000,,100');
    expect(lines[3]).toBe('MQL,Marketing,50,40,40,4');
    expect(lines[6]).toBe('Customer,Sales,,1.5,25,0.15');
    expect(lines).toHaveLength(8);
  });

  it('adds the goal column in goal mode', () => {
    const lines = funnelCsv({ ...f, mode: 'goal' }).split('\r\n');
    expect(lines[0]).toMatch(/,Needed per month for the goal$/);
    expect(lines[1]).toMatch(/,3350$/);
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas', () => {
    expect(csvCell('Lead, warm')).toBe('"Lead, warm"');
    expect(csvCell('The "A" list')).toBe('"The ""A"" list"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(null)).toBe('');
  });
});

describe('SLA draft', () => {
  it('drafts the two-way commitments from the handoff', () => {
    const d = draftSla(f, 24, 6)!;
    expect(d.title).toBe('Service-level agreement (draft): the MQL to SQL handoff');
    expect(d.clauses[0]).toBe(
      'Marketing delivers 40 MQLs a month to sales, each one meeting the definition of MQL that both teams signed.',
    );
    expect(d.clauses[1]).toMatch(
      /^Sales follows up every MQL within 24 hours of receiving it, and makes at least 6 attempts/,
    );
    expect(d.clauses[2]).toMatch(
      /once a month.*became SQLs \(the plan expects 20 a month, 50\u00a0% of those handed over\)/,
    );
    expect(slaText(d).split('\n')).toHaveLength(6);
    expect(draftSla(f, 1, 1)!.clauses[1]).toMatch(/within 1 hour .* at least 1 attempt to/);
  });

  it('has nothing to draft without a handoff', () => {
    expect(draftSla({ ...f, stages: f.stages.map((s) => ({ ...s, owner: 'sales' as const })) }, 24, 6)).toBeNull();
  });
});

describe('comparing two scenarios', () => {
  it('lists headline numbers and stage rates with B − A differences', () => {
    const b = {
      ...f,
      volume: 2000,
      budget: null,
      stages: f.stages.map((s, i) => (i === 1 ? { ...s, rate: 50, name: 'Contact' } : s)),
    };
    const rows = compareFunnels(f, b);
    const by = (label: string) => rows.find((r) => r.label === label)!;
    expect(by('Entering each month')).toMatchObject({ a: 1000, b: 2000, diff: 1000 });
    // B: 2,000 × 10 % × 50 % × 50 % × 30 % × 25 % = 3.75 customers
    expect(by('Customers each month').b).toBeCloseTo(3.75, 10);
    expect(by('Revenue each month').diff).toBeCloseTo(22500, 6);
    expect(by('Cost per customer')).toMatchObject({ a: 4000, b: null, diff: null });
    expect(by('Stage 2 rate (Lead / Contact)')).toMatchObject({ a: 40, b: 50, diff: 10 });
    expect(by('Cycle length')).toMatchObject({ a: 80, b: 80, diff: 0 });
  });

  it('compares funnels of different lengths stage by stage', () => {
    const short = { ...f, stages: [f.stages[0]!, f.stages[5]!] };
    const rows = compareFunnels(short, f).filter((r) => r.label.startsWith('Stage'));
    expect(rows).toHaveLength(5);
    expect(rows[4]).toMatchObject({ label: 'Stage 5 rate (Opportunity)', a: null, b: 25, diff: null });
  });
});
