/**
 * How the builder reads what a reader types, and says so (issue 27): a percent sign, empty
 * fields, and results that stand still while a field cannot be read.
 */
import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, test } from 'vitest';
import { describedError, fill, openBuilder, stage, summary } from './builder';

const stale = () => document.querySelector('.funnel-stale')!;
const described = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');

describe('reading what the reader typed', () => {
  test('“12%” is read as 12, says so while typed, and shows as 12 % once the reader moves on', async () => {
    const { user } = await openBuilder();
    const rate = within(stage(1)).getByLabelText('Converts to “Lead”');
    await fill(user, rate, '12%');
    expect(rate).not.toHaveAttribute('aria-invalid');
    expect(described(rate)).toMatch(/^Read as 12\s%\.$/);
    // 10,000 × 12 % × 30 % × 20 % × 55 % × 25 % = 9.9 customers
    expect(summary()).toHaveTextContent(/become 9.9 Customers/);
    await user.tab();
    expect(rate).toHaveValue('12');
    expect(rate.parentElement).toHaveTextContent(/^%$/);
    expect(rate).not.toHaveAttribute('aria-describedby');
  });

  test('every empty field says what it wants, or what leaving it empty means', async () => {
    const { user } = await openBuilder();
    const volume = screen.getByLabelText('Visitors entering each month');
    await fill(user, volume, '');
    expect(describedError(volume)).toBe('This field is empty. Enter how many people enter the funnel each month.');
    const deal = screen.getByLabelText('Average deal value');
    await fill(user, deal, '');
    expect(describedError(deal)).toBe('This field is empty. Enter the deal value as a number.');
    const rate = within(stage(2)).getByLabelText('Converts to “MQL”');
    await fill(user, rate, '');
    expect(describedError(rate)).toBe('This field is empty. Enter a rate in percent, like 25.');
    const days = within(stage(2)).getByLabelText('Days in stage');
    await fill(user, days, '');
    expect(days).not.toHaveAttribute('aria-invalid');
    expect(described(days)).toBe('Left empty: counted as 0 days in the timing.');
    expect(within(stage(2)).getByText('Left empty: counted as 0 days in the timing.')).toBeVisible();
    expect(described(screen.getByLabelText('Marketing budget a month (optional)'))).toBe(
      'Left empty: no cost per customer',
    );
  });

  test('while any field cannot be read the results say they show the last valid numbers, politely', async () => {
    const { user } = await openBuilder();
    expect(stale()).toHaveAttribute('role', 'status');
    expect(stale()).toBeEmptyDOMElement();
    const rate = within(stage(1)).getByLabelText('Converts to “Lead”');
    // Half-typed: "15" on its way to "1.5" passes through "150".
    await fill(user, rate, '150');
    expect(summary()).toHaveTextContent(/10,000 Visitors a month become 2.1 Customers/);
    // The notice follows each field's message (an effect), so it is awaited.
    await waitFor(() =>
      expect(stale()).toHaveTextContent('Showing the last valid numbers. To update them, fix: Converts to “Lead”.'),
    );
    const volume = screen.getByLabelText('Visitors entering each month');
    await fill(user, volume, 'lots');
    await waitFor(() => expect(stale()).toHaveTextContent(/fix: Converts to “Lead”; Visitors entering each month\.$/));
    expect(document.querySelector('.funnel-bar')).toHaveTextContent(/^Last valid: 2.1 Customers/);
    await fill(user, rate, '15');
    await fill(user, volume, '10000');
    await waitFor(() => expect(stale()).toBeEmptyDOMElement());
    expect(summary()).toHaveTextContent(/become 12 Customers/);
  });
});
