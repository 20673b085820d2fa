/** "Reset to the example" in the funnel builder: one click never loses the reader's funnel. */
import { screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { fill, openBuilder } from './builder';

const visitors = () => screen.getByLabelText('Visitors entering each month');

test('Reset puts the example back and offers an Undo that brings back the reader’s funnel', async () => {
  const { user } = await openBuilder();
  await fill(user, visitors(), '25000');
  await user.click(screen.getByRole('button', { name: 'Reset to the example' }));
  await waitFor(() => expect(visitors()).toHaveValue('10000'));
  expect(screen.getByText('The example funnel is back on screen.')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(() => expect(visitors()).toHaveValue('25000'));
  expect(screen.getByText('Your funnel is back.')).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
});

test('the Undo goes once the reader changes the example, so it never throws away newer edits', async () => {
  const { user } = await openBuilder();
  await fill(user, visitors(), '25000');
  await user.click(screen.getByRole('button', { name: 'Reset to the example' }));
  expect(await screen.findByRole('button', { name: 'Undo' })).toBeInTheDocument();
  await waitFor(() => expect(visitors()).toHaveValue('10000'));
  await fill(user, visitors(), '12000');
  await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull());
  expect(screen.queryByText('The example funnel is back on screen.')).toBeNull();
  expect(visitors()).toHaveValue('12000');
});
