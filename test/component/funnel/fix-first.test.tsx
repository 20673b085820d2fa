/** "What to fix first" stays within what the preset's sources saw, or says where it goes beyond (issue 27). */
import { screen, within } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { fill, openBuilder } from './builder';

const insights = () => document.querySelector<HTMLElement>('.funnel-insights')!;

test('goal mode advises a change within the benchmark first, and marks every rate above its high end', async () => {
  const { user } = await openBuilder();
  await user.click(screen.getByRole('radio', { name: /^Goal/ }));
  // Visitor → Lead from 2.5 % to 6.07 % is the smallest change, but above the B2B SaaS high end of 5 %.
  expect(insights()).toHaveTextContent(/Fix first: raise “MQL” → “SQL” from 20 % to 48.5 %/);
  expect(insights()).toHaveTextContent(
    /“Visitor” from 2.5 % to 6.07 % \(above the benchmark’s high end of 5 %: more than its source saw\)/,
  );
  // When only rates beyond the benchmark can close the gap, the advice says so before giving one.
  // 72,000 ÷ 12,000 = 6 customers, about 2.9 times today's 2.06: beyond every stage's high end.
  await fill(user, screen.getByLabelText('Revenue target a month'), '72000');
  expect(insights()).not.toHaveTextContent(/Fix first/);
  expect(insights()).toHaveTextContent(
    /No single rate within the benchmark closes the gap\. The smallest change that does: raise “.+” → “.+” from .+ to .+ \(\+.+ points\) \(above the B2B SaaS benchmark’s high end of .+: more than its source saw\)\./,
  );
});

test('forward mode marks a +5 points lever that goes above the benchmark’s high end', async () => {
  await openBuilder();
  const levers = within(insights()).getAllByRole('listitem');
  // Visitor → Lead: 2.5 % + 5 points = 7.5 %, above the high end of 5 %.
  expect(levers.find((li) => /“Visitor” from 2.5\s%\sto 7.5\s%/.test(li.textContent!))).toHaveTextContent(
    /above the benchmark’s high end of 5 %: more than its source saw/,
  );
});
