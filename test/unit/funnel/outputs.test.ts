import { describe, it, expect } from 'vitest';
import { funnelCsv } from '../../../src/lib/funnel/csv';
import { csvCell } from '../../../src/lib/csv';
import { draftSla, sentenceText, slaText } from '../../../src/lib/funnel/sla';
import { forward, goal } from '../../../src/lib/funnel/model';
import { goalAsForward } from '../../../src/lib/funnel/plan';
import { afterSale } from '../../../src/lib/funnel/after';
import type { Funnel } from '../../../src/schemas/funnel';
import { compareFunnels } from '../../../src/lib/funnel/compare';
import { workedFunnel as f } from '../../fixtures/funnel';

const view = (funnel: Funnel) => {
  const result = forward(funnel);
  const g = funnel.mode === 'goal' ? goal(funnel) : null;
  return { funnel, result, goal: g, after: null };
};

describe('CSV export', () => {
  it('starts with the settings and the scenario name, then one row per stage, every line the same width', () => {
    const lines = funnelCsv(view(f), 'Q3 plan, draft').split('\r\n');
    expect(lines.slice(0, 11)).toEqual([
      'Setting,Value,,,,',
      'Scenario,"Q3 plan, draft",,,,',
      'Mode,Forward,,,,',
      'Visitor entering each month,1000,,,,',
      'Average deal value,10000,,,,',
      'Currency,USD,,,,',
      'Revenue target a month,50000,,,,',
      'Monthly marketing budget,6000,,,,',
      'Revenue a month,15000,,,,',
      'Customers a month,1.5,,,,',
      'After the sale,Off,,,,',
    ]);
    const table = lines.indexOf(
      'Stage,Owner,Conversion to next stage (%),People per month,% of previous stage,% of first stage',
    );
    expect(table).toBe(12);
    expect(lines[table + 1]).toBe('Visitor,Marketing,10,1000,,100');
    expect(lines[table + 3]).toBe('MQL,Marketing,50,40,40,4');
    expect(lines[table + 6]).toBe('Customer,Sales,,1.5,25,0.15');
    expect(lines.at(-1)).toBe('');
    for (const line of lines.slice(0, -1)) expect(line.split(',').length, line).toBeGreaterThanOrEqual(6);
  });

  it('adds the goal column and the customers the goal needs in goal mode', () => {
    const lines = funnelCsv(view({ ...f, mode: 'goal' }), 'x').split('\r\n');
    expect(lines).toContain('Customers the goal needs a month,5,,,,,');
    const header = lines.find((l) => l.startsWith('Stage,'))!;
    expect(header).toMatch(/,Needed per month for the goal$/);
    expect(lines[lines.indexOf(header) + 1]).toMatch(/,3350$/);
  });

  it('carries the after-sale rates and figures when the section is on', () => {
    const on = { ...f, after: { on: true, churn: 2, expansion: 1, monthly: 1000, grossMargin: 75 } };
    const won = new Array(12).fill(10);
    const csv = funnelCsv({ ...view(on), after: afterSale(on.after, won, 600) }, 'x');
    expect(csv).toContain('After the sale,On');
    expect(csv).toContain('Monthly churn (%),2');
    expect(csv).toContain('Monthly expansion (%),1');
    expect(csv).toContain('Gross margin (%),75');
    // 1,000 a month × 75 % ÷ (1 − 98 % kept × 101 % paid) = 750 ÷ 0.0102.
    expect(csv).toContain('Lifetime value per customer (on gross margin),73529.41');
  });

  it('quotes commas and quotes, and defuses spreadsheet formulas, in names too', () => {
    expect(csvCell('Lead, warm')).toBe('"Lead, warm"');
    expect(csvCell('The "A" list')).toBe('"The ""A"" list"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell(NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(funnelCsv(view(f), '=cmd|x')).toContain("Scenario,'=cmd|x");
  });
});

describe('SLA draft', () => {
  it('drafts the two-way commitments from the handoff', () => {
    const d = draftSla(f, 24, 6)!;
    expect(sentenceText(d.title)).toBe('Service-level agreement (draft): the MQL to SQL handoff');
    expect(sentenceText(d.basis)).toBe('These numbers are what the funnel delivers today.');
    expect(sentenceText(d.clauses[0]!)).toBe(
      'Marketing delivers 40 MQLs a month to sales, each one meeting the definition of MQL that both teams signed.',
    );
    expect(sentenceText(d.clauses[1]!)).toMatch(
      /^Sales follows up every MQL within 24 hours of receiving it, and makes at least 6 attempts/,
    );
    expect(sentenceText(d.clauses[2]!)).toMatch(
      /once a month.*became SQLs \(the plan expects 20 a month, 50\u00a0% of those handed over\)/,
    );
    expect(slaText(d).split('\n')).toHaveLength(7);
    expect(sentenceText(draftSla(f, 1, 1)!.clauses[1]!)).toMatch(/within 1 hour .* at least 1 attempt to/);
  });

  it('in goal mode commits to what the goal needs, and says so', () => {
    const g = { ...f, mode: 'goal' as const };
    const needs = goal(g);
    if (!needs.ok) throw new Error('goal should be reachable');
    const d = draftSla(g, 24, 6, goalAsForward(g, needs), true)!;
    // 50,000 ÷ 10,000 = 5 customers; ÷ 25 % = 20 opportunities; ÷ 30 % = 67 SQLs; ÷ 50 % = 134 MQLs
    expect(d.delivered).toBe(134);
    expect(sentenceText(d.clauses[0]!)).toMatch(/^Marketing delivers 134 /);
    expect(sentenceText(d.clauses[2]!)).toMatch(/the plan expects 67 a month/);
    expect(sentenceText(d.basis)).toBe(
      'These numbers are what the goal of $50,000 a month needs, not what the funnel delivers today.',
    );
  });

  it('copies plain text: no invisible isolate or other bidi control around or inside a name (the page isolates with <bdi>)', () => {
    const rtl = { ...f, stages: f.stages.map((s, i) => (i === 2 ? { ...s, name: 'ליד\u202e' } : s)) };
    const text = slaText(draftSla(rtl, 24, 6)!);
    expect(text).toContain('Sales follows up every ליד within');
    expect(text).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(slaText(draftSla(f, 24, 6)!)).not.toMatch(/[\u2066-\u2069]/);
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
