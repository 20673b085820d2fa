import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGE = '/practice/negotiating-the-sla/';

async function expectNoAxeViolations(page: Page, when: string) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    // Switch the theme, then let two frames pass so no colour is measured halfway through the change.
    await page.evaluate(async (s) => {
      document.documentElement.dataset.theme = s;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, scheme);
    const results = await new AxeBuilder({ page }).include('main').withTags(WCAG_TAGS).analyze();
    expect(
      results.violations.map((v) => `${when}, ${scheme} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
}

test('a reader plays the SLA negotiation by keyboard to its debrief, and the result is saved', async ({
  page,
  baseURL,
}) => {
  test.slow(); // axe runs three times in two colour schemes on a shared 2-core machine
  const problems = watchPage(page, baseURL!);
  // A reader who asked for reduced motion: focus moves jump, never scroll smoothly (axe also
  // misreads colours under an element that is still scrolling).
  await page.emulateMedia({ reducedMotion: 'reduce' });

  // Without JavaScript the built page already holds the set-up and the outline of every step.
  const html = await (await page.request.get(PAGE)).text();
  for (const text of ['The situation', 'The scenario in outline', 'What counts as an MQL?', 'Sales will not sign'])
    expect(html).toContain(text);

  await page.goto('/practice/');
  await page.getByRole('link', { name: 'Negotiating the SLA' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Negotiating the SLA' })).toBeVisible();
  const start = page.getByRole('button', { name: 'Start the scenario' });
  await start.scrollIntoViewIfNeeded();
  await expect(start).toBeEnabled(); // hydrated
  await expectNoAxeViolations(page, 'start');

  await start.focus();
  await page.keyboard.press('Enter');
  const headings = [
    'What counts as an MQL?',
    'Sales will not sign',
    'How many MQLs will marketing promise?',
    'What does each MQL arrive with?',
    'How fast will sales respond?',
    'How hard will sellers try?',
    'What happens to leads sales rejects?',
    'How will the two teams check the agreement?',
  ];
  // The choice taken at each step, counted in Tab presses from the step's heading: a refusal first, then best choices.
  const tabs = [3, 1, 1, 1, 1, 1, 1, 1];
  for (const [i, title] of headings.entries()) {
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
    for (let t = 0; t < tabs[i]!; t++) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('h2:focus')).toContainText(i === 0 ? 'A costly mistake' : 'Strong choice');
    if (i === 0) {
      await expect(
        page.getByRole('link', { name: /Agreements and shared metrics, “Shared definitions”/ }),
      ).toBeVisible();
      await expectNoAxeViolations(page, 'feedback');
    }
    await page.getByRole('button', { name: /Next decision|See the debrief/ }).focus();
    await page.keyboard.press('Enter');
  }

  const debrief = page.getByRole('region', { name: 'Debrief' });
  await expect(page.getByRole('heading', { level: 2, name: 'Debrief' })).toBeFocused();
  await expect(debrief.getByText('An agreement both teams can keep')).toBeVisible();
  await expect(debrief.getByText(/12 customers a month/).first()).toBeVisible();
  await expect(page.getByRole('status').last()).toHaveText('Debrief: A good ending. An agreement both teams can keep.');
  await expect(
    debrief.getByRole('link', { name: 'Agreements and shared metrics, “Shared definitions”' }).first(),
  ).toHaveAttribute('href', '/guide/sla-and-shared-metrics/#shared-definitions');
  await expectNoAxeViolations(page, 'debrief');

  // The result counts in progress: the scenario remembers it, and so does the progress page.
  await page.reload();
  await expect(
    page.getByText('Played 1 time. Best play: 7 of 8 choices the strongest. Last ending: a good ending.'),
  ).toBeVisible();
  await page.goto('/progress/');
  await expect(page.getByRole('listitem').filter({ hasText: 'Scenarios' })).toContainText('1 of 3 played');
  expect(problems).toEqual([]);
});
