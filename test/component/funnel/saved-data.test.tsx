/** What the funnel builder does with saved data it cannot use: keeps it aside, says where it is wrong, and starts afresh. */
import { screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { workedFunnel } from '../../fixtures/funnel';
import { openBuilder } from './builder';

test('saved data with a value out of range is kept aside and explained, naming where', async () => {
  const bad = JSON.stringify({
    v: 1,
    data: {
      funnel: { ...workedFunnel, volume: -5 },
      scenarios: [],
      sla: { hours: 24, attempts: 6 },
      scale: 'linear',
    },
  });
  localStorage.setItem('msg:funnel', bad);
  await openBuilder();
  expect(await screen.findByText(/it does not match the expected shape at funnel\.volume/)).toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Download the unreadable funnel' })).toBeInTheDocument();
  expect(document.body.textContent).not.toMatch(/NaN|Infinity/);
  expect(localStorage.getItem('msg:funnel:unreadable')).toBe(bad);
});
