/**
 * The self-assessment islands with the real questionnaire from content/assessment: the wizard and
 * its result (AssessmentApp), a shared result, and the team view. Parts that load lazily are awaited.
 */
import { render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { realQuestionnaire } from '../../fixtures/assessment';
import { planCodes, teamCodes, unknownVersionCode, v1Code, v3Code } from '../../fixtures/assessment-team';
import { mixedList } from '../../fixtures/assessment-answers';

const q = realQuestionnaire();
type User = ReturnType<typeof userEvent.setup>;
const counts = mixedList.map((l) => l.length);

async function openAssessment() {
  const { default: AssessmentApp } = await import('../../../src/islands/assessment/AssessmentApp');
  const user = userEvent.setup();
  const view = render(<AssessmentApp q={q} chapters={{}} />);
  return { user, ...view };
}

/** Answers every statement with the same point of the scale, clicking, as Sales. */
async function completeByClicking(user: User, label: string) {
  await user.click(await screen.findByRole('radio', { name: 'Sales' }));
  await user.click(screen.getByRole('button', { name: 'Next' }));
  for (let i = 0; i < counts.length; i++) {
    await screen.findByText(`Step ${i + 2} of 10`);
    const groups = screen.getAllByRole('group').filter((g) => within(g).queryByRole('radio', { name: label }));
    expect(groups).toHaveLength(counts[i]!);
    for (const g of groups) await user.click(within(g).getByRole('radio', { name: label }));
    await user.click(screen.getByRole('button', { name: i === counts.length - 1 ? 'See my results' : 'Next' }));
  }
  return screen.findByTestId('overall-score');
}

afterEach(() => vi.useRealTimers());

describe('the questionnaire and its result', () => {
  test('agreeing strongly with everything scores 82, not 100: nine statements are reverse-scored', async () => {
    const { user } = await openAssessment();
    // 31 × 5 + 9 × 1 = 164 over 40 → 82.
    expect(await completeByClicking(user, '5 Strongly agree')).toHaveTextContent('82');
    expect(screen.getByTestId('overall-level')).toHaveTextContent('Integrated');
  });

  test('with the device clock in 2019 the assessment completes, gives a share code, and shows the result when back', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2019-06-15T10:00:00Z') });
    const { user, unmount } = await openAssessment();
    expect(await completeByClicking(user, '3 Neither agree nor disagree')).toHaveTextContent('60');
    expect(((await screen.findByRole('textbox', { name: 'Result code' })) as HTMLInputElement).value).toMatch(
      /^[A-Za-z0-9_-]{20,}$/,
    );
    expect(screen.getByRole('button', { name: 'Retake from the start' })).toBeInTheDocument();
    unmount();
    await openAssessment();
    expect(await screen.findByTestId('overall-score')).toHaveTextContent('60');
    expect(screen.getByRole('heading', { level: 2, name: 'Your result' })).not.toHaveFocus();
  });

  test('a saved version 1 draft is upgraded and keeps the answers to statements still asked', async () => {
    localStorage.setItem(
      'msg:assessment',
      JSON.stringify({
        v: 1,
        data: {
          step: 1,
          view: 'wizard',
          role: 'sales',
          team: 'North',
          answers: { 'written-lead-stages': 5, 'ideal-customer-agreed': 4 },
        },
      }),
    );
    await openAssessment();
    expect(
      await screen.findByText('Your saved answers came from an older version of this site and was upgraded.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('Step 2 of 10')).toBeInTheDocument();
    const groups = screen
      .getAllByRole('group')
      .filter((g) => within(g).queryByRole('radio', { name: '5 Strongly agree' }));
    expect(within(groups[0]!).getByRole('radio', { name: '5 Strongly agree' })).toBeChecked();
    // "ideal customer" was reworded: asked afresh.
    expect(within(groups[2]!).queryAllByRole('radio', { checked: true })).toHaveLength(0);
    const stored = JSON.parse(localStorage.getItem('msg:assessment')!);
    expect(stored).toMatchObject({ v: 2, data: { questionnaireVersion: 3, answers: { 'written-lead-stages': 5 } } });
    expect(stored.data.answers['ideal-customer-agreed']).toBeUndefined();
  });
});

describe('a shared result', () => {
  async function openShared(code: string) {
    history.replaceState(null, '', `/assessment/result/#c=${code}`);
    const { default: SharedResult } = await import('../../../src/islands/assessment/SharedResult');
    return render(<SharedResult q={q} chapters={{}} />);
  }

  test('a version 1 code opens with its own statements and says what changed', async () => {
    await openShared(v1Code);
    expect(await screen.findByRole('heading', { level: 2, name: 'Shared result' })).toBeInTheDocument();
    expect(await screen.findByTestId('old-version')).toHaveTextContent(
      "This result was answered in questionnaire version 1, and is shown with that version's statements. This site now asks version 3.",
    );
    expect(screen.getByTestId('overall-score')).toHaveTextContent('80'); // version 1 had no reverse-scored statement
    expect(screen.getByTestId('overall-level')).toHaveTextContent('Integrated');
  });

  test('a code from an unknown questionnaire version says so', async () => {
    await openShared(unknownVersionCode);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'made with questionnaire version 7, which this site does not know',
    );
  });
});

describe('the team view', () => {
  async function openTeam() {
    const { default: TeamView } = await import('../../../src/islands/assessment/TeamView');
    const user = userEvent.setup();
    const view = render(<TeamView q={q} chapters={{}} />);
    const box = () => screen.getByRole('textbox', { name: 'Result codes or share links, one per line' });
    await waitFor(() => expect(box()).toBeEnabled());
    return { user, box, ...view };
  }
  const paste = async (user: User, field: HTMLElement, text: string) => {
    await user.clear(field);
    field.focus();
    await user.paste(text);
  };

  test('"Add my latest result" says when there is none, and puts the manager\'s own attempt in without copying', async () => {
    const { user, unmount } = await openTeam();
    await user.click(screen.getByRole('button', { name: 'Add my latest result' }));
    expect(screen.getAllByRole('status').some((s) => s.textContent!.includes('There is no result of yours'))).toBe(
      true,
    );
    unmount();

    // The manager takes the assessment (all 4), then comes back to the team view.
    const assessment = await openAssessment();
    await completeByClicking(assessment.user, '4 Agree');
    const own = (screen.getByRole('textbox', { name: 'Result code' }) as HTMLInputElement).value;
    assessment.unmount();

    const team = await openTeam();
    // A colleague's code on today's questionnaire (version 3), like the manager's own.
    await paste(team.user, team.box(), v3Code);
    await team.user.click(screen.getByRole('button', { name: 'Add my latest result' }));
    expect(team.box()).toHaveValue(`${v3Code}\n${own}`);
    expect(await screen.findByTestId('team-score', {}, { timeout: 8000 })).toBeInTheDocument();
    const roles = screen.getByRole('table', { name: 'Respondents by role' });
    expect(within(roles).getAllByRole('row')[1]!.querySelectorAll('td').length).toBe(5);
    expect([...within(roles).getAllByRole('row')[1]!.querySelectorAll('td')].map((c) => c.textContent)).toEqual([
      '1',
      '1',
      '0',
      '0',
      '2',
    ]);
  });

  test('a code added after opening a team link is kept when the manager comes back', async () => {
    history.replaceState(null, '', `/assessment/team/#t=${teamCodes.m1}.${teamCodes.s1}`);
    const first = await openTeam();
    expect(await screen.findByText(/Opened the team link: 2 results/)).toBeInTheDocument();
    expect(first.box()).toHaveValue([teamCodes.m1, teamCodes.s1].join('\n'));
    const three = [teamCodes.m1, teamCodes.s1, teamCodes.s2].join('\n');
    await paste(first.user, first.box(), three);
    await first.user.click(screen.getByRole('button', { name: 'Build the team view' }));
    // Building loads the report at once; its code is transformed on first import here, which takes a moment.
    expect(
      await screen.findByRole('textbox', { name: 'Team link (3 respondents)' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    first.unmount();
    // Building took the link out of the address, so coming back shows what the manager built.
    expect(location.hash).toBe('');
    const again = await openTeam();
    await waitFor(() => expect(again.box()).toHaveValue(three));
  });

  const SLA = 'Write a simple SLA with a follow-up time for sales and a lead volume and quality target for marketing.';
  /** Builds the view from what is in the box, opens the workshop and gives the SLA action's owner field. */
  async function slaOwner(user: User) {
    await user.click(screen.getByRole('button', { name: 'Build the team view' }));
    await user.click(await screen.findByRole('button', { name: 'Workshop mode' }, { timeout: 8000 }));
    return screen.findByRole('textbox', { name: `Owner of: ${SLA}` });
  }

  test('a team link carries the workshop owners and due dates into the workshop and its own team link', async () => {
    const { encodeTeamPlan } = await import('../../../src/lib/assessment/team-plan-encode');
    const plan = encodeTeamPlan({ [`handoff|${SLA}`]: { owner: 'Ana (sales ops)', due: '2026-07-01' } });
    history.replaceState(null, '', `/assessment/team/#t=${planCodes.m}.${planCodes.s}&p=${plan}`);
    const first = await openTeam();
    expect(
      await screen.findByText(
        'Opened the team link: 2 results. It carries owners or due dates for 1 action, shown in the workshop.',
      ),
    ).toBeInTheDocument();
    const owner = await slaOwner(first.user);
    await waitFor(() => expect(owner).toHaveValue('Ana (sales ops)'));
    expect(screen.getByLabelText(`Due date of: ${SLA}`)).toHaveValue('2026-07-01');
    // The view's own team link carries them on.
    const link = (screen.getByRole('textbox', { name: 'Team link (2 respondents)' }) as HTMLInputElement).value;
    expect(link).toContain(`&p=${plan}`);
  });

  test('a team link with a damaged plan still opens its results, and says the plan was left out', async () => {
    history.replaceState(null, '', `/assessment/team/#t=${planCodes.m}.${planCodes.s}&p=1.${'x'.repeat(30)}`);
    await openTeam();
    expect(
      await screen.findByText(
        'Opened the team link: 2 results. The owners and due dates in the link could not be read (they are damaged), so the results open without them.',
      ),
    ).toBeInTheDocument();
  });

  test('the workshop is open again after a reload, and stays closed once closed', async () => {
    const first = await openTeam();
    await paste(first.user, first.box(), [teamCodes.m1, teamCodes.s1].join('\n'));
    await first.user.click(screen.getByRole('button', { name: 'Build the team view' }));
    await first.user.click(await screen.findByRole('button', { name: 'Workshop mode' }, { timeout: 8000 }));
    expect(await screen.findByRole('heading', { name: 'Workshop' })).toBeInTheDocument();
    first.unmount();

    // A reload: the modules and their stores start afresh from what this browser kept.
    vi.resetModules();
    const again = await openTeam();
    await waitFor(() => expect(again.box()).toHaveValue([teamCodes.m1, teamCodes.s1].join('\n')));
    await again.user.click(screen.getByRole('button', { name: 'Build the team view' }));
    expect(await screen.findByRole('heading', { name: 'Workshop' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Workshop mode' })).toHaveAttribute('aria-pressed', 'true');

    await again.user.click(screen.getByRole('button', { name: 'Workshop mode' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Workshop' })).toBeNull());
    expect(localStorage.getItem('msg:assessment-workshop')).toBe('{"v":1,"data":{"open":false}}');
  });
});
