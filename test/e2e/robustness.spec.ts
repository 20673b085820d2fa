import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { waitForHydration, watchPage } from './helpers';
import { workedFunnel } from '../fixtures/funnel';
import { encodeResultCode } from '../../src/lib/assessment/code-encode';

/*
 * Every widget against broken storage (private mode, full quota, corrupt JSON, data from another
 * version), two tabs at once and hostile text. Every test also asserts that nothing broke on the
 * way: no Content Security Policy violation, no uncaught error, no console error, no alert dialog.
 */

const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(1)</script>';

type Win = Window & { cspViolations?: string[] };

/** Watches every page of the context; afterEach asserts that nothing went wrong on any of them. */
let pageProblems: string[] = [];
let watchedPages: Page[] = [];
test.beforeEach(async ({ context, page, baseURL }) => {
  pageProblems = [];
  watchedPages = [];
  await context.addInitScript(() => {
    (window as Win).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as Win).cspViolations!.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const watch = (p: Page) => {
    watchedPages.push(p);
    const problems = watchPage(p, baseURL!);
    p.on('dialog', (d) => {
      pageProblems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    // watchPage's list is live: afterEach reads it.
    (p as Page & { problems?: string[] }).problems = problems;
  };
  watch(page);
  context.on('page', watch);
});

test.afterEach(async () => {
  for (const p of watchedPages) {
    pageProblems.push(...((p as Page & { problems?: string[] }).problems ?? []));
    if (p.isClosed()) continue;
    const csp = await p.evaluate(() => (window as Win).cspViolations ?? []).catch(() => []);
    pageProblems.push(...csp.map((v) => `CSP violation: ${v}`));
  }
  expect(pageProblems).toEqual([]);
});

/** Private mode: every storage call throws, as Safari's and some locked-down browsers' do. */
function privateMode() {
  const deny = () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  Storage.prototype.getItem = deny;
  Storage.prototype.setItem = deny;
  Storage.prototype.removeItem = deny;
}

/** A full quota: reads work, every write throws QuotaExceededError. Seeds `seed` first. */
function fullStorage(seed: Record<string, string>) {
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
  Storage.prototype.setItem = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };
}

/** Seeds saved data once, before the page's scripts run (not again on reload). */
function seedOnce(seed: Record<string, string>) {
  if (sessionStorage.getItem('seeded')) return;
  sessionStorage.setItem('seeded', '1');
  for (const [k, v] of Object.entries(seed)) localStorage.setItem(k, v);
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

async function downloadedText(page: Page, button: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

/** The text is on the page as text, and nothing it could have become as markup exists. */
async function expectShownAsText(page: Page, text: string) {
  await expect(page.getByText(text, { exact: false }).first()).toBeVisible();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(
    await page.locator('script').evaluateAll((els) => els.filter((e) => e.textContent?.includes('alert(1)')).length),
  ).toBe(0);
}

/** The notices and their buttons meet WCAG 2.2 AA in both themes. */
async function expectNoAxeViolations(page: Page) {
  for (const scheme of ['light', 'dark'] as const) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), scheme);
    const results = await new AxeBuilder({ page })
      .include('.storage-notice')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((v) => `${scheme} ${v.id}`)).toEqual([]);
  }
}

// ---------------------------------------------------------------- funnel builder

/** Scrolls to every island (some hydrate only when visible) and waits until all have hydrated. */
async function hydrateAll(page: Page) {
  // Islands that wait for the reader's intent (the chapter sidebar's progress marks) are left alone.
  for (const island of await page.locator('astro-island:not([client="intent"])').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
  await waitForHydration(page);
}

async function openBuilder(page: Page, hash = '') {
  await page.goto(`/funnel/${hash}`);
  // The builder hydrates on the reader's first move towards it (client:intent).
  await page.getByText('Benchmark preset').hover();
  await expect(page.locator('astro-island').first()).not.toHaveAttribute('ssr');
  await hydrateAll(page);
}
const volume = (page: Page) => page.getByLabel('Visitors entering each month');
const funnelStatus = (page: Page) => page.locator('.funnel-builder').first().getByRole('status').first();
const stage = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^Stage ${n}:`) });
const funnelTable = (page: Page) => page.getByRole('table', { name: /^Your funnel each month/ });

/** Typing a new volume changes the results: the builder works whatever storage does. */
async function expectBuilderWorks(page: Page) {
  await volume(page).fill('20000');
  await expect(funnelTable(page).getByRole('row').nth(1)).toContainText('20,000');
}

test.describe('funnel builder with broken storage', () => {
  test('in private mode the builder works and says the funnel will not be kept', async ({ page }) => {
    await page.addInitScript(privateMode);
    await openBuilder(page);
    await expect(funnelStatus(page)).toContainText(
      'This browser does not let the page save (private mode or blocked storage), so your funnel and scenarios will be lost when you close the tab.',
    );
    await expectBuilderWorks(page);
    await page.getByLabel('Name this funnel').fill('Plan B');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await expect(page.getByRole('button', { name: 'Delete Plan B' })).toBeVisible();
  });

  test('with full storage the builder works, says so at once, and keeps the last saved funnel intact', async ({
    page,
  }) => {
    const saved = JSON.stringify({
      v: 1,
      data: {
        funnel: { ...workedFunnel, volume: 3000 },
        scenarios: [],
        sla: { hours: 24, attempts: 6 },
        scale: 'linear',
      },
    });
    await page.addInitScript(fullStorage, { 'msg:funnel': saved });
    await openBuilder(page);
    await expect(funnelStatus(page)).toContainText(
      'This browser’s storage is full, so your funnel and scenarios will be lost when you close the tab.',
    );
    await expect(volume(page)).toHaveValue('3000');
    await expectBuilderWorks(page);
    expect(await stored(page, 'msg:funnel')).toBe(saved);
  });

  test('corrupt saved data is copied aside, explained, offered for download and never lost', async ({ page }) => {
    const corrupt = '{"v":1,"data":{"funnel":{"stages":[{"name":"Lea';
    await page.addInitScript(seedOnce, { 'msg:funnel': corrupt });
    await openBuilder(page);
    await expect(funnelStatus(page)).toContainText(
      'Your saved funnel could not be read (it is not valid JSON), so this starts afresh. A copy of the old data was kept in this browser',
    );
    expect(await stored(page, 'msg:funnel:unreadable')).toBe(corrupt);
    expect(await downloadedText(page, 'Download the unreadable funnel')).toBe(corrupt);
    // The notice, its download and its dismiss button, in both themes.
    await expectNoAxeViolations(page);

    await expectBuilderWorks(page);
    expect(await stored(page, 'msg:funnel')).toContain('"volume":20000');
    // On the next visit, after edits, the kept copy is still on offer until the reader dismisses it.
    await openBuilder(page);
    await expect(volume(page)).toHaveValue('20000');
    await expect(funnelStatus(page)).toContainText('could not be read on an earlier visit is still kept');
    expect(await downloadedText(page, 'Download the unreadable funnel')).toBe(corrupt);
    await page.getByRole('button', { name: 'Dismiss and delete the copy' }).click();
    await expect(page.getByText(/could not be read/)).toHaveCount(0);
    expect(await stored(page, 'msg:funnel:unreadable')).toBeNull();
    expect(await stored(page, 'msg:funnel')).toContain('"volume":20000');
  });
});

// ---------------------------------------------------------------- self-assessment

async function openAssessment(page: Page) {
  await page.goto('/assessment/');
  await hydrateAll(page);
  await expect(page.getByText('Step 1 of 10')).toBeVisible();
}
const assessmentStatus = (page: Page) => page.locator('.assessment-app > .storage-notice');

/**
 * Completes the wizard by mouse: Marketing, an optional team label, then "Agree" to everything. That scores 71:
 * questionnaire version 3 scores its nine negatively worded statements in reverse (see the scoring page).
 */
async function completeAssessment(page: Page, team = '') {
  await page.getByRole('radio', { name: 'Marketing' }).check();
  if (team) await page.getByLabel('Team label (optional)').fill(team);
  await page.getByRole('button', { name: 'Next' }).click();
  for (let step = 2; step <= 10; step++) {
    await expect(page.getByText(`Step ${step} of 10`)).toBeVisible();
    for (const radio of await page.getByRole('radio', { name: '4 Agree' }).all()) await radio.check();
    await page.getByRole('button', { name: step === 10 ? 'See my results' : 'Next' }).click();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Your result' })).toBeFocused();
  await expect(page.getByTestId('overall-score')).toHaveText('71');
}

test.describe('self-assessment with broken storage', () => {
  test('in private mode, and with full storage, a reader is told and still completes the assessment; the saved history is untouched', async ({
    browser,
    baseURL,
  }) => {
    const history = JSON.stringify({ v: 1, data: [] });
    for (const [setup, seed, message] of [
      [
        privateMode,
        undefined,
        'This browser does not let the page save (private mode or blocked storage), so your answers will be lost when you close the tab. Finish in one go',
      ],
      [
        fullStorage,
        { 'msg:assessment-history': history },
        'This browser’s storage is full, so your answers will be lost',
      ],
    ] as const) {
      const context = await browser.newContext({ baseURL });
      const page = await context.newPage();
      await page.addInitScript(setup as (a: unknown) => void, seed);
      await openAssessment(page);
      await expect(assessmentStatus(page)).toHaveAttribute('role', 'status');
      await expect(assessmentStatus(page)).toContainText(message);
      await completeAssessment(page);
      if (seed) expect(await stored(page, 'msg:assessment-history')).toBe(history);
      await context.close();
    }
  });

  test('a corrupt history is copied aside and downloadable, and a new attempt never replaces the copy', async ({
    page,
  }) => {
    const corrupt = '[{"completedAt":"2026-0';
    await page.addInitScript(seedOnce, { 'msg:assessment-history': corrupt });
    await openAssessment(page);
    await expect(assessmentStatus(page)).toContainText(
      'Your saved assessment history could not be read (it is not valid JSON), so this starts afresh.',
    );
    expect(await downloadedText(page, 'Download the unreadable assessment history')).toBe(corrupt);
    await completeAssessment(page);
    expect(await stored(page, 'msg:assessment-history:unreadable')).toBe(corrupt);
    expect(JSON.parse((await stored(page, 'msg:assessment-history'))!).data).toHaveLength(1);
  });
});

// ---------------------------------------------------------------- theme switch

const themeSelect = (page: Page) => page.getByRole('combobox', { name: 'Theme' });
const shownTheme = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme);

test.describe('theme switch with broken storage', () => {
  test('in private mode and with full storage the theme still switches for the page in view; a corrupt saved theme means "System", and a new choice is saved', async ({
    browser,
    baseURL,
    page,
  }) => {
    for (const [name, setup, seed] of [
      ['in private mode', privateMode, undefined],
      ['with full storage', fullStorage, {}],
    ] as const) {
      const context = await browser.newContext({ baseURL, colorScheme: 'light' });
      const page = await context.newPage();
      await page.addInitScript(setup as (a: unknown) => void, seed);
      await page.goto('/about/');
      await expect(themeSelect(page), name).toHaveValue('system');
      await themeSelect(page).selectOption('dark');
      expect(await shownTheme(page), name).toBe('dark');
      await themeSelect(page).selectOption('light');
      expect(await shownTheme(page), name).toBe('light');
      await context.close();
    }

    await page.emulateMedia({ colorScheme: 'dark' });
    // The theme was always a bare word, never versioned JSON: anything else is unreadable.
    await page.addInitScript(seedOnce, { 'msg:theme': '{"v":1,"data":"dark' });
    await page.goto('/about/');
    await expect(themeSelect(page)).toHaveValue('system');
    expect(await shownTheme(page)).toBe('dark');
    await themeSelect(page).selectOption('light');
    expect(await stored(page, 'msg:theme')).toBe('light');
    await page.reload();
    expect(await shownTheme(page)).toBe('light');
  });
});

// ---------------------------------------------------------------- two tabs

async function twoTabs(context: BrowserContext, page: Page, open: (p: Page) => Promise<void>) {
  await open(page);
  const other = await context.newPage();
  await open(other);
  return other;
}

test.describe('two tabs on the same widget', () => {
  test('a funnel edited in one tab updates in the other, both ways, and so does the theme', async ({
    context,
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    const other = await twoTabs(context, page, (p) => openBuilder(p));
    await page.bringToFront();
    await volume(page).fill('4321');
    await expect(volume(other)).toHaveValue('4321');
    await expect(funnelTable(other).getByRole('row').nth(1)).toContainText('4,321');
    await other.bringToFront();
    await stage(other, 1).getByLabel('Name').fill('Site visitor');
    await expect(funnelTable(page).getByRole('rowheader', { name: 'Site visitor' })).toBeVisible();
    await other.getByLabel('Name this funnel').fill('From tab two');
    await other.getByRole('button', { name: 'Save scenario' }).click();
    await expect(page.getByRole('button', { name: 'Delete From tab two' })).toBeVisible();

    await page.bringToFront();
    await themeSelect(page).selectOption('dark');
    await expect(other.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(themeSelect(other)).toHaveValue('dark');
  });

  test('an assessment answered in one tab shows the same answers in the other, which follows it to the result', async ({
    context,
    page,
  }) => {
    const other = await twoTabs(context, page, openAssessment);
    await page.bringToFront();
    await page.getByRole('radio', { name: 'Sales' }).check();
    await expect(other.getByRole('radio', { name: 'Sales' })).toBeChecked();
    await page.getByLabel('Team label (optional)').fill('North');
    await expect(other.getByLabel('Team label (optional)')).toHaveValue('North');
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(other.getByText('Step 2 of 10')).toBeVisible();
    const agree = await page.getByRole('radio', { name: '5 Strongly agree' }).all();
    for (const radio of agree) await radio.check();
    await expect(other.getByRole('radio', { name: '5 Strongly agree' })).toHaveCount(agree.length);
    for (const radio of await other.getByRole('radio', { name: '5 Strongly agree' }).all())
      await expect(radio).toBeChecked();
    // Back to the start in this tab, then finished: the other tab shows the result.
    await page.getByRole('button', { name: 'Back' }).click();
    await completeAssessment(page);
    await expect(other.getByRole('heading', { level: 2, name: 'Your result' })).toBeVisible();
    await expect(other.getByTestId('overall-score')).toHaveText('71');
  });
});

// ---------------------------------------------------------------- hostile text

test.describe('text a reader types or pastes is shown as text', () => {
  test('a hostile team label stays text on the results, the history and the shared result, and a hostile search stays text too', async ({
    page,
  }) => {
    await openAssessment(page);
    await completeAssessment(page, IMG);
    await expectShownAsText(page, IMG);
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await page.goto(link);
    await hydrateAll(page);
    await expect(page.locator('.team-label')).toHaveText(IMG);
    await expectShownAsText(page, IMG);
    {
      // a hostile search in the header dialog and in a /search/ address stays text.
      await page.goto('/guide/');
      await page.locator('header').getByRole('link', { name: 'Search' }).click();
      const field = page
        .getByRole('dialog', { name: 'Search the guide' })
        .getByRole('searchbox', { name: 'Search the guide' });
      await field.fill(`handoff ${SCRIPT}`);
      await expect(page.getByRole('dialog').getByRole('status')).toContainText(`for “handoff ${SCRIPT}”`);
      await expectShownAsText(page, SCRIPT);
      await page.keyboard.press('Escape');

      await page.goto(`/search/?q=${encodeURIComponent(`${SCRIPT} ${IMG}`)}`);
      await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue(`${SCRIPT} ${IMG}`);
      await expect(page.getByRole('status')).toContainText(`“${SCRIPT} ${IMG}”`);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
  });
});

// ---------------------------------------------------------------- CSP while every widget is used

test.describe('Content Security Policy while every widget is used', () => {
  test('the funnel builder: presets, goal mode, log scale, stages, scenarios, SLA, CSV and a shared link', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await openBuilder(page);
    await page.getByLabel('Benchmark preset').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Use this preset' }).click();
    await page.getByRole('radio', { name: /^Goal/ }).check();
    await page.getByRole('radio', { name: /^Logarithmic/ }).check();
    await page.getByRole('button', { name: 'Add a stage' }).click();
    await stage(page, 1)
      .getByRole('button', { name: /^Remove/ })
      .click();
    await page.getByLabel('Name this funnel').fill('CSP check');
    await page.getByRole('button', { name: 'Save scenario' }).click();
    await page.getByLabel('Sales follows up within (hours)').fill('4');
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    await page.getByRole('button', { name: 'Copy link to this funnel' }).click();
    await expect(page.getByText(/^Link copied\./)).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    await openBuilder(page, new URL(link).hash);
    await expect(page.getByRole('button', { name: 'Keep this funnel' })).toBeVisible();
    await page.getByRole('button', { name: 'Keep this funnel' }).click();
    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    // The funnel maths chapter previews the builder and links to it; afterEach checks this last page too.
    await page.goto('/guide/scoring-and-funnel-maths/');
    await hydrateAll(page);
    await expect(page.getByRole('note', { name: /funnel, each month/ })).toContainText('MQLs');
    await page.getByRole('link', { name: 'Change these numbers in the funnel builder' }).click();
    await expect(page).toHaveURL(/\/funnel\/$/);
  });

  test('the assessment, its shared result, the team view and the theme switch', async ({ page }) => {
    await openAssessment(page);
    await completeAssessment(page, 'North');
    await themeSelect(page).selectOption('dark');
    const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue();
    await page.getByRole('button', { name: 'Change my answers' }).click();
    await expect(page.getByText('Step 2 of 10')).toBeVisible();
    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    await page.goto(link);
    await hydrateAll(page);
    await expect(page.getByTestId('overall-score')).toHaveText('71');
    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    await page.goto('/assessment/team/');
    await hydrateAll(page);
    const code = encodeResultCode({
      questionnaireVersion: 1,
      nonce: 9,
      role: 'sales',
      team: 'South',
      date: '2026-05-04',
      answers: Array<number>(27).fill(3),
    });
    await page.getByRole('textbox', { name: 'Result codes or share links, one per line' }).fill(`${link}\n${code}`);
    await page.getByRole('button', { name: 'Build the team view' }).click();
    // The team view scores the questionnaire version most codes share and lists the version-1 code as left out.
    await expect(page.getByTestId('team-score')).toHaveText('71');
    await page.getByRole('button', { name: 'Workshop mode' }).click();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('region', { name: 'Workshop' }).getByRole('button', { name: 'Download CSV' }).click(),
    ]);
  });

  test('search: the header dialog, a result and the /search/ page with filters', async ({ page }) => {
    await page.goto('/');
    await page.locator('header').getByRole('link', { name: 'Search' }).click();
    await page.getByRole('searchbox', { name: 'Search the guide' }).fill('handoff');
    await expect(page.getByRole('dialog').getByRole('status')).toContainText(/\d+ results? for “handoff”/);
    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.pathname !== '/');
    expect(await page.evaluate(() => (window as Win).cspViolations)).toEqual([]);
    await page.goto('/search/?q=service+level+agreement');
    await expect(page.getByRole('status')).toContainText(/results? for/);
    await page.getByRole('checkbox').first().check();
    await expect(page).toHaveURL(/section=|audience=/);
  });
});
