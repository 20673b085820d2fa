import { test, expect, type Page } from '@playwright/test';
import { builtPagePaths } from './sitemap';
import { waitForHydration, watchPage } from './helpers';

/**
 * The site deployed under a path, as on a GitHub Pages project site: dist-sub/ (`npm run build:sub`,
 * base /sub/path/) served at http://localhost:<port>/sub/path/ (the "sub-path" project in
 * playwright.config.ts). Addresses here are relative ("guide/"), so they resolve under the base;
 * test/dist/sub-path.test.ts checks every address in the built files, this checks what only a
 * browser does: scripts that load more code, search, and links made at run time.
 */
const BASE = '/sub/path/';
const pages = builtPagePaths('dist-sub');

/**
 * Requests outside the base and failed ones, and watchPage's console errors except the browser's
 * note of a 404 answer (a failed file is reported here by its address; a missing page is expected).
 */
function watchBase(page: Page, baseURL: string): () => string[] {
  const problems = watchPage(page, baseURL);
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith(BASE)) problems.push(`outside the base: ${r.url()}`);
    else if (r.status() >= 400 && r.request().resourceType() !== 'document') problems.push(`${r.status()}: ${r.url()}`);
  });
  return () => problems.filter((p) => !/^console: Failed to load resource: .* 404/.test(p));
}

test('every page answers under the base, and nothing is served from the root', async ({ request }) => {
  expect(pages.length).toBeGreaterThan(30);
  for (const path of pages) expect((await request.get(path.slice(1))).status(), path).toBe(200);
  expect((await request.get('/guide/')).status()).toBe(404);
});

// One page of each kind: its scripts, styles, islands and the code they load on the first screen.
const SAMPLE = [
  '',
  'guide/funnel-and-handoff/',
  'guide/funnel-and-handoff/check/',
  'glossary/sla/',
  'assessment/',
  'practice/pipeline-review/',
  'progress/',
  'no-such-page/',
];
test('a page of each kind loads everything it needs from inside the base', async ({ page, baseURL }) => {
  const problems = watchBase(page, baseURL!);
  for (const path of SAMPLE) {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBe(path === 'no-such-page/' ? 404 : 200);
    await expect(page.locator('h1'), path).toHaveCount(1);
    await waitForHydration(page);
  }
  // The 404 page's links lead back into the site.
  await page.getByRole('link', { name: 'See every chapter of the guide' }).click();
  await expect(page).toHaveURL(`${baseURL}guide/`);
  expect(problems()).toEqual([]);
});

test('search finds a chapter and opens it, under the base', async ({ page, baseURL }) => {
  const problems = watchBase(page, baseURL!);
  await page.goto('');
  await page.locator('header').getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox', { name: 'Search the guide' }).fill('handoff');
  await expect(dialog.getByRole('status')).toContainText(/\d+ results? for “handoff”/);
  const chapter = dialog.locator(`a[data-result-link][href^="${BASE}guide/"]`).first();
  const href = (await chapter.getAttribute('href'))!;
  await chapter.click();
  await page.waitForURL((u) => `${u.pathname}${u.search}${u.hash}` === href);
  await expect(page.locator('h1')).toBeVisible();
  expect(problems()).toEqual([]);
});

test('a funnel share link names the base and opens the same funnel', async ({ browser, baseURL }) => {
  const sender = await browser.newContext({ baseURL });
  await sender.grantPermissions(['clipboard-read', 'clipboard-write']);
  const a = await sender.newPage();
  const problems = watchBase(a, baseURL!);
  await a.goto('funnel/');
  await a.getByText('Benchmark preset').hover();
  await waitForHydration(a);
  await a.getByLabel('Visitors entering each month').fill('40000');
  await a.getByRole('button', { name: 'Copy link to this funnel' }).click();
  await expect(a.getByText(/^Link copied\./)).toBeVisible();
  const link = await a.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${baseURL}funnel/#f=\\d+\\.[A-Za-z0-9_-]+$`));
  expect(problems()).toEqual([]);
  await sender.close();

  const receiver = await browser.newContext();
  const b = await receiver.newPage();
  await b.goto(link);
  await b.getByText('Benchmark preset').hover();
  await expect(b.getByText('You are looking at a funnel from a link.')).toBeVisible();
  await expect(b.getByLabel('Visitors entering each month')).toHaveValue('40000');
  await receiver.close();
});
