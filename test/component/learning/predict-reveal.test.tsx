/** Predict, then reveal: the answer opens only once the reader has committed a guess. */
import { render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';

test('the answer opens only after a guess, and then says whether the guess was right', async () => {
  const { default: PredictReveal } = await import('../../../src/islands/learning/PredictRevealIsland');
  const user = userEvent.setup();
  render(
    <PredictReveal
      id="pr-test"
      question="Who sets the list price?"
      options={['Sales', 'Marketing', 'Finance']}
      answer={1}
    >
      <div class="pr-content">
        <p>Marketing, with product and finance.</p>
        <p>Source: a test.</p>
      </div>
    </PredictReveal>,
  );
  const details = document.querySelector('details')!;
  const summary = screen.getByText('Reveal the answer');
  await waitFor(() => expect(screen.getByRole('radio', { name: 'Sales' })).toBeEnabled());
  await user.click(summary);
  expect(screen.getByText('Make your guess first: choose one of the answers above.')).toBeInTheDocument();
  expect(details).not.toHaveAttribute('open');

  await user.click(screen.getByRole('radio', { name: 'Sales' }));
  expect(screen.queryByText(/Make your guess first/)).toBeNull();
  await user.click(summary);
  expect(details).toHaveAttribute('open');
  expect(screen.getByRole('status')).toHaveTextContent('✗ You guessed Sales. The answer is Marketing.');
  expect(screen.getByText('Source: a test.')).toBeInTheDocument();
  expect(screen.getByRole('radio', { name: 'Sales' })).toBeDisabled();
  expect(screen.getByText('Why: the answer and its source')).toBeInTheDocument();
});
