import { test, expect, type Page, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { watchPage, waitForHydration } from './helpers';
import { badCodes } from '../fixtures/funnel';

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
/** The text of one cell of the results table, by stage (row header) and column header. */
async function cell(page: Page, stage: string, column: string): Promise<string> {
  const t = table(page);
  const headers = await t.locator('thead th').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === column);
  expect(index, `column ${column}`).toBeGreaterThan(-1);
  const row = t.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: stage, exact: true }) });
  return (await row.locator('th, td').nth(index).innerText()).trim();
}
const stage = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Stage ${n}:`) });
const summary = (page: Page) => page.locator('.funnel-summary').first();

/** The field's error message, found the way a screen reader finds it: through aria-describedby. */
async function describedError(field: Locator): Promise<string> {
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const page = field.page();
  const texts = await Promise.all(ids.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

test.describe('funnel builder', () => {
  test('a new reader sees the B2B SaaS worked example with its handoff', async ({ page, baseURL }) => {
    const problems = watchPage(page, baseURL!);
    await openBuilder(page);
    await expect(summary(page)).toHaveText(/10,000 Visitors a month become 2.1 Customers and \$24,750 in revenue/);
    expect(await cell(page, 'MQL', 'People a month')).toBe('75');
    expect(await cell(page, 'Opportunity', '% of first')).toMatch(/^0.083\s%$/);
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Marketing hands 75 MQLs a month to sales.' }),
    ).toBeVisible();
    await expect(page.locator('.funnel-projection').getByText(/the first customers arrive in month 4/)).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('a student chooses the e-commerce preset and then edits a stage', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel('Benchmark preset').selectOption({ label: 'E-commerce' });
    await page.getByRole('button', { name: 'Use this preset' }).click();
    // 50,000 visitors × 7 % × 30 % = 1,050 orders × $85 = $89,250
    await expect(summary(page)).toHaveText(/50,000 Visitors a month become 1,050 Orders and \$89,250 in revenue/);
    expect(await cell(page, 'Cart', 'Benchmark (low–high)')).toMatch(/20\s%\s–\s40\s%/);

    await stage(page, 2).getByLabel('Converts to “Order”').fill('15');
    await expect(summary(page)).toHaveText(/become 525 Orders and \$44,625/);
    expect(await cell(page, 'Cart', 'Benchmark (low–high)')).toMatch(/Below low/);
    await expect(page.getByText(/Below the low benchmark: “Cart” \(15\s%, low 20\s%\)/)).toBeVisible();
  });

  test('a manager switches to goal mode and reads the required counts from the table', async ({ page }) => {
    await openBuilder(page);
    await page.getByRole('radio', { name: /^Goal/ }).check();
    await expect(page.getByLabel('Revenue target a month')).toHaveValue('50000');
    // ⌈50,000 ÷ 12,000⌉ = 5 customers; ⌈5 ÷ 25 %⌉ = 20; ⌈20 ÷ 55 %⌉ = 37; ⌈37 ÷ 20 %⌉ = 185; ⌈185 ÷ 30 %⌉ = 617; ⌈617 ÷ 2.5 %⌉ = 24,680
    const needed = [];
    for (const s of ['Visitor', 'Lead', 'MQL', 'SQL', 'Opportunity', 'Customer'])
      needed.push(await cell(page, s, 'Needed for the goal'));
    expect(needed).toEqual(['24,680', '617', '185', '37', '20', '5']);
    await expect(summary(page)).toHaveText(
      /you need 5 Customers, which takes 24,680 Visitors a month \(14,680 more than now\)/,
    );

    await page.getByLabel('Revenue target a month').fill('120000');
    await expect(summary(page)).toHaveText(/you need 10 Customers/);
    await stage(page, 3).getByLabel('Converts to “SQL”').fill('0');
    await expect(summary(page)).toHaveText('The goal cannot be reached: “MQL” converts 0 % to “SQL”.');
    await expect(table(page).getByRole('columnheader', { name: 'Needed for the goal' })).toHaveCount(0);
  });

  test('a new hire adds, renames, moves and removes stages within the 2–10 limit', async ({ page }) => {
    await openBuilder(page);
    const add = page.getByRole('button', { name: 'Add a stage' });
    await add.click();
    await expect(page.getByText('Added a new stage before “Customer”.')).toBeVisible();
    await expect(stage(page, 6)).toHaveAccessibleName(/Stage 6: New stage/);
    await expect(stage(page, 6).getByLabel('Name')).toBeFocused();
    await stage(page, 6).getByLabel('Name').fill('Proposal');
    await expect(table(page).getByRole('rowheader', { name: 'Proposal' })).toBeVisible();
    // 2.0625 customers × 50 % = 1.03 → "1"
    await expect(summary(page)).toHaveText(/become 1 Customer and \$12,375/);

    await stage(page, 6).getByRole('button', { name: 'Move up Proposal' }).click();
    await expect(stage(page, 5)).toHaveAccessibleName(/Stage 5: Proposal/);
    await expect(stage(page, 5).getByRole('button', { name: 'Move up Proposal' })).toBeFocused();

    for (let n = 7; n < 10; n++) await add.click();
    await expect(page.getByRole('group', { name: /^Stage \d+:/ })).toHaveCount(10);
    // At the limit the button stays focusable (aria-disabled) and says why when pressed.
    await expect(add).toHaveAttribute('aria-disabled', 'true');
    await add.press('Enter');
    await expect(page.getByText('A funnel can have at most 10 stages.')).toBeVisible();
    await expect(page.getByRole('group', { name: /^Stage \d+:/ })).toHaveCount(10);

    for (let n = 10; n > 2; n--)
      await stage(page, 1)
        .getByRole('button', { name: /^Remove/ })
        .click();
    await expect(page.getByRole('group', { name: /^Stage \d+:/ })).toHaveCount(2);
    await stage(page, 1)
      .getByRole('button', { name: /^Remove/ })
      .press('Enter');
    await expect(page.getByText('A funnel needs at least 2 stages.')).toBeVisible();
    await expect(page.getByRole('group', { name: /^Stage \d+:/ })).toHaveCount(2);
  });

  test('a reader saves two scenarios and compares them side by side', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel('Name this funnel').fill('Today');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect(page.getByText('Saved “Today”.')).toBeVisible();
    await page.getByLabel('Visitors entering each month').fill('20000');
    await stage(page, 3).getByLabel('Converts to “SQL”').fill('30');
    await page.getByLabel('Name this funnel').fill('Twice the traffic');
    await page.getByRole('button', { name: 'Save scenario' }).click();

    await page.getByLabel('Compare A').selectOption({ label: 'Today' });
    await page.getByLabel('Compare B').selectOption({ label: 'Twice the traffic' });
    const compare = page.getByRole('table', { name: 'Today (A) compared with Twice the traffic (B)' });
    await expect(compare.getByRole('row', { name: /Entering each month/ })).toHaveText(/10,000\s*20,000\s*\+10,000/);
    // B: 20,000 × 2.5 % × 30 % × 30 % × 55 % × 25 % = 6.19 customers, $74,250; A: 2.1, $24,750
    await expect(compare.getByRole('row', { name: /Revenue each month/ })).toHaveText(
      /\$24,750\s*\$74,250\s*\+\$49,500/,
    );
    await expect(compare.getByRole('row', { name: /Stage 3 rate/ })).toHaveText(/20\s%\s*30\s%\s*\+10 points/);

    await page.getByRole('button', { name: 'Delete Today' }).click();
    await expect(page.getByRole('button', { name: 'Delete Today' })).toHaveCount(0);
  });

  test('a reader reloads the page and finds their funnel, scale and SLA settings', async ({ page }) => {
    await openBuilder(page);
    await stage(page, 3).getByLabel('Name').fill('Marketing lead');
    await page.getByLabel('Visitors entering each month').fill('12,500');
    await page.getByRole('radio', { name: /^Logarithmic/ }).check();
    await page.getByLabel('Sales follows up within (hours)').fill('4');
    await expect(page.getByText(/within 4 hours of receiving it/)).toBeVisible();
    await page.reload();
    await openBuilder(page);
    await expect(stage(page, 3)).toHaveAccessibleName(/Stage 3: Marketing lead/);
    await expect(page.getByLabel('Visitors entering each month')).toHaveValue('12500');
    await expect(page.getByRole('radio', { name: /^Logarithmic/ })).toBeChecked();
    await expect(page.getByRole('img', { name: /logarithmic scale/ })).toBeVisible();
    await expect(page.getByText('Marketing hands 94 Marketing leads a month to sales.')).toBeVisible();
    await expect(page.getByText(/within 4 hours of receiving it/)).toBeVisible();
  });

  test('after a reload the preset picker still names the preset the saved funnel came from', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel('Benchmark preset').selectOption({ label: 'E-commerce' });
    await page.getByRole('button', { name: 'Use this preset' }).click();
    await expect(summary(page)).toHaveText(/become 1,050 Orders/);
    await page.reload();
    await openBuilder(page);
    await expect(summary(page)).toHaveText(/become 1,050 Orders/);
    await expect(page.getByLabel('Benchmark preset')).toHaveValue('e-commerce');
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
    expect(link).toMatch(/\/funnel\/#f=3\.[A-Za-z0-9_-]+$/);
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

  test('a tampered or old link explains itself and never overwrites the saved funnel', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel('Visitors entering each month').fill('3333');
    for (const [code, reason] of [
      [badCodes.newer!, 'the link was made by a newer version of this site'],
      [badCodes.older!, 'older version of this site'],
      [badCodes.notBase64!, 'the funnel code in the link is damaged'],
      ['1.WyJ4Il0', 'the funnel code in the link has the wrong shape'],
    ] as const) {
      await page.goto('/');
      await openBuilder(page, `#f=${code}`);
      await expect(page.getByText('The funnel in this link could not be opened:')).toBeVisible();
      await expect(page.locator('.link-banner')).toContainText(reason);
      await expect(page.getByLabel('Visitors entering each month')).toHaveValue('3333');
    }
    expect(await page.evaluate(() => localStorage.getItem('msg:funnel'))).toContain('"volume":3333');
  });

  test('every kind of bad input is refused next to its field while the last valid funnel stays', async ({ page }) => {
    await openBuilder(page);
    const rate = stage(page, 2).getByLabel('Converts to “MQL”');
    const cases: [string, RegExp][] = [
      ['', /This field is empty/],
      ['-5', /A rate cannot be below 0 %/],
      ['150', /A rate cannot be above 100 %/],
      ['abc', /Use digits only/],
      ['12.345', /at most two decimal places/],
      ['about 30 leads', /Use digits only/],
    ];
    for (const [text, message] of cases) {
      await rate.fill(text);
      await expect(rate).toHaveValue(text);
      expect(await describedError(rate)).toMatch(message);
      expect(await cell(page, 'MQL', 'People a month')).toBe('75');
    }
    const volume = page.getByLabel('Visitors entering each month');
    await volume.fill('1e400');
    expect(await describedError(volume)).toMatch(/without "e"/);
    await volume.fill('9'.repeat(30));
    expect(await describedError(volume)).toMatch(/at most 1,000,000,000/);
    await volume.fill('');
    await page.keyboard.insertText('ten thousand visitors'); // arrives in one input event, like a paste
    expect(await describedError(volume)).toMatch(/Use digits only/);
    const name = stage(page, 1).getByLabel('Name');
    await name.fill('A stage name that is far too long for the chart');
    expect(await describedError(name)).toMatch(/Keep names to 40 characters\. This one has 47\./);
    await name.fill('   ');
    expect(await describedError(name)).toMatch(/Give the stage a name/);
    await stage(page, 1).getByLabel('Days in stage').fill('800');
    expect(await describedError(stage(page, 1).getByLabel('Days in stage'))).toMatch(/at most 730 days/);

    await expect(summary(page)).toHaveText(/10,000 Visitors a month become 2.1 Customers/);
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/NaN|Infinity/);

    await rate.fill('45');
    await expect(rate).not.toHaveAttribute('aria-invalid', 'true');
    expect(await cell(page, 'MQL', 'People a month')).toBe('113');
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
    expect(text).toContain('1. Marketing delivers 75 \u2068MQLs\u2069 a month to sales');
    expect(text).toContain('at least 8 attempts');
    await context.close();
  });

  test('a reader without JavaScript still reads both worked examples and the results table', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/funnel/');
    await expect(page.getByText(/builder needs JavaScript/)).toBeVisible();
    await expect(
      page.getByText('So marketing must bring in 24,680 Visitors a month, 14,680 more than today.'),
    ).toBeVisible();
    expect(await cell(page, 'Customer', 'People a month')).toBe('2.1');
    await expect(page.getByRole('heading', { name: 'The next 12 months' })).toBeVisible();
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
  test('at 1280×800 the preset and first stage are on the first screen, and the headline stays in view while a late stage is edited', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openBuilder(page);
    await expect(
      page.getByRole('group', { name: 'How to use it' }).or(page.locator('details.how-to')),
    ).not.toHaveAttribute('open', '');
    expect(await inViewport(page.getByLabel('Benchmark preset'))).toBe(true);
    expect(await inViewport(stage(page, 1).getByLabel('Name'))).toBe(true);
    const rate = stage(page, 5).getByLabel('Converts to “Customer”');
    // Instant: a smooth scroll still running when the field is typed into ends wherever focus leaves it.
    await rate.evaluate((el) => el.scrollIntoView({ block: 'center', behavior: 'instant' }));
    await rate.fill('50');
    // 10,000 × 2.5 % × 30 % × 20 % × 55 % × 50 % = 4.125 customers × $12,000 = $49,500
    await expect(summary(page)).toHaveText(/become 4.1 Customers and \$49,500/);
    await expect.poll(() => inViewport(rate)).toBe(true);
    expect(await inViewport(summary(page))).toBe(true);
  });

  test('at 1280×800 the whole first stage, its fields and buttons, fits on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await openBuilder(page);
    const first = stage(page, 1);
    for (const part of [first.getByLabel('Converts to “Lead”'), first.getByLabel('Days in stage'), first]) {
      const box = (await part.boundingBox())!;
      expect(box.y + box.height, 'bottom edge in px').toBeLessThanOrEqual(800);
    }
  });

  test('on a phone the short headline stays on screen while the stages are edited', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openBuilder(page);
    const rate = stage(page, 4).getByLabel('Converts to “Opportunity”');
    await rate.scrollIntoViewIfNeeded();
    await rate.fill('100');
    const bar = page.locator('.funnel-bar');
    await expect(bar).toHaveText(/3.8 Customers · \$45,000 a month/);
    expect(await inViewport(bar)).toBe(true);
    expect(await inViewport(summary(page))).toBe(false);
  });

  test('the chart shows every stage, even under 1 %, with values printed in text of at least 12 px at 390 px', async ({
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
  });

  test('goal mode shows today beside the goal, plans the projection and the SLA from the goal, and names the fix', async ({
    page,
  }) => {
    await openBuilder(page);
    await page.getByRole('radio', { name: /^Goal/ }).check();
    await expect(page.getByLabel('Visitors a month today (for the gap)')).toHaveValue('10000');
    const mql = page.locator('.fchart-row').filter({ hasText: 'MQL' });
    await expect(mql).toContainText(/Today\s*75\s*Goal needs\s*185/);
    // ⌈50,000 ÷ 12,000⌉ = 5 customers … 185 MQLs, 37 SQLs: what the goal needs, not today's 75.
    const sla = page.locator('.sla-draft');
    await sla.scrollIntoViewIfNeeded();
    await expect(sla).toContainText('Marketing delivers 185 MQLs a month to sales');
    await expect(sla).toContainText('the plan expects 37 a month');
    await expect(sla).toContainText('These numbers are what the goal of $50,000 a month needs');
    await expect(page.locator('.funnel-projection')).toContainText(
      'This projection uses the goal’s numbers: 24,680 Visitors a month and 5 customers a month',
    );
    // Today 2.0625 customers; the goal needs 5, so any one rate must rise × 2.42: the lowest, 2.5 %, moves least.
    await expect(page.locator('.funnel-insights')).toContainText(
      /Fix first: raise “Visitor” → “Lead” from 2.5\s%\sto 6.07\s%/,
    );
  });

  test('numbers typed the European way are read as meant, and an ambiguous one offers its other reading', async ({
    page,
  }) => {
    await openBuilder(page);
    const volume = page.getByLabel('Visitors entering each month');
    await volume.fill('10.000');
    await expect(volume).not.toHaveAttribute('aria-invalid', 'true');
    await volume.fill('20.000');
    await expect(summary(page)).toHaveText(/^20,000 Visitors a month/);
    await stage(page, 1).getByLabel('Converts to “Lead”').fill('2,5 %');
    await expect(summary(page)).toHaveText(/^20,000 Visitors a month become 4.1 Customers/);

    const deal = page.getByLabel('Average deal value');
    await deal.fill('1.500');
    await expect(deal).toHaveAttribute('aria-describedby', /reading/);
    await expect(page.getByText('Read as $1,500.')).toBeVisible();
    await expect(summary(page)).toHaveText(/\$6,188 in revenue/);
    await page.getByRole('button', { name: 'Use $1.50 instead' }).click();
    await expect(deal).toHaveValue('1.5');
    await expect(summary(page)).toHaveText(/\$6.19 in revenue/);
    await volume.fill('lots');
    expect(await describedError(volume)).toMatch(/like 12,500\.5 or 12\.500,5/);
  });

  test('a European planner who picks euros reads the headline, table and chart the way euros are written', async ({
    page,
  }) => {
    await openBuilder(page);
    await page.getByRole('radio', { name: /^Goal/ }).check();
    await page.getByLabel('Currency').selectOption('EUR');
    await page.getByLabel('Revenue target a month').fill('120.000');
    await page.getByLabel('Visitors a month today (for the gap)').fill('40.000');
    await page.getByLabel('Average deal value').fill('8.000');
    // ⌈120,000 ÷ 8,000⌉ = 15 customers; ⌈15 ÷ 25 %⌉ = 60; ⌈60 ÷ 55 %⌉ = 110; ⌈110 ÷ 20 %⌉ = 550;
    // ⌈550 ÷ 30 %⌉ = 1,834; ⌈1,834 ÷ 2.5 %⌉ = 73,360 visitors: 33,360 more than today's 40,000.
    await expect(summary(page)).toHaveText(
      /^To make 120\.000\s€ a month you need 15 Customers, which takes 73\.360 Visitors a month \(33\.360 more than now\)\./,
    );
    expect(await cell(page, 'Visitor', 'Needed for the goal')).toBe('73.360');
    expect(await cell(page, 'Lead', 'Needed for the goal')).toBe('1.834');
    expect(await cell(page, 'Visitor', 'Converts to next')).toMatch(/^2,5\s%$/);
    await expect(page.locator('.fchart-row').first()).toContainText(/Today\s*40\.000\s*Goal needs\s*73\.360/);
    // Fields keep what the reader typed; the CSV (checked elsewhere) keeps plain numbers.
    await expect(page.getByLabel('Revenue target a month')).toHaveValue('120.000');
  });

  test('the optional budget starts empty, a preset’s budget says where it came from, and nothing is worked out without one', async ({
    page,
  }) => {
    await openBuilder(page);
    const budget = page.getByLabel('Marketing budget a month (optional)');
    await expect(budget).toHaveValue('');
    await expect(budget).not.toHaveAttribute('aria-describedby', /hint/);
    const insights = page.locator('.funnel-insights');
    await expect(insights).toContainText('Add a marketing budget above to see what each customer costs.');
    await expect(insights).not.toContainText('Each customer costs');

    await page.getByLabel('Benchmark preset').selectOption({ label: 'Enterprise B2B' });
    await page.getByRole('button', { name: 'Use this preset' }).click();
    await expect(budget).toHaveValue('60000');
    await expect(budget).toHaveAccessibleDescription('From the Enterprise B2B preset');
    await expect(insights).toContainText(/Each customer costs \$[\d,]+ of marketing budget\./);

    await budget.fill('45000');
    await expect(budget).not.toHaveAttribute('aria-describedby', /hint/);
    await expect(page.getByText('From the Enterprise B2B preset')).toHaveCount(0);
    await budget.fill('');
    await expect(insights).toContainText('Add a marketing budget above to see what each customer costs.');
    await page.getByRole('button', { name: 'Reset to the example' }).click();
    await expect(budget).toHaveValue('');
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

  test('a planner opens, renames, duplicates and deletes scenarios, with an undo', async ({ page }) => {
    await openBuilder(page);
    await page.getByLabel('Name this funnel').fill('Today');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    // One saved: the comparison opens on the current funnel and it, never on empty sides.
    await expect(page.getByRole('table', { name: 'Current funnel (A) compared with Today (B)' })).toBeVisible();
    await page.getByLabel('Visitors entering each month').fill('30000');
    await page.getByLabel('Name this funnel').fill('Big push');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    const compare = page.getByRole('table', { name: 'Today (A) compared with Big push (B)' });
    await expect(compare.getByRole('row', { name: /Revenue each month/ })).toHaveText(/\$24,750\s*\$74,250/);
    await expect(compare.getByRole('row', { name: /Gap to the goal/ })).toHaveText(/14,680\s*-5,320\s*−20,000/);

    await page.getByRole('button', { name: 'Open Today' }).click();
    await expect(page.getByLabel('Visitors entering each month')).toHaveValue('10000');
    await page.getByRole('button', { name: 'Rename Big push' }).click();
    await page.getByLabel('New name for “Big push”').fill('Triple traffic');
    await page.getByRole('button', { name: 'Save name' }).click();
    await expect(page.getByText('Renamed “Big push” to “Triple traffic”.')).toBeVisible();
    await page.getByRole('button', { name: 'Duplicate Today' }).click();
    await expect(page.getByRole('button', { name: 'Open Today (copy)' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete Today', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Open Today', exact: true })).toHaveCount(0);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(page.locator('.scenario-name')).toHaveText(['Today', 'Today (copy)', 'Triple traffic']);
    await page.reload();
    await openBuilder(page);
    await expect(page.locator('.scenario-name')).toHaveText(['Today', 'Today (copy)', 'Triple traffic']);
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

  test('the after-sale section is off by default; on, its figures match a hand calculation and reach the CSV', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ baseURL, acceptDownloads: true });
    const page = await context.newPage();
    await openBuilder(page);
    const toggle = page.getByLabel('Work out customers kept and recurring revenue');
    await expect(toggle).not.toBeChecked();
    await page.getByRole('radio', { name: /^Goal/ }).check();
    await toggle.check();
    await expect(page.getByLabel('Customers lost each month')).toHaveValue('2');
    await expect(page.getByLabel('What a new customer pays each month')).toHaveValue('1000');
    await expect(page.getByLabel('Gross margin')).toHaveValue('75');
    // Goal mode: 5 new customers a month from month 4 (an 87-day cycle), $1,000 a month each,
    // 2 % churn and 1 % expansion on the customers kept, so revenue keeps 98 % × 101 % = 98.98 % a month.
    let kept = 0;
    let mrr = 0;
    let total = 0;
    for (let m = 1; m <= 12; m++) {
      const won = m >= 4 ? 5 : 0;
      kept = kept * 0.98 + won;
      mrr = mrr * 0.98 * 1.01 + won * 1000;
      total += mrr;
    }
    const figures = page.locator('.after-figures');
    await expect(figures).toContainText(`Customers kept after 12 months${Math.round(kept)}`); // 42
    await expect(figures).toContainText(`$${Math.round(total).toLocaleString('en-US')}`); // $219,104
    // Lifetime value is on gross margin, as the glossary defines it: 1,000 × 75 % ÷ (1 − 0.9898).
    await expect(figures).toContainText('Lifetime value of one customer, on gross margin$73,529');
    // The example starts with no budget, so there is no payback until the reader gives one.
    await expect(figures).toContainText('Add a marketing budget above to see this');
    await page.getByLabel('Marketing budget a month (optional)').fill('30000');
    // $30,000 budget ÷ 5 customers = $6,000, paid back from 750 of gross profit a month, 1 % less each month:
    // 750 + 742.35 + … is 5,790 after 8 months and 6,481 after 9 (on revenue it would have been 7).
    await expect(figures).toContainText(
      'Months to pay back winning a customer, on gross margin9 (cost per customer at the goal’s numbers: $6,000)',
    );
    // A margin out of range is refused beside the field and the figures keep the last valid one.
    const margin = page.getByLabel('Gross margin');
    await margin.fill('150');
    await expect(page.getByText('The gross margin cannot be above 100 %.')).toBeVisible();
    await expect(figures).toContainText('$73,529');
    await margin.fill('60');
    await expect(figures).toContainText('$58,824'); // 1,000 × 60 % ÷ 0.0102
    await margin.fill('75');
    await expect(figures).toContainText('$73,529');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download as CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path())!, 'utf8').split('\r\n');
    expect(csv.slice(1, 9)).toEqual([
      'Scenario,Current funnel (not saved),,,,,',
      'Mode,Goal,,,,,',
      'Visitor entering each month,10000,,,,,',
      'Average deal value,12000,,,,,',
      'Currency,USD,,,,,',
      'Revenue target a month,50000,,,,,',
      'Monthly marketing budget,30000,,,,,',
      'Revenue a month,24750,,,,,',
    ]);
    expect(csv).toContain('After the sale,On,,,,,');
    expect(csv).toContain('Monthly churn (%),2,,,,,');
    expect(csv).toContain('Gross margin (%),75,,,,,');
    expect(csv).toContain('Lifetime value per customer (on gross margin),73529.41,,,,,');
    expect(csv).toContain('Months to pay back a customer (on gross margin),9,,,,,');
    expect(csv).toContain(`Recurring revenue over 12 months,${Math.round(total * 100) / 100},,,,,`);
    await context.close();
  });

  test('a right-to-left stage name is isolated in the SLA so it cannot reorder the sentence', async ({ page }) => {
    await openBuilder(page);
    await stage(page, 3).getByLabel('Name').fill('ליד מוסמך');
    const first = page.locator('.sla-draft li').first();
    await first.scrollIntoViewIfNeeded();
    await expect(first.locator('bdi').first()).toHaveText('ליד מוסמך');
    await expect(first).toHaveText(/^Marketing delivers 75 ליד מוסמך a month to sales/);
  });
});
