import { test, expect, type Page, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchPage, waitForHydration } from './helpers';

/** Opens the builder and waits for its two islands (settings with results, then extras, which hydrate when scrolled to). */
async function openBuilder(page: Page, hash = '') {
  await page.goto(`/funnel/${hash}`);
  const islands = page.locator('astro-island');
  await expect(islands).toHaveCount(2);
  // The builder hydrates at the reader's first intent (client:intent): here, pointing at it.
  await page.getByText('Benchmark preset').hover();
  for (const island of await islands.all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
  await waitForHydration(page);
  // Back to the top at once: the site scrolls smoothly, and a box measured mid-scroll is off by
  // however far the page still had to go. Fonts settle first, since they can rewrap the settings.
  await page.evaluate(async () => {
    await document.fonts.ready;
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0);
}

const table = (page: Page) => page.getByRole('table', { name: /^Your funnel each month/ });
const stage = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Stage ${n}:`) });
const summary = (page: Page) => page.locator('.funnel-summary').first();

test.describe('funnel builder', () => {
  test('a student picks a preset, makes the funnel their own, saves a scenario, and finds it all after a reload', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await openBuilder(page);
    await expect(summary(page)).toHaveText(/10,000 Visitors a month become 2.1 Customers and \$24,750 in revenue/);
    await page.getByLabel('Benchmark preset').selectOption({ label: 'E-commerce' });
    await page.getByRole('button', { name: 'Use this preset' }).click();
    await expect(summary(page)).toHaveText(/become 1,050 Orders/);
    await page.reload();
    await openBuilder(page);
    await expect(summary(page)).toHaveText(/become 1,050 Orders/);
    await expect(page.getByLabel('Benchmark preset')).toHaveValue('e-commerce');

    await page.getByRole('button', { name: 'Reset to the example' }).click();
    await stage(page, 3).getByLabel('Name').fill('Marketing lead');
    await page.getByLabel('Visitors entering each month').fill('12,500');
    await page.getByRole('radio', { name: /^Logarithmic/ }).check();
    await page.getByLabel('Sales follows up within (hours)').fill('4');
    await expect(page.getByText(/within 4 hours of receiving it/)).toBeVisible();
    await page.getByLabel('Name this funnel').fill('Today');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByRole('button', { name: 'Duplicate Today' }).click();
    await page.reload();
    await openBuilder(page);
    await expect(stage(page, 3)).toHaveAccessibleName(/Stage 3: Marketing lead/);
    await expect(page.getByLabel('Visitors entering each month')).toHaveValue('12500');
    await expect(page.getByRole('radio', { name: /^Logarithmic/ })).toBeChecked();
    await expect(page.getByRole('img', { name: /logarithmic scale/ })).toBeVisible();
    await expect(page.getByText('Marketing hands 94 Marketing leads a month to sales.')).toBeVisible();
    await expect(page.getByText(/within 4 hours of receiving it/)).toBeVisible();
    await expect(page.locator('.scenario-name')).toHaveText(['Today', 'Today (copy)']);
    expect(problems).toEqual([]);
  });

  test('a copied link opens the same funnel in a fresh browser without touching the saved one', async ({
    browser,
    baseURL,
  }) => {
    const sender = await browser.newContext({ baseURL });
    await sender.grantPermissions(['clipboard-read', 'clipboard-write']);
    const a = await sender.newPage();
    await openBuilder(a);
    await a.getByLabel('Visitors entering each month').fill('40000');
    await a.getByRole('radio', { name: /^Goal/ }).check();
    await a.getByRole('button', { name: 'Copy link to this funnel' }).click();
    await expect(a.getByText(/^Link copied\./)).toBeVisible();
    const link = await a.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/funnel\/#f=4\.[A-Za-z0-9_-]+$/);
    await sender.close();

    const receiver = await browser.newContext({ baseURL });
    const b = await receiver.newPage();
    await openBuilder(b);
    await b.getByLabel('Visitors entering each month').fill('777');
    await b.goto('/');
    await openBuilder(b, new URL(link).hash);
    await expect(b.getByText('You are looking at a funnel from a link.')).toBeVisible();
    await expect(b.getByLabel('Visitors a month today (for the gap)')).toHaveValue('40000');
    await expect(b.getByRole('radio', { name: /^Goal/ })).toBeChecked();
    expect(await b.evaluate(() => localStorage.getItem('msg:funnel'))).toContain('"volume":777');

    await b.getByRole('button', { name: 'Back to my funnel' }).click();
    await expect(b.getByLabel('Visitors entering each month')).toHaveValue('777');
    await b.goto('/');
    await openBuilder(b, new URL(link).hash);
    await b.getByRole('button', { name: 'Keep this funnel' }).click();
    await expect(b).toHaveURL(/\/funnel\/$/);
    await b.reload();
    await openBuilder(b);
    await expect(b.getByLabel('Visitors a month today (for the gap)')).toHaveValue('40000');
    await receiver.close();
  });

  test('a keyboard-only reader picks a preset, reorders a stage and switches mode', async ({ page }) => {
    await openBuilder(page);
    const preset = page.getByLabel('Benchmark preset');
    for (let i = 0; i < 60 && !(await preset.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(preset).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(preset).toHaveValue('enterprise-b2b');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Use this preset' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(summary(page)).toHaveText(/500 Inquiries a month become/);

    await page.keyboard.press('Tab'); // Reset
    await page.keyboard.press('Tab'); // mode radios
    await expect(page.getByRole('radio', { name: /^Forward/ })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('radio', { name: /^Goal/ })).toBeChecked();
    await expect(table(page).getByRole('columnheader', { name: 'Needed for the goal' })).toBeVisible();

    const down = page.getByRole('button', { name: 'Move down Inquiry' });
    for (let i = 0; i < 30 && !(await down.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(down).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(stage(page, 2)).toHaveAccessibleName(/Stage 2: Inquiry/);
    await expect(page.getByRole('button', { name: 'Move down Inquiry' })).toBeFocused();
    await expect(page.getByText('Moved “Inquiry” to position 2 of 6.')).toBeVisible();
  });

  test('a manager enters a revenue goal and reads the AEs and SDRs it needs, kept after a reload', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    await openBuilder(page);
    await page.getByRole('radio', { name: /^Goal/ }).check();
    await page.getByLabel('Revenue target a month').fill('120,000');
    const team = page.getByRole('region', { name: 'The team this goal needs' });
    const figure = (name: string) => team.locator('dt', { hasText: name }).locator('+ dd');
    await page.getByLabel('Quota of one AE a month').fill('40,000');
    /*
     * 120,000 ÷ 12,000 = 10 deals; ⌈10 ÷ 25 %⌉ = 40 opportunities; ⌈40 ÷ 55 %⌉ = 73 SQLs.
     * AEs: 120,000 ÷ (40,000 × 80 %) = 3.75 → 4, ramped by month 4 when the first deals close.
     * SDRs: 73 ÷ 12 = 6.08 → 7; in month 2 a new SDR books half: 73 ÷ 6 = 12.17 → 13 to hire.
     * Coverage 40 × 12,000 ÷ 120,000 = 4 ×; velocity 40 × 25 % × 12,000 ÷ 45 days = $2,667 a day.
     */
    await expect(figure('AEs, once ramped')).toHaveText('4');
    await expect(figure('AEs to hire in month 1')).toHaveText('4');
    await expect(figure('SDRs, once ramped')).toHaveText('7');
    await expect(figure('SDRs to hire in month 1')).toHaveText('13');
    await expect(figure('Pipeline coverage')).toHaveText('4 ×');
    await expect(figure('Sales velocity')).toHaveText('$2,667 a day');
    await expect(team.getByRole('table', { name: /^AEs and SDRs needed by month/ })).toBeVisible();
    await page.reload();
    await openBuilder(page);
    await expect(page.getByLabel('Quota of one AE a month')).toHaveValue('40000');
    await expect(figure('AEs, once ramped')).toHaveText('4');
    expect(problems).toEqual([]);
  });

  test('the table downloads as CSV and the SLA copies as text', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await context.newPage();
    await openBuilder(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('funnel.csv');
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    const header = csv.indexOf(
      'Stage,Owner,Conversion to next stage (%),People per month,% of previous stage,% of first stage',
    );
    expect(header).toBeGreaterThan(0);
    expect(csv[header + 3]).toBe('MQL,Marketing,20,75,30,0.75');

    await page.getByLabel('Attempts before handing a lead back').fill('8');
    await page.getByRole('button', { name: 'Copy SLA as text' }).click();
    await expect(page.getByText('SLA copied as text.')).toBeVisible();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // Plain text: the page isolates stage names with <bdi>; the copy carries no invisible bidi controls.
    expect(text).toContain('1. Marketing delivers 75 MQLs a month to sales');
    expect(text).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain('at least 8 attempts');

    // Goal mode with the after-sale section and a budget: the CSV carries them as plain numbers.
    // (The figures themselves are checked against a hand calculation in test/component/funnel.)
    await page.getByRole('radio', { name: /^Goal/ }).check();
    await page.getByLabel('Work out customers kept and recurring revenue').check();
    await page.getByLabel('Marketing budget a month (optional)').fill('30000');
    await expect(page.locator('.after-figures')).toContainText('9 (cost per customer at the goal’s numbers: $6,000)');
    const [second] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    const after = readFileSync((await second.path())!, 'utf8').split('\r\n');
    expect(after.slice(1, 9)).toEqual([
      'Scenario,Current funnel (not saved),,,,,',
      'Mode,Goal,,,,,',
      'Visitor entering each month,10000,,,,,',
      'Average deal value,12000,,,,,',
      'Currency,USD,,,,,',
      'Revenue target a month,50000,,,,,',
      'Monthly marketing budget,30000,,,,,',
      'Revenue a month,24750,,,,,',
    ]);
    expect(after).toContain('After the sale,On,,,,,');
    expect(after).toContain('Monthly churn (%),2,,,,,');
    expect(after).toContain('Gross margin (%),75,,,,,');
    expect(after).toContain('Lifetime value per customer (on gross margin),73529.41,,,,,');
    expect(after).toContain('Months to pay back a customer (on gross margin),9,,,,,');
    expect(after.some((line) => /^Recurring revenue over 12 months,218987\.92,/.test(line))).toBe(true);
    await context.close();
  });
});

/** True when the element's box is at least partly inside the viewport. */
async function inViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
  });
}

test.describe('funnel builder as a planning tool', () => {
  test('at 1280×800 the preset and the whole first stage are on the first screen, and the headline stays in view while a late stage is edited', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openBuilder(page);
    await expect(
      page.getByRole('group', { name: 'How to use it' }).or(page.locator('details.how-to')),
    ).not.toHaveAttribute('open', '');
    expect(await inViewport(page.getByLabel('Benchmark preset'))).toBe(true);
    const first = stage(page, 1);
    for (const part of [
      first.getByLabel('Name'),
      first.getByLabel('Converts to “Lead”'),
      first.getByLabel('Days in stage'),
      first,
    ]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height, 'bottom edge in px').toBeLessThanOrEqual(800);
    }
    const rate = stage(page, 5).getByLabel('Converts to “Customer”');
    // Instant: a smooth scroll still running when the field is typed into ends wherever focus leaves it.
    await rate.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await rate.fill('50');
    // 10,000 × 2.5 % × 30 % × 20 % × 55 % × 50 % = 4.125 customers × $12,000 = $49,500
    await expect(summary(page)).toHaveText(/become 4.1 Customers and \$49,500/);
    await expect.poll(() => inViewport(rate)).toBe(true);
    expect(await inViewport(summary(page))).toBe(true);
  });

  test('on a 390 px phone the chart shows every stage in text of at least 12 px, and the short headline stays on screen while stages are edited', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openBuilder(page);
    const rows = page.locator('.fchart-row');
    await expect(rows).toHaveCount(6);
    await expect(rows.last()).toContainText('Customer');
    await expect(rows.last()).toContainText('2.1');
    for (const row of await rows.all()) {
      const bar = row.locator('.fchart-fill');
      expect((await bar.boundingBox())!.width).toBeGreaterThanOrEqual(2);
      for (const text of await row.locator('.fchart-name, .fchart-value').all()) {
        const size = await text.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(size).toBeGreaterThanOrEqual(12);
      }
    }
    const rate = stage(page, 4).getByLabel('Converts to “Opportunity”');
    await rate.scrollIntoViewIfNeeded();
    await rate.fill('100');
    const bar = page.locator('.funnel-bar');
    await expect(bar).toHaveText(/3.8 Customers · \$45,000 a month/);
    expect(await inViewport(bar)).toBe(true);
    expect(await inViewport(summary(page))).toBe(false);
  });

  test('after a reload the example never stands beside the reader’s inputs, on screen or in print', async ({
    page,
  }) => {
    await openBuilder(page);
    await page.getByLabel('Visitors entering each month').fill('5000');
    await expect(summary(page)).toHaveText(/^5,000 Visitors/);
    // Hold the builder's code back to see what the page shows meanwhile.
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => (release = r));
    await page.route(/FunnelBuilder\.[\w-]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.reload();
    await expect(page.getByText('Loading the builder…')).toBeVisible();
    await expect(page.getByText(/10,000 Visitors a month become/)).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByText(/10,000 Visitors a month become/)).toBeHidden();
    release();
    await expect(summary(page)).toHaveText(/^5,000 Visitors a month become 1 Customer/);
    await expect(page.getByLabel('Visitors entering each month')).toHaveValue('5000');
    await expect(page.getByText('Loading the builder…')).toBeHidden();
  });

  test('if the builder’s code cannot load, the area says so and offers a reload instead of the example', async ({
    page,
  }) => {
    await page.route(/FunnelBuilder\.[\w-]+\.js/, (route) => route.abort());
    await page.goto('/funnel/');
    // The builder starts loading when the reader points at it.
    await page.getByText('Benchmark preset').hover();
    await expect(page.getByText('The builder could not load.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload the page' })).toBeVisible();
    await expect(page.getByText(/10,000 Visitors a month become/)).toBeHidden();
    await page.unroute(/FunnelBuilder\.[\w-]+\.js/);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await expect(summary(page)).toHaveText(/^10,000 Visitors a month become/);
  });

  test('a keyboard-only planner renames, deletes and undoes a scenario, and focus follows each step', async ({
    page,
  }) => {
    await openBuilder(page);
    await page.getByLabel('Name this funnel').fill('Today');
    await page.getByLabel('Name this funnel').press('Enter');
    const rename = page.getByRole('button', { name: 'Rename Today' });
    await rename.focus();
    await page.keyboard.press('Enter');
    const field = page.getByLabel('New name for “Today”');
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(rename).toBeFocused();
    await page.keyboard.press('Enter');
    await field.fill('Plan A');
    await page.keyboard.press('Enter');
    await expect(page.getByText('Renamed “Today” to “Plan A”.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Rename Plan A' })).toBeFocused();
    await page.getByRole('button', { name: 'Delete Plan A' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Open Plan A' })).toBeFocused();
  });
});
