import { test, expect } from '@playwright/test';
import { watchLayoutShift, watchPage } from './helpers';

/**
 * A reader who leaves a chapter part-way finds "Continue" on the home page and the guide index,
 * and its link brings them back to the heading they were reading, with nothing shifting as the
 * saved place arrives. (The logic and the island are covered in unit and component tests; this
 * checks the chapter page's scroll tracking and the jump back, which need a real browser.)
 */
test('a reader who left chapter 3 half-way is brought back to the heading they were reading', async ({
  page,
  baseURL,
}) => {
  const problems = watchPage(page, baseURL!);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/guide/what-sales-does/');
  const heading = page.locator('.prose h2[id]').nth(2);
  const id = await heading.getAttribute('id');
  const title = (await heading.textContent())!.trim();
  await heading.evaluate((h) => window.scrollTo(0, h.getBoundingClientRect().top + window.scrollY - 100));
  await expect.poll(() => page.evaluate(() => localStorage.getItem('msg:place'))).toContain(`"heading":"${id}"`);

  const layoutShift = await watchLayoutShift(page);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ['/', '/guide/']) {
      await page.goto(path, { waitUntil: 'networkidle' });
      const go = page.locator('.cr-go');
      await expect(go).toHaveText('Continue: 3. What sales does');
      await expect(go).toHaveAttribute('href', `/guide/what-sales-does/#${id}`);
      await expect(page.locator('.cr-sub')).toContainText(`You stopped at “${title}”`);
      await page.waitForTimeout(300);
      expect(await layoutShift(), `${path} at ${width} px`).toBe(0);
    }
  }

  await page.locator('.cr-go').click();
  await expect(page).toHaveURL(new RegExp(`/guide/what-sales-does/#${id}$`));
  await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
  expect(problems).toEqual([]);
});
