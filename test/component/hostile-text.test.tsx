/**
 * Text a reader types or pastes is shown as text: markup in stage and scenario names, in a shared
 * funnel link, in pasted result codes and in the team labels they carry never becomes elements.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { encodeFunnel } from '../../src/lib/funnel/code';
import { encodeResultCode } from '../../src/lib/assessment/code-encode';
import { workedFunnel } from '../fixtures/funnel';
import { realQuestionnaire } from '../fixtures/assessment';
import { fill, openBuilder, stage, table } from './funnel/builder';

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

/** Nothing the text could have become as markup exists. */
function expectNoMarkup() {
  expect(document.querySelectorAll('img[src="x"]')).toHaveLength(0);
  expect([...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert(1)'))).toHaveLength(0);
}

test('stage and scenario names with markup stay text, in the builder and in a shared link', async () => {
  const { user, unmount } = await openBuilder();
  await fill(user, within(stage(1)).getByLabelText('Name'), IMG);
  await fill(user, within(stage(2)).getByLabelText('Name'), SCRIPT);
  expect(within(table()).getByRole('rowheader', { name: IMG })).toBeInTheDocument();
  expect(within(table()).getByRole('rowheader', { name: SCRIPT })).toBeInTheDocument();
  await fill(user, screen.getByLabelText('Name this funnel'), SCRIPT);
  await user.click(screen.getByRole('button', { name: 'Save scenario' }));
  expect(screen.getAllByRole('listitem').some((li) => li.textContent!.includes(SCRIPT))).toBe(true);
  expectNoMarkup();
  unmount();

  const hostile = {
    ...workedFunnel,
    stages: workedFunnel.stages.map((s, i) => ({ ...s, name: i % 2 ? SCRIPT : IMG })),
  };
  history.replaceState(null, '', `/funnel/#f=${encodeFunnel(hostile)}`);
  await openBuilder();
  expect(await screen.findByRole('button', { name: 'Keep this funnel' })).toBeInTheDocument();
  await waitFor(() => expect(within(table()).getAllByRole('rowheader', { name: IMG })).toHaveLength(3));
  expectNoMarkup();
});

test('pasted codes carrying markup, and pasted markup itself, stay text in the team view', async () => {
  const code = (nonce: number, role: 'marketing' | 'sales', team: string) =>
    encodeResultCode({
      questionnaireVersion: 1,
      nonce,
      role,
      team,
      date: '2026-05-04',
      answers: Array<number>(27).fill(nonce % 2 ? 4 : 2),
    });
  const { default: TeamView } = await import('../../src/islands/assessment/TeamView');
  const user = userEvent.setup();
  render(<TeamView q={realQuestionnaire()} chapters={{}} />);
  const box = screen.getByRole('textbox', { name: 'Result codes or share links, one per line' });
  await waitFor(() => expect(box).toBeEnabled());
  box.focus();
  await user.paste([code(1, 'marketing', IMG), code(2, 'sales', SCRIPT), IMG, SCRIPT].join('\n'));
  await user.click(screen.getByRole('button', { name: 'Build the team view' }));
  await waitFor(() =>
    expect(screen.getAllByRole('status').find((s) => s.textContent!.includes('Read 2 results'))).toHaveTextContent(
      '2 lines were not used',
    ),
  );
  // Headings shorten long labels (the full label is in the title and the exports).
  expect(await screen.findByRole('heading', { level: 2, name: /^Team view: <img src=x/ })).toBeInTheDocument();
  await user.click(await screen.findByRole('button', { name: 'Workshop mode' }, { timeout: 8000 }));
  expect(document.body.textContent).toContain(IMG.slice(0, 20));
  expect(document.body.textContent).toContain(SCRIPT.slice(0, 16));
  expectNoMarkup();
});
