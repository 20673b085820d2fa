import { render } from '@testing-library/preact';
import { expect, test, vi } from 'vitest';
// The presets come from a build-time module (src/integrations/funnel-presets.ts): made here the same way.
vi.mock('../../../src/lib/funnel/preset-data', async () => {
  const { loadPresets } = await import('../../../src/lib/funnel/load-presets');
  const { benchmarkOf } = await import('../../../src/lib/funnel/presets');
  const raw = {
    'b2b-saas.json': (await import('../../../content/presets/b2b-saas.json')).default,
    'e-commerce.json': (await import('../../../content/presets/e-commerce.json')).default,
    'enterprise-b2b.json': (await import('../../../content/presets/enterprise-b2b.json')).default,
  };
  return { presets: loadPresets(raw).map(benchmarkOf) };
});

import { $funnelView } from '../../../src/stores/funnel-view';
import { $funnelState, initialFunnelState } from '../../../src/stores/funnel-store';
import { Insights } from '../../../src/islands/funnel/Insights';
import { AfterSaleSection } from '../../../src/islands/funnel/AfterSale';

test('in goal mode every cost per customer on the screen says which numbers it is worked out on (issue 28)', () => {
  const state = initialFunnelState();
  const funnel = { ...state.funnel, mode: 'goal' as const, budget: 30_000, after: { ...state.funnel.after, on: true } };
  $funnelState.set({ ...state, funnel });
  const view = $funnelView.get();
  expect(view.forGoal).toBe(true);
  const today = view.num.money(view.result.costPerCustomer!);
  const atGoal = view.num.money(view.plan.costPerCustomer!);
  expect(today).not.toBe(atGoal);
  const { container } = render(
    <>
      <Insights view={view} level={3} />
      <AfterSaleSection view={view} idp="t" level={3} />
    </>,
  );
  const text = container.textContent!.replace(/\s+/g, ' ');
  // Each figure appears with its basis beside it, never bare.
  expect(text).toContain(`Today each customer costs ${today} of marketing budget; at the goal’s numbers, ${atGoal}.`);
  expect(text).toContain(`(cost per customer at the goal’s numbers: ${atGoal})`);
  expect(text).not.toMatch(/(?<!Today e)Each customer costs/);
});
