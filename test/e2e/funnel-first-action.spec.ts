import { test, expect, type Page } from '@playwright/test';

/**
 * The builder hydrates at the reader's first intent (client:intent), so that first action meets
 * the server's HTML. Whatever it is, it must count (issue 27). The builder's code is held back
 * for a moment, as on a slow connection, so the action always lands before the island wakes.
 */
async function openSlowly(page: Page) {
  await page.route(/\/_astro\/FunnelBuilder\.[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/funnel/');
  await expect(page.locator('astro-island[client="intent"][ssr]')).toHaveCount(1);
}

const summary = (page: Page) => page.locator('.funnel-summary').first();
const awake = (page: Page) => expect(page.locator('astro-island[client="intent"]')).not.toHaveAttribute('ssr');

for (const { width, touch } of [
  { width: 1280, touch: false },
  { width: 390, touch: true },
]) {
  test.describe(`at ${width} px${touch ? ' with touch' : ''}`, () => {
    test.use({ viewport: { width, height: 844 }, hasTouch: touch, isMobile: touch });

    test('the first thing typed into the visitors field stays, with the caret, and drives the results', async ({
      page,
    }) => {
      await openSlowly(page);
      const visitors = page.getByLabel('Visitors entering each month');
      await expect(visitors, 'no control looks disabled before the builder wakes').toBeEnabled();
      if (touch) await visitors.tap();
      else await visitors.click();
      await visitors.selectText();
      await page.keyboard.type('25000');
      await awake(page);
      await expect(visitors).toHaveValue('25000');
      await expect(visitors).toBeFocused();
      await expect(summary(page)).toHaveText(/^25,000 Visitors a month become 5.2 Customers/);
      // The caret is still at the end: the next key adds to the number.
      await page.keyboard.type('0');
      await expect(visitors).toHaveValue('250000');
      await expect(summary(page)).toHaveText(/^250,000 Visitors/);
    });

    test('the first click on “Goal” switches the builder to goal mode', async ({ page }) => {
      await openSlowly(page);
      const goal = page.getByRole('radio', { name: /^Goal/ });
      await expect(goal).toBeEnabled();
      if (touch) await goal.tap();
      else await goal.click();
      await awake(page);
      await expect(goal).toBeChecked();
      await expect(page.getByLabel('Revenue target a month')).toBeVisible();
      await expect(page.getByRole('columnheader', { name: 'Needed for the goal' })).toBeVisible();
    });
  });
}

test.describe('at 390 px with touch', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a preset picked and “Use this preset” tapped before the builder wakes are both applied once it wakes', async ({
    page,
  }) => {
    await openSlowly(page);
    const picker = page.getByLabel('Benchmark preset');
    await picker.focus(); // a reader reaches the list first (selectOption alone shows no intent)
    await picker.selectOption({ label: 'E-commerce' });
    const use = page.getByRole('button', { name: 'Use this preset' });
    await use.tap();
    await expect(page.locator('astro-island[client="intent"]'), 'the tap met the server HTML').toHaveAttribute('ssr');
    await awake(page);
    await expect(picker).toHaveValue('e-commerce');
    // The e-commerce funnel has a Cart stage; the example (B2B SaaS) has none.
    await expect(
      page.getByRole('table', { name: /^Your funnel each month/ }).getByRole('rowheader', { name: 'Cart' }),
    ).toBeVisible();
    await expect(summary(page)).toHaveText(/^50,000 Visitors a month become 1,050 Orders/);
    await expect(use, 'focus stays where the reader put it').toBeFocused();
  });
});

test('a tick on “after the sale” given before the lower half of the builder wakes counts', async ({ page }) => {
  await page.route(/\/_astro\/FunnelExtras\.[^/]+\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.continue();
  });
  await page.goto('/funnel/');
  const tick = page.getByLabel('Work out customers kept and recurring revenue');
  await tick.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
  await expect(page.locator('astro-island[client="visible"]')).toHaveAttribute('ssr');
  await tick.check();
  await expect(page.locator('astro-island[client="visible"]')).not.toHaveAttribute('ssr');
  await expect(tick).toBeChecked();
  await expect(page.getByLabel('What a new customer pays each month')).toBeVisible();
});
