import { test, expect } from '@playwright/test';

/**
 * What a chapter does in a real browser: glossary tooltips on focus and hover, the comparison
 * table's layout at phone and desktop widths, and diagram colours in the dark theme. What the
 * chapters say and how they are marked up (names, descriptions, first-use links, sources) is
 * checked in test/dist/guide.test.ts.
 */

test('a glossary term shows its definition on focus and hover, Escape dismisses it, and the link leads to the entry', async ({
  page,
}) => {
  await page.goto('/guide/funnel-and-handoff/');
  const link = page.getByRole('link', { name: 'MQL', exact: true }).first();
  await link.focus();
  await expect(link).toBeFocused();
  const tip = page.locator('#term-tip-mql');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('A lead that marketing judges likely enough to buy');
  await expect(link).toHaveAccessibleDescription(/Marketing-qualified lead/);
  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(link).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(tip).toBeVisible();

  await page.goto('/guide/what-marketing-does/');
  const term = page.getByRole('link', { name: 'market research' }).first();
  const hoverTip = page.locator('#term-tip-market-research');
  await expect(hoverTip).toBeHidden();
  await term.hover();
  await expect(hoverTip).toBeVisible();
  // With a mouse the term itself is the link; the tip's own link is for touch screens (learning.spec.ts).
  await expect(hoverTip.getByRole('link', { name: 'Full entry in the glossary' })).toBeHidden();
  await page.mouse.move(0, 0);
  await expect(hoverTip).toBeHidden();

  await page.goto('/guide/sla-and-shared-metrics/');
  await page.locator('article a[href="/glossary/crm/"]').click();
  await expect(page).toHaveURL(/\/glossary\/crm\/$/);
  await expect(page.getByRole('heading', { level: 1, name: /CRM/ })).toBeInViewport();
});

test('the comparison table is a table on a wide screen and one card per aspect on a 320 px phone', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/guide/marketing-vs-sales/');
  const table = page.getByRole('table', { name: 'How marketing and sales differ' });
  await expect(table.getByRole('columnheader')).toHaveText(['Aspect', 'Marketing', 'Sales']);
  await expect(table.locator('.cell-label').first()).toBeHidden();

  await page.setViewportSize({ width: 320, height: 700 });
  await page.reload();
  await expect(table).toBeVisible();
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Time horizon' }) });
  await expect(row.locator('.cell-label').first()).toBeVisible();
  await expect(row).toContainText('Marketing');
  await expect(row).toContainText('Months to years');
  expect((await table.boundingBox())!.width).toBeLessThanOrEqual(320);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await table.getByRole('link', { name: 'quota' }).click();
  await expect(page).toHaveURL(/\/glossary\/quota\/$/);
});

test('a diagram’s text version opens on request, and diagram colours follow the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/guide/funnel-and-handoff/');
  const stroke = await page
    .locator('#figure-handoff .d-mkt')
    .first()
    .evaluate((el) => getComputedStyle(el).stroke);
  expect(stroke).toBe('rgb(95, 208, 214)');
  const img = page.getByRole('img', { name: 'The handoff from marketing to sales' });
  await expect(img).toHaveAccessibleDescription(/MQL, marketing-qualified lead/);
  const details = page.locator('figure.diagram', { has: img }).locator('details');
  await expect(details.getByText('MQL, marketing-qualified lead').first()).toBeHidden();
  await details.getByText('Text version of this diagram').click();
  await expect(details.getByText('MQL, marketing-qualified lead').first()).toBeVisible();
});
