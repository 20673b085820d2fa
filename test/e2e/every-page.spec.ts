import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtHtml, builtPagePaths, sitemapPaths } from './sitemap';
import { isNoindex } from '../../src/integrations/sitemap-filter';
import { watchPage } from './helpers';

const paths = builtPagePaths();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the build has the core pages of the site, and the sitemap lists exactly those search engines may index', () => {
  for (const p of ['/', '/guide/', '/glossary/', '/about/', '/search/', '/funnel/', '/assessment/', '/onboarding/']) {
    expect(paths).toContain(p);
  }
  const noindex = paths.filter((p) => isNoindex(builtHtml(p)));
  expect(noindex).toEqual(['/404.html', '/assessment/result/', '/search/']);
  expect(sitemapPaths()).toEqual(paths.filter((p) => !noindex.includes(p)));
});

test('every page names itself as canonical, except the 404 page, which stands for any missing address', () => {
  for (const p of paths) {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(builtHtml(p))?.[1];
    if (p === '/404.html') expect(canonical, p).toBeUndefined();
    else expect(canonical && new URL(canonical).pathname, p).toBe(p);
  }
});

test('the server forbids other sites to frame any page, through the CSP header (a <meta> policy cannot)', async ({
  request,
}) => {
  for (const p of ['/', '/funnel/', '/404.html']) {
    const header = (await request.get(p)).headers()['content-security-policy'] ?? '';
    expect(
      header.split(';').map((d) => d.trim()),
      p,
    ).toContain("frame-ancestors 'none'");
  }
  for (const p of paths)
    expect(builtHtml(p), p).not.toMatch(/<meta http-equiv="content-security-policy"[^>]*frame-ancestors/i);
});

/**
 * The per-page browser checks. Glossary term pages all come from one template with short text, so
 * three stand for the rest (the shortest, one with an expansion, one with aliases); the dist check
 * test/dist/glossary-pages.test.ts reads every one of them.
 */
const SAMPLE_TERMS = new Set(['/glossary/bow-tie/', '/glossary/sla/', '/glossary/cold-call/']);
const browserChecked = paths.filter((p) => !/^\/glossary\/[^/]+\/$/.test(p) || SAMPLE_TERMS.has(p));

for (const path of browserChecked) {
  test.describe(`page ${path}`, () => {
    test('loads with status 200, no console error and no third-party request', async ({ page, baseURL }) => {
      const problems = watchPage(page, baseURL!);
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await expect(page.locator('h1')).toHaveCount(1);
      expect(problems).toEqual([]);
    });

    for (const scheme of ['light', 'dark'] as const) {
      test(`has no WCAG 2.2 A/AA violations in the ${scheme} theme`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path, { waitUntil: 'networkidle' });
        await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary).toEqual([]);
      });
    }

    test('can be read with JavaScript turned off', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(path);
      await expect(page.locator('h1')).toBeVisible();
      const text = (await page.locator('main').innerText()).trim();
      // The 404 page is short by design: what it must give is a way on, which works without JavaScript.
      if (path === '/404.html') await expect(page.locator('main a[href]')).toHaveCount(4);
      else expect(text.length).toBeGreaterThan(200);
      await context.close();
    });

    test('fits a 320 px wide screen without horizontal scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path, { waitUntil: 'networkidle' });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
