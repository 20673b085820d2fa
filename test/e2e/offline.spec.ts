import { test, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createStaticServer } from '../tools/serve.mjs';
import { writeServiceWorker } from '../../src/integrations/offline';
import { FUNNEL_KEY, PROGRESS_KEY } from '../../src/schemas/storage-keys';
import { watchPage } from './helpers';

/**
 * Reading offline (issue 26), the one spec that lets the service worker run (the others block it,
 * see playwright.config.ts). It serves its own copy of dist/ so it can take the site away and then
 * publish a new version of it, with the worker built by the same code as `npm run build`; and the
 * sub-path build (dist-sub/, from `npm run build:sub`) to show the worker keeps to its base.
 */
test.use({ serviceWorkers: 'allow' });
// Saving the whole site and building a second worker take a while on a shared machine.
test.setTimeout(180_000);

const UNVISITED_CHAPTER = '/guide/the-rivalry/';

/** The answer key of a question, read from its server-rendered "Show the answer" list. */
async function rightOptions(question: Locator): Promise<number[]> {
  const lines = await question.locator('.kc-answer li').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
  return lines.flatMap((l, i) => (l.startsWith('Right') ? [i] : []));
}

async function takeCheck(page: Page): Promise<number> {
  const check = page.locator('section.check .kc');
  await check.scrollIntoViewIfNeeded();
  await expect(check.locator('xpath=ancestor-or-self::astro-island[1]')).not.toHaveAttribute('ssr');
  const questions = page.locator('section.check fieldset.kc-q');
  await expect(questions.first()).toBeVisible();
  const n = await questions.count();
  for (let i = 0; i < n; i++) {
    const q = questions.nth(i);
    for (const j of await rightOptions(q)) await q.locator('input').nth(j).check();
    await q.getByRole('button', { name: 'Check answer' }).click();
  }
  return n;
}

const savedState = (page: Page) =>
  page.evaluate(
    ([p, f]) => ({ progress: localStorage.getItem(p!), funnel: localStorage.getItem(f!) }),
    [PROGRESS_KEY, FUNNEL_KEY],
  );

test('after one visit the guide works offline: an unvisited chapter and its check, the funnel builder, the glossary and search; a new version is offered, not forced, and keeps what the reader saved', async ({
  page,
  context,
}, testInfo) => {
  const site = testInfo.outputPath('site');
  cpSync('dist', site, { recursive: true });
  let server: Server = createStaticServer(site);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;
  const problems = watchPage(page, origin);

  // First visit: the home page only. The footer says so once the worker has saved the guide.
  await page.goto(`${origin}/`);
  await expect(page.getByText('Available offline:')).toBeVisible({ timeout: 120_000 });
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

  // The connection goes: the browser is offline and the site's server is gone.
  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((done) => server.close(done));

  // A chapter the reader never opened, and its check.
  await page.goto(`${origin}${UNVISITED_CHAPTER}`);
  await expect(page.locator('h1')).toHaveText(/rivalry/i);
  const n = await takeCheck(page);
  await expect(page.getByRole('status').filter({ hasText: 'You got' })).toContainText(`You got ${n} of ${n} right`);

  // The funnel builder, changed by the reader (it keeps their funnel in this browser).
  await page.goto(`${origin}/funnel/`);
  await page.getByText('Benchmark preset').hover();
  await page.getByLabel('Benchmark preset').selectOption({ label: 'E-commerce' });
  await page.getByRole('button', { name: 'Use this preset' }).click();
  await expect(page.getByLabel('Benchmark preset')).toHaveValue('e-commerce');
  await page.getByLabel('Visitors entering each month').fill('12,500');
  await expect(page.getByRole('table', { name: /^Your funnel each month/ })).toBeVisible();

  // The glossary, and search, whose index the reader never downloaded themselves.
  await page.goto(`${origin}/glossary/`);
  await expect(page.locator('h1')).toHaveText('Glossary');
  await page.locator('header').getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox', { name: 'Search the guide' }).fill('MQL');
  const first = dialog.locator('.search-result').first();
  await expect(first.locator('a[data-top]')).toHaveText(/^MQL/);
  await first.locator('a[data-top]').click();
  await expect(page.locator('h1')).toHaveText(/^MQL/);

  // A page the worker never saved gets the offline page, not the browser's error.
  await page.goto(`${origin}/no-such-page/`);
  await expect(page.locator('h1')).toHaveText('You are offline');

  // Back online, a new version is published: one page changes and the worker is rebuilt.
  const funnelPage = join(site, 'funnel/index.html');
  writeFileSync(
    funnelPage,
    readFileSync(funnelPage, 'utf8').replace('</main>', '<p id="new-version">Changed in the new version.</p></main>'),
  );
  await writeServiceWorker(site, '/');
  server = createStaticServer(site);
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  await context.setOffline(false);

  await page.goto(`${origin}/funnel/`);
  await page.getByText('Benchmark preset').hover();
  await expect(page.getByLabel('Visitors entering each month')).toHaveValue('12500');
  // The browser checks for a new worker when a reader comes back (and once a day); here, now.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

  const notice = page.getByRole('status').filter({ hasText: 'A new version of the guide is ready.' });
  await expect(notice.getByText('A new version of the guide is ready.')).toBeVisible({ timeout: 60_000 });
  // It waits for the reader: typing goes on, and the page is still the old one.
  const visitors = page.getByLabel('Visitors entering each month');
  await visitors.fill('13,000');
  await page.waitForTimeout(1000);
  await expect(visitors).toHaveValue('13,000');
  await expect(page.locator('#new-version')).toHaveCount(0);
  const axe = await new AxeBuilder({ page })
    .include('.update-notice')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);
  const saved = await savedState(page);
  expect(saved.progress).toContain('the-rivalry');
  expect(saved.funnel).toContain('13000');

  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator('#new-version')).toHaveText('Changed in the new version.');
  await expect(page.getByText('Available offline:')).toBeVisible();
  await expect(page.getByText('A new version of the guide is ready.')).toHaveCount(0);
  // What the reader saved is still theirs: the check's score and the funnel.
  expect(await savedState(page)).toEqual(saved);
  await page.getByText('Benchmark preset').hover();
  await expect(page.getByLabel('Visitors entering each month')).toHaveValue('13000');

  expect(problems).toEqual([]);
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

test('under a sub-path the worker keeps to its base: the guide is saved there and a chapter opens offline', async ({
  page,
  context,
}) => {
  // The sub-path build (npm run build:sub), served from its own folder like a GitHub Pages project site.
  const BASE = '/sub/path/';
  const server = createStaticServer('dist-sub', BASE);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const problems = watchPage(page, origin);

  await page.goto(`${origin}${BASE}`);
  await expect(page.getByText('Available offline:')).toBeVisible({ timeout: 120_000 });
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope)).toBe(
    `${origin}${BASE}`,
  );

  await context.setOffline(true);
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await page.goto(`${origin}${BASE}${UNVISITED_CHAPTER.slice(1)}`);
  await expect(page.locator('h1')).toHaveText(/rivalry/i);
  await page.goto(`${origin}${BASE}no-such-page/`);
  await expect(page.locator('h1')).toHaveText('You are offline');
  await expect(page.getByRole('link', { name: 'The glossary' })).toHaveAttribute('href', `${BASE}glossary/`);
  expect(problems).toEqual([]);
});
