import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { sitemapPaths } from './sitemap';
import { watchPage } from './helpers';

const paths = sitemapPaths();
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the sitemap lists the core pages of the site', () => {
  for (const p of ['/', '/guide/', '/glossary/', '/about/', '/search/', '/funnel/', '/assessment/', '/onboarding/']) {
    expect(paths).toContain(p);
  }
});

for (const path of paths) {
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
      expect(text.length).toBeGreaterThan(200);
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
