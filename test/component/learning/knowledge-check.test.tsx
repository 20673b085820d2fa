/**
 * A chapter's knowledge check as the check page renders it: the static questions (CheckList) inside
 * the island, which reads them back. Scoring, explanations, the best score, shuffling and practice.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { checkSchema, type CheckQuestion } from '../../../src/schemas/learning';

const CHAPTER = 'marketing-vs-sales';
const questions: CheckQuestion[] = checkSchema.parse(
  parse(readFileSync(`content/checks/${CHAPTER}.yaml`, 'utf8')),
).questions;
const n = questions.length;

async function openCheck() {
  const { default: KnowledgeCheck } = await import('../../../src/islands/learning/KnowledgeCheck');
  const { default: CheckList } = await import('../../../src/islands/learning/CheckList');
  const user = userEvent.setup();
  const view = render(
    <KnowledgeCheck chapter={CHAPTER} count={n}>
      <CheckList chapter={CHAPTER} questions={questions} />
    </KnowledgeCheck>,
  );
  await waitFor(() => expect(fieldsets()[0]!.querySelector('input')).toBeEnabled());
  return { user, ...view };
}

const fieldsets = () => [...document.querySelectorAll<HTMLFieldSetElement>('fieldset.kc-q')];
/** The question shown in a fieldset, found by its prompt. */
const questionOf = (f: HTMLElement) => questions.find((q) => f.querySelector('.kc-prompt')!.textContent === q.prompt)!;

/** Ticks the named options of a shown question, then presses its "Check answer" button. */
async function answer(user: ReturnType<typeof userEvent.setup>, f: HTMLElement, right: boolean) {
  const q = questionOf(f);
  const texts = right
    ? q.options.filter((o) => o.correct).map((o) => o.text)
    : [q.options.find((o) => !o.correct)!.text];
  for (const text of texts)
    await user.click(within(f).getByRole(q.kind === 'single' ? 'radio' : 'checkbox', { name: text }));
  await user.click(within(f).getByRole('button', { name: 'Check answer' }));
}
const shownOrder = () => fieldsets().map((f) => [...f.querySelectorAll('.kc-option span')].map((s) => s.textContent));

describe('the knowledge check', () => {
  test('a student answers right and wrong, gets an explanation for each answer and keeps the best score', async () => {
    const { user, unmount } = await openCheck();
    expect(document.body).toHaveTextContent('You have not finished this check yet.');
    const byPrompt = (i: number) => fieldsets().find((f) => questionOf(f) === questions[i])!;

    const first = byPrompt(0);
    expect(first.querySelector('legend')).toHaveTextContent(
      '1. A friend asks you to sum up the difference between the two jobs in one line. Which line is the fairest?',
    );
    await user.click(
      within(first).getByRole('radio', {
        name: 'Marketing works on the market as a whole; sales works with one buyer at a time.',
      }),
    );
    await user.click(within(first).getByRole('button', { name: 'Check answer' }));
    expect(first.querySelector('.kc-feedback')).toHaveTextContent('✓ Right.');
    expect(first).toHaveTextContent(/Right answer, and you chose it\.\s*Marketing reaches many people/);
    expect(within(first).getAllByRole('radio')[0]).toBeDisabled();

    const third = byPrompt(2);
    await user.click(within(third).getByRole('button', { name: 'Check answer' }));
    expect(within(third).getByText('Choose an answer first.')).toBeInTheDocument();
    await user.click(within(third).getByRole('checkbox', { name: /may be strong in one half/ }));
    await user.click(within(third).getByRole('checkbox', { name: /spend too long on research/ }));
    await user.click(within(third).getByRole('button', { name: 'Check answer' }));
    // Feedback names the right answers by their text, never by a position that changes per attempt.
    expect(third.querySelector('.kc-feedback')).toHaveTextContent(
      "✗ Not quite. The notes under the options say why. Right answers: “The person may be strong in one half and weak in the other, and be blamed for the weak half.” and “Nobody looks at where the market is going, because only this month's deals count.” and “When results fall, it will be hard to tell which half of the work went wrong.”",
    );
    expect(third).toHaveTextContent(/Not right, but you chose it\./);
    expect(third.textContent!.match(/A right answer you did not choose\./g)).toHaveLength(2);

    for (const f of fieldsets()) if (!f.querySelector('.kc-feedback')?.textContent) await answer(user, f, true);
    const result = screen.getAllByRole('status').find((s) => s.textContent!.includes('You got'))!;
    expect(result).toHaveTextContent(`You got ${n - 1} of ${n} right`);
    expect(result).toHaveTextContent('The question you missed will come back for review tomorrow.');
    expect(screen.getAllByText(new RegExp(`Your best score: ${n - 1} of ${n}`))[0]).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(fieldsets()[0]!).getAllByRole('radio')[0]).toHaveFocus());
    expect(fieldsets()[0]!.querySelector('.kc-feedback')).toHaveTextContent('');
    for (const f of fieldsets()) await answer(user, f, false);
    expect(screen.getAllByRole('status').find((s) => s.textContent!.includes('You got'))).toHaveTextContent(
      `You got 0 of ${n} right (0 %).`,
    );
    const best = () => document.querySelector('.kc-best')!;
    expect(best()).toHaveTextContent(`Your best score: ${n - 1} of ${n}`);
    expect(best()).toHaveTextContent(`Last time: 0 of ${n}`);

    // Back later: the score was saved.
    unmount();
    await openCheck();
    expect(best()).toHaveTextContent(`Your best score: ${n - 1} of ${n}`);
    expect(best()).toHaveTextContent('attempt 2');
  });

  test('options come in a new order on every attempt and stay put while the reader answers', async () => {
    const { user } = await openCheck();
    const before = shownOrder();
    for (const f of fieldsets()) {
      await answer(user, f, true);
      // Answering one question moves no option of any question.
      expect(shownOrder()).toEqual(before);
    }
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    const after = shownOrder();
    for (let i = 0; i < n; i++) {
      expect([...after[i]!].sort(), `question ${i + 1} keeps its options`).toEqual([...before[i]!].sort());
      expect(after[i], `question ${i + 1} shows them in a new order`).not.toEqual(before[i]);
    }
  });

  test('right after a check with mistakes, the reader practises just the ones missed, in a new order', async () => {
    const { user } = await openCheck();
    const missed: string[] = [];
    for (const [i, f] of fieldsets().entries()) {
      await answer(user, f, i !== 1 && i !== 4);
      if (i === 1 || i === 4) missed.push(questionOf(f).prompt);
    }
    expect(screen.getAllByRole('status').find((s) => s.textContent!.includes('You got'))).toHaveTextContent(
      `You got ${n - 2} of ${n}`,
    );
    await user.click(screen.getByRole('button', { name: 'Practise the ones you missed now' }));
    expect(document.body).toHaveTextContent('Practice round: the 2 questions you missed, in a new order.');
    expect(fieldsets()).toHaveLength(2);
    await waitFor(() => expect(fieldsets()[0]!.querySelector('input')).toHaveFocus());
    expect(
      fieldsets()
        .map((f) => questionOf(f).prompt)
        .sort(),
    ).toEqual([...missed].sort());
    for (const f of fieldsets()) await answer(user, f, true);
    expect(screen.getAllByRole('status').find((s) => s.textContent!.includes('Practice round:'))).toHaveTextContent(
      'Practice round: 2 of 2 right.',
    );
    // Practice does not count as an attempt: the saved score is the check's.
    expect(document.querySelector('.kc-best')).toHaveTextContent(`Your best score: ${n - 2} of ${n}`);
    await user.click(screen.getByRole('button', { name: 'Take the whole check again' }));
    expect(fieldsets()).toHaveLength(n);
  });
});
