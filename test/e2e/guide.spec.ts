import { test, expect } from '@playwright/test';

test.describe('glossary terms in a chapter', () => {
  test('a keyboard reader tabs to a term, hears and sees its definition, and dismisses it with Escape', async ({
    page,
  }) => {
    await page.goto('/guide/funnel-and-handoff/');
    const link = page.getByRole('link', { name: 'MQL', exact: true }).first();
    await link.focus();
    await expect(link).toBeFocused();
    const tip = page.locator('#term-tip-mql');
    await expect(tip).toBeVisible();
    await expect(tip).toHaveAttribute('role', 'tooltip');
    await expect(tip).toContainText('A lead that marketing judges likely enough to buy');
    await expect(link).toHaveAccessibleDescription(/Marketing-qualified lead/);
    await expect(link).toHaveAttribute('href', '/glossary/mql/');

    await page.keyboard.press('Escape');
    await expect(tip).toBeHidden();
    await expect(link).toBeFocused();

    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(tip).toBeVisible();
  });

  test('a mouse reader sees the definition on hover and it goes away when the pointer leaves', async ({ page }) => {
    await page.goto('/guide/what-marketing-does/');
    const link = page.getByRole('link', { name: 'market research' }).first();
    const tip = page.locator('#term-tip-market-research');
    await expect(tip).toBeHidden();
    await link.hover();
    await expect(tip).toBeVisible();
    await page.mouse.move(0, 0);
    await expect(tip).toBeHidden();
  });

  test('only the first use of a term in a chapter is a link, and it leads to the glossary entry', async ({ page }) => {
    await page.goto('/guide/sla-and-shared-metrics/');
    // The chapter mentions the CRM twice through <Term id="crm">; only the first links.
    await expect(page.locator('article a[href="/glossary/crm/"]')).toHaveCount(1);
    await page.locator('article a[href="/glossary/crm/"]').click();
    await expect(page).toHaveURL(/\/glossary\/crm\/$/);
    await expect(page.getByRole('heading', { level: 1, name: /CRM/ })).toBeInViewport();
  });
});

test.describe('comparison table', () => {
  test('on a 320 px phone each aspect becomes a card with Marketing and Sales labels and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/guide/marketing-vs-sales/');
    const table = page.getByRole('table', { name: 'How marketing and sales differ' });
    await expect(table).toBeVisible();
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Time horizon' }) });
    await expect(row.locator('.cell-label').first()).toBeVisible();
    await expect(row).toContainText('Marketing');
    await expect(row).toContainText('Months to years');
    await expect(row).toContainText('This month and this quarter');
    const box = await table.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(320);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
  });

  test('on a wide screen it is a table with Marketing and Sales column headers and seven aspects', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/guide/marketing-vs-sales/');
    const table = page.getByRole('table', { name: 'How marketing and sales differ' });
    await expect(table.getByRole('columnheader')).toHaveText(['Aspect', 'Marketing', 'Sales']);
    await expect(table.getByRole('rowheader')).toHaveText([
      'Focus',
      'Time horizon',
      'Audience reached',
      'Typical activities',
      'Metrics',
      'Skills',
      'What success looks like',
    ]);
    await expect(table.locator('.cell-label').first()).toBeHidden();
  });

  test('a term first used inside the table links to its glossary entry from the cell', async ({ page }) => {
    await page.goto('/guide/marketing-vs-sales/');
    const table = page.getByRole('table', { name: 'How marketing and sales differ' });
    const metrics = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Metrics' }) });
    for (const [id, words] of [
      ['mql', 'MQLs'],
      ['win-rate', 'win rate'],
      ['quota', 'quota'],
    ] as const) {
      await expect(page.locator(`article a[href="/glossary/${id}/"]`)).toHaveCount(1);
      if (id !== 'win-rate')
        await expect(metrics.getByRole('link', { name: words })).toHaveAttribute('href', `/glossary/${id}/`);
    }
    await metrics.getByRole('link', { name: 'quota' }).click();
    await expect(page).toHaveURL(/\/glossary\/quota\/$/);
  });
});

test.describe('diagrams', () => {
  const diagrams = [
    ['/guide/funnel-and-handoff/', 'The handoff from marketing to sales', 'MQL, marketing-qualified lead'],
    ['/guide/the-rivalry/', 'Rivalry compared with integration', 'win the market together'],
    [
      '/guide/today-and-tomorrow/',
      "Today's customer compared with tomorrow's market",
      'Requests and objections go down',
    ],
    ['/guide/four-kinds-of-relationship/', 'The four kinds of relationship between marketing and sales', 'Integrated:'],
    ['/guide/after-the-sale/', 'The bow tie: the funnel before the sale and the funnel after it', 'Sale: the knot'],
    ['/guide/one-person-does-both/', 'A week for one person who does both jobs', 'Friday afternoon to reviewing'],
    ['/guide/evidence-and-cases/', 'How fast companies answered a web inquiry', 'Never replied'],
  ] as const;

  for (const [path, name, textVersion] of diagrams) {
    test(`a screen-reader user gets a name and description for "${name}", and anyone can open its text version`, async ({
      page,
    }) => {
      await page.goto(path);
      const img = page.getByRole('img', { name });
      await expect(img).toBeVisible();
      await expect(img).toHaveAccessibleDescription(new RegExp(textVersion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      const details = page.locator('figure.diagram', { has: img }).locator('details');
      await expect(details.getByText(textVersion)).toBeHidden();
      await details.getByText('Text version of this diagram').click();
      await expect(details.getByText(textVersion)).toBeVisible();
    });
  }

  test('diagram colours follow the dark theme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/guide/funnel-and-handoff/');
    const fill = await page
      .locator('#figure-handoff .d-mkt')
      .first()
      .evaluate((el) => getComputedStyle(el).stroke);
    expect(fill).toBe('rgb(95, 208, 214)');
  });
});

test('the funnel chapter sends readers to the funnel builder and the four-kinds chapter to the self-assessment', async ({
  page,
}) => {
  await page.goto('/guide/funnel-and-handoff/');
  await page.getByRole('link', { name: 'funnel builder' }).first().click();
  await expect(page).toHaveURL(/\/funnel\/$/);
  await page.goto('/guide/four-kinds-of-relationship/');
  await page.getByRole('link', { name: 'self-assessment' }).first().click();
  await expect(page).toHaveURL(/\/assessment\/$/);
});

test('chapter 9 marks what later practice added apart from what the 2006 authors wrote', async ({ page }) => {
  await page.goto('/guide/four-kinds-of-relationship/');
  await expect(page.getByRole('heading', { level: 2, name: 'What later practice added' })).toBeVisible();
  const note = page.getByRole('note', { name: /Later practice, not the 2006 article/ });
  await expect(note).toContainText('service-level agreement');
  await expect(note).toContainText('account-based marketing');
  await expect(page.getByText('What the authors describe.').first()).toBeVisible();
});

test('every chapter ends with a Going deeper section for managers', async ({ page }) => {
  for (const id of ['marketing-vs-sales', 'after-the-sale', 'evidence-and-cases']) {
    await page.goto(`/guide/${id}/`);
    const heading = page.getByRole('heading', { level: 2, name: 'Going deeper' });
    await expect(heading).toBeVisible();
    await expect(page.getByText('A question for your team.')).toBeVisible();
  }
});

test('a reader checking a chapter’s sources sees each one as a clean citation, books with their ISBN', async ({
  page,
}) => {
  await page.goto('/guide/the-rivalry/');
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByRole('listitem').filter({ hasText: 'Thought Worlds' })).toHaveText(
    'Christian Homburg and Ove Jensen (2007). The Thought Worlds of Marketing and Sales: Which Differences Make a Difference? Journal of Marketing.',
  );
  await expect(sources.getByRole('listitem').filter({ hasText: 'Drucker' })).toHaveText(
    'Peter F. Drucker (1973). Management: Tasks, Responsibilities, Practices. Harper & Row. ISBN 0-06-011092-9.',
  );
  await expect(sources.getByRole('link', { name: /Thought Worlds/ })).toHaveAttribute(
    'href',
    'https://doi.org/10.1509/jmkg.71.3.124',
  );
});
