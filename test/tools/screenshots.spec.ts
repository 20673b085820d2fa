import { test, type Page } from '@playwright/test';
import { encodeResultCode } from '../../src/lib/assessment/code-encode';
import { teamCodes } from '../fixtures/assessment-team';
import { waitForHydration } from '../e2e/helpers';

const OUT = 'test/screenshots';
/** The hand-worked mixed answer set of the assessment tests (score 63, aligned), by position. */
const mixed = [5, 5, 4, 2, 2, 1, 3, 4, null, null, null, null, 4, 4, 4, 1, 2, 3, 3, 3, 2, 4, 5, 4, 2, 3, 3];

async function shot(page: Page, name: string) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: false });
}

test.use({ viewport: { width: 1280, height: 860 }, colorScheme: 'light' });

test('home page', async ({ page }) => {
  await page.goto('/');
  await shot(page, 'home');
});

test('a chapter', async ({ page }) => {
  await page.goto('/guide/funnel-and-handoff/');
  await shot(page, 'chapter');
});

test('funnel builder', async ({ page }) => {
  await page.goto('/funnel/');
  await page.locator('#builder-heading').evaluate((el) => el.scrollIntoView());
  await page.waitForFunction(() => !document.querySelector('astro-island')?.hasAttribute('ssr'));
  await page.waitForLoadState('networkidle');
  const top = await page.locator('#builder-heading').evaluate((el) => el.getBoundingClientRect().top + scrollY);
  await page.screenshot({
    path: `${OUT}/funnel-builder.png`,
    fullPage: true,
    clip: { x: 0, y: top, width: 1280, height: 2000 },
  });
});

test('assessment results', async ({ page }) => {
  const code = encodeResultCode({
    questionnaireVersion: 1,
    nonce: 7,
    role: 'sales',
    team: 'EMEA',
    date: '2026-11-26',
    answers: mixed,
  });
  await page.goto(`/assessment/result/#c=${code}`);
  await page.getByRole('heading', { level: 2, name: 'Shared result' }).evaluate((el) => el.scrollIntoView());
  await page.mouse.wheel(0, 380);
  await shot(page, 'assessment-results');
});

test('team view', async ({ page }) => {
  await page.goto('/assessment/team/');
  const box = page.getByRole('textbox', { name: 'Result codes or share links, one per line' });
  await box.scrollIntoViewIfNeeded();
  await waitForHydration(page);
  await box.fill([teamCodes.m1, teamCodes.m2, teamCodes.s1, teamCodes.s2, teamCodes.l1].join('\n'));
  await page.getByRole('button', { name: 'Build the team view' }).click();
  await page
    .getByRole('heading', { level: 2 })
    .filter({ hasText: /team/i })
    .first()
    .evaluate((el) => el.scrollIntoView());
  await shot(page, 'team-view');
});
