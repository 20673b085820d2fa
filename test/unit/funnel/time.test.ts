import { describe, it, expect } from 'vitest';
import { cycleDays, lagMonths, project } from '../../../src/lib/funnel/time';
import { workedFunnel as f } from '../../fixtures/funnel';

describe('cycle length and the 12-month projection', () => {
  it('sums the days of every stage before the customers', () => {
    expect(cycleDays(f)).toBe(80);
    expect(cycleDays({ ...f, stages: f.stages.map((s) => ({ ...s, days: null })) })).toBe(0);
  });

  it('rounds a lag to the nearest 30-day month, halves up', () => {
    expect([0, 14, 15, 44, 45, 80, 90].map(lagMonths)).toEqual([0, 0, 1, 1, 2, 3, 3]);
  });

  it('shows customers arriving after the sales cycle', () => {
    // 80 days → 3 months' lag → first customers in month 4; SQLs arrive after 5 + 10 + 5 = 20 days → month 2.
    const p = project(f);
    expect(p.rows).toHaveLength(12);
    expect(p.customerLag).toBe(3);
    expect(p.firstCustomerMonth).toBe(4);
    expect(p.rows.map((r) => r.customers)).toEqual([0, 0, 0, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5]);
    expect(p.rows.map((r) => r.handedOver)).toEqual([0, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20, 20]);
    expect(p.rows.every((r) => r.entering === 1000)).toBe(true);
    expect(p.rows[3]!.revenue).toBe(15000);
    expect(p.rows[11]!.cumulativeRevenue).toBe(9 * 15000);
  });

  it('says when customers arrive after the projection ends', () => {
    const slow = { ...f, stages: f.stages.map((s, i) => (i === 4 ? { ...s, days: 400 } : s)) };
    const p = project(slow);
    expect(p.firstCustomerMonth).toBeNull();
    expect(p.rows.every((r) => r.revenue === 0)).toBe(true);
  });
});
