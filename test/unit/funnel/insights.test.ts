import { describe, it, expect } from 'vitest';
import { findHandoff, handoffSentence, levers, biggestDropOff } from '../../../src/lib/funnel/insights';
import { forward } from '../../../src/lib/funnel/model';
import { workedFunnel as f } from '../../fixtures/funnel';
import type { Funnel, Owner } from '../../../src/schemas/funnel';

const owned = (owners: Owner[]): Funnel => ({ ...f, stages: f.stages.map((s, i) => ({ ...s, owner: owners[i]! })) });

describe('the handoff', () => {
  it('runs from the last marketing stage to the first sales stage after it', () => {
    const h = findHandoff(f);
    expect(h).toMatchObject({ fromIndex: 2, toIndex: 3, fromName: 'MQL', toName: 'SQL', count: 40, accepted: 20 });
    expect(handoffSentence(h)).toBe('Marketing hands 40 MQLs a month to sales.');
  });

  it('skips shared stages between the two teams', () => {
    const h = findHandoff(owned(['marketing', 'marketing', 'shared', 'sales', 'sales', 'sales']));
    expect(h).toMatchObject({ fromName: 'Lead', toName: 'SQL', count: 100, accepted: 20 });
    expect(handoffSentence(h)).toBe('Marketing hands 100 Leads a month to sales.');
  });

  it('explains when there is no handoff', () => {
    expect(findHandoff(owned(['sales', 'sales', 'sales', 'sales', 'sales', 'sales']))).toBeNull();
    expect(findHandoff(owned(['sales', 'marketing', 'marketing', 'shared', 'shared', 'shared']))).toBeNull();
    expect(handoffSentence(null)).toMatch(/no handoff/);
  });
});

describe('levers: five percentage points better at one stage', () => {
  it('ranks stages by revenue gained', () => {
    // Visitor 10→15 % multiplies customers by 1.5 (+0.75 → +$7,500); Opportunity 25→30 % ×1.2 (+$3,000);
    // SQL 30→35 % ×7/6 (+$2,500); Lead 40→45 % ×1.125 (+$1,875); MQL 50→55 % ×1.1 (+$1,500).
    const l = levers(f);
    expect(l.map((x) => x.name)).toEqual(['Visitor', 'Opportunity', 'SQL', 'Lead', 'MQL']);
    expect(l.map((x) => Math.round(x.revenueGained))).toEqual([7500, 3000, 2500, 1875, 1500]);
    expect(l[0]).toMatchObject({ from: 10, to: 15 });
    expect(l[0]!.customersGained).toBeCloseTo(0.75, 10);
  });

  it('caps a rate at 100 % and puts a stage already at 100 % last', () => {
    const high = {
      ...f,
      stages: f.stages.map((s, i) => (i === 2 ? { ...s, rate: 97 } : i === 3 ? { ...s, rate: 100 } : s)),
    };
    const l = levers(high);
    expect(l.find((x) => x.name === 'MQL')).toMatchObject({ from: 97, to: 100 });
    expect(l.at(-1)).toMatchObject({ name: 'SQL', from: 100, to: 100, revenueGained: 0 });
  });
});

describe('the biggest drop-off', () => {
  it('is the step losing the most people in absolute numbers', () => {
    expect(biggestDropOff(forward(f))).toEqual({ fromName: 'Visitor', toName: 'Lead', lost: 900 });
  });
});
