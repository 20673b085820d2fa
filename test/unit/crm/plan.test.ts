import { describe, expect, test } from 'vitest';
import type { Funnel } from '../../../src/schemas/funnel';
import type { LeadsSummary, Summary } from '../../../src/schemas/crm';
import { measuredFunnel } from '../../../src/lib/crm/to-funnel';
import { measuredSla, slaHours } from '../../../src/lib/crm/to-sla';
import { gapFormat, gapSummary, measuredVsPlanned } from '../../../src/lib/crm/compare';
import { draftSla, sentenceText } from '../../../src/lib/funnel/sla';
import { defaultFunnel } from '../../../src/stores/funnel-store';

const stage = (id: string, label: string, reached: number, toNext: number | null, median: number | null) => ({
  id,
  label,
  reached,
  toNext,
  dropOff: toNext === null ? null : Math.round(reached * (1 - toNext)),
  days: toNext === null ? null : { n: reached, median, p90: median },
});

/** 1,200 leads over a year (100 a month): 40 % become MQLs, half of those SQLs, a quarter of those customers. */
const leads: LeadsSummary = {
  rows: 1200,
  first: '2025-01-01',
  last: '2025-12-31',
  monthlyVolume: 100,
  stages: [
    stage('created', 'Leads', 1200, 0.4, 3),
    stage('mql', 'MQLs', 480, 0.5, 10),
    stage('sql', 'SQLs', 240, 0.25, 30),
    stage('customer', 'Customers', 60, null, null),
  ],
  months: [],
  sources: [],
  outOfOrder: 0,
  speed: {
    all: { label: 'All leads', leads: 1200, responded: 1000, median: 5.2, curve: [] },
    byOwner: [],
    bySource: [],
  },
};
const summary: Summary = {
  name: 'contacts.csv',
  files: [{ name: 'contacts.csv', kind: 'leads', rows: 1200 }],
  leads,
  deals: null,
  customers: null,
};
const measured = (s: Summary = summary) => {
  const m = measuredFunnel(s, defaultFunnel(), 'USD');
  if (!m.ok) throw new Error(m.message);
  return m.funnel;
};

describe('filling the SLA draft from the files', () => {
  test('the handoff volumes are the measured funnel’s, the hours the median response rounded up', () => {
    const r = measuredSla(summary, measured());
    expect(r).toEqual({
      ok: true,
      hours: 6,
      measured: {
        from: 'contacts.csv, 2025-01 to 2025-12',
        fromName: 'MQL',
        toName: 'SQL',
        // 100 leads a month × 40 % = 40 MQLs; × 50 % = 20 SQLs.
        delivered: 40,
        accepted: 20,
        medianHours: 5.2,
      },
    });
  });

  test('hours stay within what the SLA allows', () => {
    expect([slaHours(0.2), slaHours(1), slaHours(1.01), slaHours(400)]).toEqual([1, 1, 2, 168]);
  });

  test('without response times the hours are left to the reader', () => {
    const r = measuredSla({ ...summary, leads: { ...leads, speed: null } }, measured());
    expect(r.ok && r.hours).toBeNull();
    expect(r.ok && r.measured.medianHours).toBeNull();
  });

  test('without a handoff (a deals file only) it says what is missing', () => {
    const dealsOnly = measuredFunnel(
      {
        ...summary,
        leads: null,
        deals: {
          rows: 100,
          first: '2025-01-01',
          last: '2025-12-31',
          won: 20,
          lost: 30,
          open: 50,
          winRate: 0.4,
          avgWon: 1000,
          medianWon: 1000,
          cycle: { n: 20, median: 30, p90: 60 },
          months: [],
          sources: [],
          owners: [],
        } as unknown as Summary['deals'],
      },
      defaultFunnel(),
      'USD',
    );
    const r = measuredSla(summary, dealsOnly.ok ? dealsOnly.funnel : null);
    expect(r.ok).toBe(false);
  });

  test('the draft shows the measured handoff and says where it came from', () => {
    const r = measuredSla(summary, measured());
    if (!r.ok) throw new Error(r.message);
    const d = draftSla(defaultFunnel(), 6, 4, undefined, false, r.measured)!;
    expect(d.delivered).toBe(40);
    expect(sentenceText(d.clauses[0]!)).toMatch(/^Marketing delivers 40 MQLs a month/);
    expect(sentenceText(d.clauses[2]!)).toMatch(/your CRM shows 20 a month, 50\u00a0% of those handed over/);
    // The file name is isolated on screen (<bdi>), never with invisible characters in the copied text.
    expect(d.basis).toContainEqual({ name: 'contacts.csv, 2025-01 to 2025-12' });
    expect(sentenceText(d.basis)).toBe(
      'These numbers were measured in contacts.csv, 2025-01 to 2025-12: 40 MQLs and 20 SQLs a month. ' +
        'Half of your leads were answered within 5.2 hours (the median first response), the starting point for the follow-up hours.',
    );
  });
});

describe('measured against planned', () => {
  const plan: Funnel = {
    ...defaultFunnel(),
    volume: 150,
    dealValue: 2000,
    stages: [
      { id: 'a', name: 'Lead', owner: 'marketing', rate: 40, days: 5, ref: null },
      { id: 'b', name: 'MQL', owner: 'marketing', rate: 60, days: 10, ref: null },
      { id: 'c', name: 'SQL', owner: 'sales', rate: 25, days: 20, ref: null },
      { id: 'd', name: 'Customer', owner: 'sales', rate: 0, days: null, ref: null },
    ],
  };
  const m = { ...measured(), dealValue: 2000 };
  const rows = measuredVsPlanned(m, plan);
  const by = (label: string) => rows.find((r) => r.label === label)!;

  test('hand-worked gaps: volume, rates, days, cycle, handoff, customers, value', () => {
    expect(by('Leads a month')).toMatchObject({ b: 100, a: 150, diff: -50 });
    expect(by('MQL: moves on to the next stage')).toMatchObject({ b: 50, a: 60, diff: -10 });
    expect(by('Lead: days to the next stage')).toMatchObject({ b: 3, a: 5, diff: -2 });
    // Measured 3 + 10 + 30 = 43 days; planned 5 + 10 + 20 = 35.
    expect(by('Cycle length')).toMatchObject({ b: 43, a: 35, diff: 8 });
    // Measured 100 × 40 % = 40 MQLs; planned 150 × 40 % = 60.
    expect(by('Handed to sales a month')).toMatchObject({ b: 40, a: 60, diff: -20 });
    // Measured 40 × 50 % × 25 % = 5 customers; planned 60 × 60 % × 25 % = 9.
    expect(by('New customers a month')).toMatchObject({ b: 5, a: 9, diff: -4 });
    expect(by('Deal value')).toMatchObject({ diff: 0 });
    expect(by('New revenue a month')).toMatchObject({ b: 10_000, a: 18_000, diff: -8_000 });
  });

  test('a plan that starts before the leads is compared from its leads on; no name in common pairs by position', () => {
    const visitors: Funnel = {
      ...plan,
      volume: 6000,
      stages: [{ id: 'v', name: 'Visitor', owner: 'marketing', rate: 2.5, days: 7, ref: null }, ...plan.stages],
    };
    const r = measuredVsPlanned(m, visitors);
    // 6,000 visitors × 2.5 % = 150 leads a month, as planned before.
    expect(r.find((x) => x.key === 'volume')).toMatchObject({ label: 'Leads a month', a: 150, b: 100 });
    expect(r.filter((x) => x.key === 'rate').map((x) => [x.label, x.b, x.a])).toEqual([
      ['Visitor: moves on to the next stage', null, 2.5],
      ['Lead: moves on to the next stage', 40, 40],
      ['MQL: moves on to the next stage', 50, 60],
      ['SQL: moves on to the next stage', 25, 25],
    ]);
    // The visitors' 7 days come before the leads, so they are not in the planned cycle.
    expect(r.find((x) => x.key === 'cycle')).toMatchObject({ a: 35, b: 43 });

    const renamed = { ...plan, stages: plan.stages.map((s, i) => ({ ...s, name: `Step ${i + 1}` })) };
    const byPosition = measuredVsPlanned(m, renamed);
    expect(byPosition[0]).toMatchObject({ label: 'Entering each month (Lead / Step 1)', a: 150, b: 100 });
    expect(byPosition.some((x) => x.label === 'Lead / Step 1: moves on to the next stage')).toBe(true);
  });

  test('the summary names the volume, customers, cycle and the step furthest below plan', () => {
    expect(gapSummary(rows, m, plan)).toBe(
      'Your files show 100 leads a month against 150 planned, 5 new customers a month against 9 planned and a cycle 8 days longer than planned. ' +
        'The furthest below plan is MQL: 50\u00a0% move on, against 60\u00a0% planned.',
    );
  });

  test('gaps are signed, rates in points', () => {
    expect(gapFormat('pct', 'USD').gap(-10)).toBe('−10 points');
    expect(gapFormat('days', 'USD').gap(8)).toBe('+8 days');
    expect(gapFormat('money', 'USD').gap(-8000)).toBe('−$8,000');
  });
});
