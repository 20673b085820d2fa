/** After the sale starts from the funnel above and says so; what the reader sets stays theirs (issue 27). */
import { screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { fill, openBuilder } from './builder';

const section = () => document.querySelector<HTMLElement>('.funnel-after')!;
const monthly = () => screen.getByLabelText('What a new customer pays each month');

test('the monthly payment follows the deal value above, says so, and stays the reader’s once they set it', async () => {
  const { user } = await openBuilder();
  await user.click(screen.getByLabelText('Work out customers kept and recurring revenue'));
  expect(section()).toHaveTextContent(
    /starts from the funnel above: the 2.1 customers it wins a month, from month \d+, each paying the \$12,000 deal value spread over 12 months/,
  );
  await waitFor(() => expect(monthly()).toHaveValue('1000'));

  // The reader's deal value of 9,000 carries through: 750 a month, not the example's 1,000.
  await fill(user, screen.getByLabelText('Average deal value'), '9000');
  await waitFor(() => expect(monthly()).toHaveValue('750'));
  expect(monthly()).toHaveAccessibleDescription('From the deal value above: $9,000 ÷ 12. Type your own to keep it.');
  // 750 × 75 % margin ÷ (1 − 98 % × 101 %) = 562.50 ÷ 0.0102
  expect(section()).toHaveTextContent(/Lifetime value of one customer, on gross margin\s*\$55,147/);

  await fill(user, monthly(), '1200');
  await fill(user, screen.getByLabelText('Average deal value'), '15000');
  await waitFor(() => expect(monthly()).toHaveValue('1200'));
  expect(monthly()).toHaveAccessibleDescription('Your own figure: it stays when the deal value changes.');
  expect(section()).toHaveTextContent(/each paying what you set below/);

  await user.click(screen.getByRole('button', { name: 'Use the deal value ÷ 12 ($1,250)' }));
  await waitFor(() => expect(monthly()).toHaveValue('1250'));
  await fill(user, screen.getByLabelText('Average deal value'), '6000');
  await waitFor(() => expect(monthly()).toHaveValue('500'));
});
