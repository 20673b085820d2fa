import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, Answers } from '../../src/schemas/assessment';
import { forVersion } from '../../src/lib/assessment/questionnaire';
import { AnswerGroup } from '../../src/islands/assessment/AnswerGroup';
import { ResultHeadline } from '../../src/islands/assessment/ResultHeadline';
import { ResultDetails } from '../../src/islands/assessment/ResultDetails';
import { Wizard } from '../../src/islands/assessment/Wizard';
import { $draft } from '../../src/stores/assessment-store';
import { realQuestionnaire } from '../fixtures/assessment';
import { uniformAnswers } from '../fixtures/assessment-answers';

const q = realQuestionnaire();
afterEach(cleanup);

/** Answers that score 4 everywhere except the given dimensions (reverse-keyed statements get 6 − v). */
function scoring(values: Record<string, number[]>, rest = 4): Answers {
  return Object.fromEntries(
    q.dimensions.flatMap((d) =>
      d.statements.map((s, j) => {
        const v = values[d.id]?.[j] ?? rest;
        return [s.id, (s.reverse ? 6 - v : v) as Answer];
      }),
    ),
  );
}
const report = (answers: Answers, version = q) => ({
  q: version,
  chapters: {},
  answers,
  idPrefix: 't',
  person: 'you' as const,
});
/** The headline (score, level and rung) and, below the charts, the ladder profile, table and plan. */
const renderResult = (answers: Answers, version = q) =>
  render(
    <>
      <ResultHeadline {...report(answers, version)} />
      <ResultDetails {...report(answers, version)} />
    </>,
  );

describe('"Does not apply here" in the questionnaire', () => {
  it('is offered only on a statement marked for it, and chooses "na"', async () => {
    const onChange = vi.fn();
    const { rerender } = render(
      <AnswerGroup id="s" number={1} text="A statement." value={undefined} error={false} onChange={onChange} />,
    );
    expect(screen.queryByRole('radio', { name: 'Does not apply here' })).toBeNull();
    rerender(
      <AnswerGroup id="s" number={1} text="A statement." value={undefined} error mayNotApply onChange={onChange} />,
    );
    expect(screen.getAllByRole('radio')).toHaveLength(7);
    expect(screen.getByText('Choose an answer, or "Don\'t know" or "Does not apply here".')).toBeTruthy();
    await userEvent.click(screen.getByRole('radio', { name: 'Does not apply here' }));
    expect(onChange).toHaveBeenCalledWith('na');
  });

  it('is saved from the wizard step that asks about definitions, where MQLs may not exist', async () => {
    $draft.set({ step: 1, view: 'wizard', role: 'sales', team: '', answers: {}, questionnaireVersion: q.version });
    render(<Wizard q={q} draft={$draft.get()} ready />);
    const statement = screen.getByRole('group', { name: /written definitions of each lead stage/ });
    await userEvent.click(within(statement).getByRole('radio', { name: 'Does not apply here' }));
    expect($draft.get().answers['written-lead-stages']).toBe('na');
    // A statement that fits every company does not offer it.
    const other = screen.getByRole('group', { name: /mean the same thing/ });
    expect(within(other).queryByRole('radio', { name: 'Does not apply here' })).toBeNull();
  });
});

describe('the result with its ladder profile', () => {
  it('all neutral: 60 and "Aligned", an unclear picture, and no rung', () => {
    renderResult(uniformAnswers(q, 3));
    expect(screen.getByTestId('overall-score').textContent).toBe('60');
    expect(screen.getByTestId('overall-level').textContent).toBe('Aligned');
    expect(screen.getByTestId('unclear').textContent).toMatch(/The picture is unclear/);
    const ladder = screen.getByRole('region', { name: 'Ladder profile' });
    expect(within(ladder).getByTestId('ladder-overall').textContent).toBe('No rung.');
    expect(within(ladder).getAllByText('no rung: mostly neutral answers')).toHaveLength(9);
  });

  it('strong on rewards but weak on definitions: the score says Aligned, the ladder says Undefined', () => {
    const answers = scoring({ 'shared-language': [1, 2, 1, 2], 'shared-goals': [5, 5, 5, 5] });
    renderResult(answers);
    expect(screen.getByTestId('overall-score').textContent).toBe('77');
    expect(screen.getByTestId('overall-level').textContent).toBe('Aligned');
    const ladder = screen.getByRole('region', { name: 'Ladder profile' });
    expect(within(ladder).getByTestId('ladder-overall').textContent).toBe('Undefined');
    expect(ladder.textContent).toContain('Shared definitions and language is still at Undefined');
    const row = within(ladder).getByText('Shared goals, metrics and rewards').closest('li')!;
    expect(row.textContent).toContain('Integrated');
  });

  it('starts the action plan from the lowest rung', () => {
    const answers = scoring({ 'shared-language': [1, 2, 1, 2], 'shared-goals': [5, 5, 5, 5] });
    render(<ResultDetails {...report(answers)} />);
    expect(screen.getByTestId('plan-start').textContent).toBe(
      'The plan starts from the lowest rung on your ladder: Shared definitions and language, at Undefined.',
    );
    const plan = screen.getByRole('heading', { name: 'Work on these first' }).parentElement!;
    expect(within(plan).getAllByRole('heading', { level: 4 })[0]!.textContent).toMatch(/^Shared definitions/);
  });

  it('balanced: every area and the whole relationship on Aligned', () => {
    const answers = scoring(Object.fromEntries(q.dimensions.map((d) => [d.id, [3]])));
    renderResult(answers);
    expect(screen.getByTestId('overall-score').textContent).toBe('76');
    const ladder = screen.getByRole('region', { name: 'Ladder profile' });
    expect(within(ladder).getByTestId('ladder-overall').textContent).toBe('Aligned');
    expect(within(ladder).getAllByText('Aligned')).toHaveLength(10);
  });

  it('says how many statements were left out, and that a result with too many left out is not reliable', () => {
    const na = q.dimensions.flatMap((d) => d.statements.filter((s) => s.mayNotApply).map((s) => s.id));
    const answers: Answers = { ...uniformAnswers(q, 4), ...Object.fromEntries(na.map((id) => [id, 'na'])) };
    const { unmount } = render(<ResultHeadline {...report(answers)} />);
    expect(screen.getByTestId('left-out').textContent).toBe(
      'Left out as "Does not apply here": 6 of 40 statements. The score is worked out over the other 34.',
    );
    expect(screen.queryByTestId('not-reliable')).toBeNull();
    unmount();
    const others = q.dimensions.flatMap((d) => d.statements.filter((s) => !s.mayNotApply).map((s) => s.id));
    const many: Answers = { ...answers, ...Object.fromEntries(others.slice(0, 8).map((id) => [id, 'dk'])) };
    render(<ResultHeadline {...report(many)} />);
    expect(screen.getByTestId('not-reliable').textContent).toMatch(
      /^Not reliable\. 14 of 40 statements were left out \(8 "Don't know", 6 "Does not apply here"\), more than a third/,
    );
  });

  it('opens a version 2 result as it was: its own score, no ladder', () => {
    const v2 = forVersion(q, 2)!;
    renderResult(uniformAnswers(v2, 4), v2);
    expect(screen.getByTestId('overall-score').textContent).toBe('76');
    expect(screen.getByText(/^Level:/).textContent).toBe('Level: Aligned');
    expect(screen.queryByRole('region', { name: 'Ladder profile' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Rung' })).toBeNull();
  });
});
