/**
 * A reader's place kept across visits: a check left half-done keeps its answers, and "Continue"
 * on the home page takes a reader back to the chapter and heading where they stopped.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import KnowledgeCheck from '../../../src/islands/learning/KnowledgeCheck';
import CheckList from '../../../src/islands/learning/CheckList';
import ContinueReading from '../../../src/islands/learning/ContinueReading';
import { $checkDrafts, $place } from '../../../src/stores/reading-store';
import { resetProgress } from '../../../src/stores/progress-store';
import type { CheckQuestion } from '../../../src/schemas/learning';

const opt = (text: string, correct = false) => ({ text, correct, explanation: `Because ${text}.` });
const questions: CheckQuestion[] = [
  { id: 'first', kind: 'single', prompt: 'Who owns the MQL?', options: [opt('Marketing', true), opt('Sales')] },
  { id: 'second', kind: 'single', prompt: 'Who owns the SQL?', options: [opt('The sales team', true), opt('Finance')] },
];

function renderCheck() {
  return render(
    <KnowledgeCheck chapter="one" count={2}>
      <CheckList chapter="one" questions={questions} />
    </KnowledgeCheck>,
  );
}

beforeEach(() => {
  localStorage.clear();
  $checkDrafts.set({});
  $place.set(null);
  resetProgress();
});
afterEach(cleanup);

describe('a check left half-done', () => {
  it('shows the answers given before the reader left, and forgets them once finished', async () => {
    const user = userEvent.setup();
    const first = renderCheck();
    await user.click(await screen.findByRole('radio', { name: 'Marketing' }));
    await user.click(screen.getAllByRole('button', { name: 'Check answer' })[0]!);
    first.unmount();

    renderCheck();
    await waitFor(() => expect(screen.getByRole('radio', { name: 'Marketing' })).toHaveProperty('checked', true));
    expect(screen.getByRole('button', { name: 'Answer checked' })).toBeDefined();

    await user.click(screen.getByRole('radio', { name: 'The sales team' }));
    await user.click(screen.getByRole('button', { name: 'Check answer' }));
    expect(await screen.findByText(/You got 2 of 2 right/)).toBeDefined();
    expect($checkDrafts.get()).toEqual({});
  });
});

describe('Continue on the home page', () => {
  const chapters = [
    { id: 'one', order: 1, title: 'Marketing vs sales', href: '/guide/one/' },
    { id: 'two', order: 2, title: 'What marketing does', href: '/guide/two/' },
  ];
  it('takes a reader who opened chapter 1 back to the heading they were reading', async () => {
    $place.set({ chapter: 'one', heading: 'a-day-in-sales', title: 'A day in sales' });
    render(<ContinueReading chapters={chapters} totalMinutes={90} />);
    const link = await screen.findByRole('link', { name: 'Continue: 1. Marketing vs sales' });
    expect(link.getAttribute('href')).toBe('/guide/one/#a-day-in-sales');
    expect(screen.getByText(/You stopped at “A day in sales”/)).toBeDefined();
  });
  it('still says "Start with chapter 1" to a first-time reader', async () => {
    render(<ContinueReading chapters={chapters} totalMinutes={90} />);
    expect(await screen.findByRole('link', { name: 'Start with chapter 1: Marketing vs sales' })).toBeDefined();
  });
});
