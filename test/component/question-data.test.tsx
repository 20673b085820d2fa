/**
 * A question that asks the reader to work with numbers shows its table as a real table: named by
 * its caption, with column and row headings, and read back intact when the check hydrates.
 */
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import Question from '../../src/islands/learning/Question';
import { readQuestions } from '../../src/islands/learning/read-questions';
import { checkQuestionSchema, type CheckQuestion } from '../../src/schemas/learning';

const question: CheckQuestion = checkQuestionSchema.parse({
  id: 'leak',
  kind: 'single',
  prompt: 'The table shows last quarter. Which stage leaks most?',
  data: {
    caption: 'Last quarter, by stage',
    rows: [
      ['Stage', 'Count', 'Rate to next'],
      ['MQL', '400', '50 %'],
      ['SQL', '200', '10 %'],
    ],
  },
  options: [
    { text: 'MQL to SQL', explanation: 'Half is normal here.' },
    { text: 'SQL to won', correct: true, explanation: 'One in ten is the weakest step.' },
  ],
});

const props = {
  idBase: 'q1',
  chosen: [],
  checked: false,
  error: null,
  ready: true,
  onChoose: () => {},
  onCheck: () => {},
};

afterEach(cleanup);

describe('a question with a table', () => {
  it('shows the table under the prompt, named by its caption, with headings for columns and rows', () => {
    render(<Question {...props} question={question} />);
    const table = screen.getByRole('table', { name: 'Last quarter, by stage' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Stage', 'Count', 'Rate to next']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['MQL', 'SQL']);
    expect(within(table).getByRole('cell', { name: '400' })).toBeDefined();
    // A keyboard user can reach the table when it scrolls sideways on a narrow screen.
    expect(screen.getByRole('region', { name: 'Last quarter, by stage' }).tabIndex).toBe(0);
  });

  it('is read back from the rendered markup with its table, so hydrating keeps it', () => {
    const { container } = render(<Question {...props} question={question} />);
    expect(readQuestions(container)).toEqual([question]);
  });

  it('shows no table when the question has none', () => {
    const { data: _, ...plain } = question;
    const { container } = render(<Question {...props} question={plain} />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(readQuestions(container)?.[0]).not.toHaveProperty('data');
  });
});

describe('the table schema', () => {
  it('names a table whose rows do not line up', () => {
    const bad = checkQuestionSchema.safeParse({
      ...question,
      data: { caption: 'x', rows: [['a', 'b'], ['c']] },
    });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toMatch(/as many cells as the heading row/);
  });

  it('asks for numbers in quotes, so +5 is not shown as 5', () => {
    const bad = checkQuestionSchema.safeParse({
      ...question,
      data: {
        caption: 'x',
        rows: [
          ['Signal', 'Points'],
          ['Asked for a demo', 30],
        ],
      },
    });
    expect(bad.error?.issues[0]?.message).toBe(
      "a table cell must be text; put numbers in quotes, such as '+5' or '400'",
    );
  });
});
