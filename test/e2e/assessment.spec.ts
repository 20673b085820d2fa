import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { waitForHydration, watchPage } from './helpers';
import { mixedList } from '../fixtures/assessment-answers';
import { breakCode, teamCodes } from '../fixtures/assessment-team';
import type { Answer } from '../../src/schemas/assessment';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const dimensionNames = [
  'Shared definitions and language',
  'Shared goals, metrics and rewards',
  'Handoff, pipeline and service-level agreement',
  'Joint planning',
  'Communication and feedback',
  'Shared systems and data',
  'Content and messaging',
  'Culture, trust and leadership',
  'Customer and market insight',
];

async function expectNoAxeViolations(page: Page) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.evaluate((s) => (document.documentElement.dataset.theme = s), scheme);
    const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(
      results.violations.map((v) => `${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
}

/** Answers the "About you" step by keyboard only: role radios, then the team label, then Next. */
async function aboutYouByKeyboard(page: Page, team: string) {
  await page.getByRole('radio', { name: 'Marketing' }).focus();
  await page.keyboard.press('Space'); // Marketing
  await page.keyboard.press('ArrowRight'); // Sales
  await page.keyboard.press('Tab');
  await page.keyboard.type(team);
  await page.keyboard.press('Tab'); // Next
  await page.keyboard.press('Enter');
}

/** Answers one dimension step by keyboard: Tab into each radio group, Space picks 1, arrows move up the scale. */
async function stepByKeyboard(page: Page, answers: Answer[]) {
  await expect(page.locator('h2:focus')).toHaveCount(1); // each step starts at its heading
  for (const a of answers) {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    for (let i = 0; i < (a === 'dk' ? 5 : a - 1); i++) await page.keyboard.press('ArrowRight');
  }
  await page.keyboard.press('Tab'); // Back
  await page.keyboard.press('Tab'); // Next
  await page.keyboard.press('Enter');
}

async function completeByKeyboard(page: Page, list: Answer[][], team = '') {
  await aboutYouByKeyboard(page, team);
  for (let i = 0; i < list.length; i++) {
    await expect(page.getByText(`Step ${i + 2} of 10`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: dimensionNames[i] })).toBeFocused();
    await stepByKeyboard(page, list[i]!);
  }
}

const uniform = (v: Answer) => dimensionNames.map(() => [v, v, v] as Answer[]);

test.describe('self-assessment', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/assessment/');
    await waitForHydration(page);
  });

  test('a manager completes the assessment by keyboard and sees 63, Aligned, with planning as a visibility gap', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await completeByKeyboard(page, mixedList, 'EMEA <b>Growth</b>');
    await expect(page.getByRole('heading', { level: 2, name: 'Your result' })).toBeFocused();
    await expect(page.getByTestId('overall-score')).toHaveText('63');
    await expect(page.getByTestId('overall-level')).toHaveText('Aligned');
    await expect(page.getByText('Not rated (visibility gaps):')).toBeVisible();
    const table = page.getByRole('table', { name: /Scores by dimension/ });
    await expect(table.getByRole('row', { name: /Shared definitions and language/ })).toContainText('93');
    await expect(table.getByRole('row', { name: /Joint planning/ })).toContainText('not rated');
    await expect(page.getByRole('img', { name: /Bar chart of your score/ })).toBeVisible();
    await expect(page.getByRole('img', { name: /Radar chart of your score/ })).toBeVisible();
    const workOn = page.getByRole('region', { name: 'Work on these first' });
    await expect(workOn.getByRole('heading', { level: 4 })).toHaveText([
      /Shared goals, metrics and rewards: 33/,
      /Shared systems and data: 40/,
      /Content and messaging: 53/,
    ]);
    await expect(workOn.getByText('To reach Defined:')).toBeVisible();
    const strongest = page.getByRole('region', { name: 'Strongest' });
    await expect(strongest.getByRole('heading', { level: 4 })).toHaveText([
      /Shared definitions and language: 93/,
      /Culture, trust and leadership: 87/,
    ]);
    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });

  test('all-3 answers score 60, Aligned; a retake with all 4 scores 80, Integrated, and the history shows +20', async ({
    page,
  }) => {
    await completeByKeyboard(page, uniform(3));
    await expect(page.getByTestId('overall-score')).toHaveText('60');
    await expect(page.getByTestId('overall-level')).toHaveText('Aligned');
    await page.getByRole('button', { name: 'Retake from the start' }).click();
    await expect(page.getByText('Step 1 of 10')).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Sales' })).toBeChecked(); // role is kept
    await page.getByRole('button', { name: 'Next' }).click();
    for (const answers of uniform(4)) await stepByKeyboard(page, answers);
    await expect(page.getByTestId('overall-score')).toHaveText('80');
    await expect(page.getByTestId('overall-level')).toHaveText('Integrated');
    const history = page.getByRole('table', { name: /Every attempt saved in this browser/ });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText('(latest)');
    await expect(history.getByRole('row').nth(2)).toContainText('60');
    await expect(history.getByRole('row').nth(2)).toContainText('+20');
    await page.getByRole('button', { name: 'Delete all attempts from this device' }).click();
    await expect(page.getByText('Delete all 2 attempts from this device? This cannot be undone.')).toBeVisible();
    await page.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(page.getByText('Step 1 of 10')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('msg:assessment-history'))).toBe('{"v":1,"data":[]}');
  });

  test('answers are saved as you go, and the assessment resumes after a reload', async ({ page }) => {
    await aboutYouByKeyboard(page, 'Nordics');
    await stepByKeyboard(page, [5, 4, 3]);
    // Moving on with an unanswered statement is refused with a message next to it.
    await page.getByRole('radio', { name: '2 Disagree' }).first().check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByRole('alert')).toHaveText(/2 statements have no answer yet/);
    await expect(page.getByRole('group', { name: /Marketing and sales are measured/ })).not.toHaveAccessibleDescription(
      /Choose an answer/,
    );
    await expect(page.getByRole('group', { name: /paid or recognised/ })).toHaveAccessibleDescription(
      /Choose an answer, or "Don't know"/,
    );
    await expect(
      page
        .getByRole('group', { name: /paid or recognised/ })
        .getByRole('radio')
        .first(),
    ).toBeFocused();
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByText('Step 3 of 10')).toBeVisible();
    await expect(page.getByRole('radio', { name: '2 Disagree' }).first()).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('heading', { level: 2, name: dimensionNames[0] })).toBeFocused();
    const groups = page.getByRole('group');
    await expect(groups.nth(0).getByRole('radio', { name: '5 Strongly agree' })).toBeChecked();
    await expect(groups.nth(1).getByRole('radio', { name: '4 Agree' })).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('textbox', { name: 'Team label (optional)' })).toHaveValue('Nordics');
  });

  test('a colleague opens a share link and sees the same result read-only, with the team label as plain text', async ({
    page,
    baseURL,
  }) => {
    await completeByKeyboard(page, mixedList, 'EMEA <b>Growth</b>');
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    expect(link).toMatch(/\/assessment\/result\/#c=[A-Za-z0-9_-]+$/);
    const problems = watchPage(page, baseURL!);
    await page.goto(link);
    await waitForHydration(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Shared result' })).toBeVisible();
    await expect(page.getByTestId('overall-score')).toHaveText('63');
    await expect(page.getByTestId('overall-level')).toHaveText('Aligned');
    await expect(page.getByText('Answered by someone in Sales')).toBeVisible();
    await expect(page.locator('.team-label')).toHaveText('EMEA <b>Growth</b>');
    await expect(page.locator('.team-label b')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Retake/ })).toHaveCount(0);
    await expectNoAxeViolations(page);

    // The same link with one character changed: the checksum catches it.
    const [base, code] = link.split('#c=');
    await page.goto(`${base}#c=${breakCode(code!)}`);
    await expect(page.getByRole('alert')).toContainText('This link does not hold a readable result');
    await expect(page.getByRole('alert')).toContainText(/wrong or missing character|incomplete/);
    expect(problems).toEqual([]);
  });
});

test.describe('team view', () => {
  test('a manager builds a team view from several codes, including a broken and a duplicate one, and sees the gaps', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await page.goto('/assessment/team/');
    await waitForHydration(page);
    const lines = [
      teamCodes.m1,
      `${baseURL}/assessment/result/#c=${teamCodes.m2}`,
      teamCodes.s1,
      breakCode(teamCodes.s2),
      teamCodes.s2,
      `${baseURL}/assessment/result/#c=${teamCodes.m1}`,
      teamCodes.l1,
      teamCodes.otherVersion,
    ];
    await page.getByRole('textbox', { name: 'Result codes or share links, one per line' }).fill(lines.join('\n'));
    await page.getByRole('button', { name: 'Build the team view' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Read 5 results' })).toContainText('3 lines were not used');
    const messages = page.locator('#team-messages li');
    await expect(messages).toHaveText([
      /^Line 4: .*wrong or missing character/,
      'Line 6: The same code as line 1; it is counted once.',
      /^Line 8: Made with version 2 of the questionnaire/,
    ]);
    await expect(page.getByRole('heading', { level: 2, name: 'Team view: North, <b>South</b>' })).toBeFocused();

    const roles = page.getByRole('table', { name: 'Respondents by role' });
    await expect(roles.getByRole('row').nth(1).getByRole('cell')).toHaveText(['2', '2', '1', '0', '5']);
    await expect(page.getByTestId('team-score')).toHaveText('75');
    await expect(page.getByTestId('team-level')).toHaveText('Aligned');
    const dims = page.getByRole('table', { name: /Each dimension: the team's mean score/ });
    await expect(dims.getByRole('row', { name: /Handoff/ }).getByRole('cell')).toHaveText([
      '64',
      'Aligned',
      '40–80',
      '5',
    ]);

    const gaps = page.getByTestId('dimension-gaps');
    await expect(gaps.getByRole('row', { name: /Handoff/ }).getByRole('cell')).toHaveText([
      '4.0',
      '2.5',
      '1.5 (marketing higher)',
      '⚑ Large gap',
    ]);
    await expect(gaps.getByRole('row', { name: /Joint planning/ }).getByRole('cell')).toHaveText([
      '4.0',
      '4.0',
      '0.0',
      '',
    ]);
    await expect(page.getByText('2 statements have a large gap.')).toBeVisible();
    const statements = page.getByTestId('statement-gaps');
    await expect(statements.getByRole('row', { name: /service-level agreement \(SLA\)/ }).getByRole('cell')).toHaveText(
      ['4.0', '2.0', '2.0 (marketing higher)', '⚑ Large gap'],
    );
    await expect(statements.getByRole('row', { name: /Leads that sales turns down/ }).getByRole('cell')).toHaveText([
      '4.0',
      '3.0',
      '1.0 (marketing higher)',
      '',
    ]);

    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await expect(page.getByRole('button', { name: 'Workshop mode' })).toHaveAttribute('aria-pressed', 'true');
    const workshop = page.getByRole('region', { name: 'Workshop' });
    await expect(
      workshop.getByText(
        /Handoff, pipeline and service-level agreement\. Marketing 4\.0, sales 2\.5: a gap of 1\.5 points \(large\)\./,
      ),
    ).toBeVisible();
    await expect(
      workshop.getByText('Follow one recent lead from first contact to today.', { exact: false }),
    ).toBeVisible();

    const [md] = await Promise.all([
      page.waitForEvent('download'),
      workshop.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    expect(md.suggestedFilename()).toBe('action-plan.md');
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(mdText).toContain('# Action plan: North, \\<b\\>South\\</b\\>');
    expect(mdText).toContain('Team score: 75 out of 100 (Aligned).');
    expect(mdText).toContain('## Handoff, pipeline and service-level agreement');
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      workshop.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    expect(csvText.split('\r\n')[0]).toBe('Dimension,Why,Current level,Aim,Action,Owner,Due,Chapters');
    expect(csvText).toContain(
      '"Handoff, pipeline and service-level agreement","Marketing 4.0, sales 2.5: a gap of 1.5 points (large).",Aligned,Integrated',
    );

    await expectNoAxeViolations(page);
    expect(problems).toEqual([]);
  });
});

test.describe('self-assessment on small screens, in print and with damaged saved data', () => {
  const attempt = (answers: Record<string, Answer>) => ({
    completedAt: '2026-04-01T10:00:00.000Z',
    nonce: 7,
    questionnaireVersion: 1,
    role: 'marketing',
    team: '',
    answers,
  });

  test('on a 320 px screen the wizard, the results and the team view fit without sideways scrolling', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    await page.goto('/assessment/');
    await page.locator('astro-island').scrollIntoViewIfNeeded();
    await waitForHydration(page);
    await page.getByRole('radio', { name: 'Sales' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByText('Step 2 of 10')).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.evaluate(
      (h) => localStorage.setItem('msg:assessment-history', JSON.stringify({ v: 1, data: [h] })),
      attempt({ 'sla-in-place': 2 }),
    );
    await page.evaluate(() =>
      localStorage.setItem(
        'msg:assessment',
        JSON.stringify({ v: 1, data: { step: 9, view: 'results', role: 'sales', team: '', answers: {} } }),
      ),
    );
    await page.reload();
    await page.locator('astro-island').scrollIntoViewIfNeeded();
    await waitForHydration(page);
    await expect(page.getByTestId('overall-score')).toHaveText('40');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto('/assessment/team/');
    await page.locator('astro-island').scrollIntoViewIfNeeded();
    await waitForHydration(page);
    await page.getByRole('textbox', { name: /Result codes/ }).fill(Object.values(teamCodes).join('\n'));
    await page.getByRole('button', { name: 'Build the team view' }).click();
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await expect(page.getByRole('region', { name: 'Workshop' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });

  test('the printed report keeps the score and charts and leaves out buttons and the share box', async ({ page }) => {
    await page.addInitScript(
      (h) => {
        localStorage.setItem('msg:assessment-history', JSON.stringify({ v: 1, data: [h] }));
        localStorage.setItem(
          'msg:assessment',
          JSON.stringify({ v: 1, data: { step: 9, view: 'results', role: 'marketing', team: '', answers: {} } }),
        );
      },
      attempt({ 'written-lead-stages': 5, 'same-words-same-meaning': 4 }),
    );
    await page.goto('/assessment/');
    await waitForHydration(page);
    await expect(page.getByTestId('overall-score')).toHaveText('90');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('img', { name: /Bar chart/ })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Retake from the start' })).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Share link' })).toBeHidden();
    await expect(page.locator('header.site-header')).toBeHidden();
  });

  test('unreadable saved answers are kept aside with a message, and the assessment starts afresh', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await page.addInitScript(() => localStorage.setItem('msg:assessment', '{not json'));
    await page.goto('/assessment/');
    await waitForHydration(page);
    await expect(page.getByText(/Your saved answers could not be read \(it is not valid JSON\)/)).toBeVisible();
    await expect(page.getByText('Step 1 of 10')).toBeVisible();
    expect(await page.evaluate(() => localStorage.getItem('msg:assessment:unreadable'))).toBe('{not json');
    expect(problems).toEqual([]);
  });
});
