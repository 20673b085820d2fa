import { test, expect, type Locator, type Page } from '@playwright/test';

/** Nothing sticky covers what the reader is using, and tables fit where they are (issue 27). */

async function openAwake(page: Page) {
  await page.goto('/funnel/');
  await page.getByLabel('Benchmark preset').focus();
  await expect(page.locator('astro-island[client="intent"]')).not.toHaveAttribute('ssr');
  await page.evaluate(() => document.fonts.ready);
}

/**
 * What is at the middle of `field`: the field itself, or what covers it. The bar lets taps through
 * to what is behind it, so the page's hit test alone cannot tell: the bar's box is checked too.
 */
const atCentre = (field: Locator) =>
  field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
    const bar = document.querySelector('.funnel-bar')!.getBoundingClientRect();
    if (x >= bar.left && x <= bar.right && y >= bar.top && y <= bar.bottom) return 'under the funnel-bar';
    const hit = document.elementFromPoint(x, y);
    return hit === el ? 'the field' : (hit?.closest('[class]')?.className ?? String(hit));
  });

/** Scrolls (at once) so the middle of `field` sits 24 px above the bottom of the screen, where the phone bar is. */
const putBehindBar = (field: Locator) =>
  field.evaluate((el) => {
    const r = el.getBoundingClientRect();
    window.scrollBy({ top: r.top + r.height / 2 - (innerHeight - 24), behavior: 'instant' });
  });

test.describe('on a 390 px phone', () => {
  // 700 px: what is left of a phone's screen under the browser's own bars.
  test.use({ viewport: { width: 390, height: 700 }, hasTouch: true, isMobile: true });

  test('the results bar never covers “Average deal value” or the budget field: a tap reaches each and focus brings it clear', async ({
    page,
  }) => {
    await openAwake(page);
    for (const label of ['Average deal value', 'Marketing budget a month (optional)']) {
      const field = page.getByLabel(label);
      await putBehindBar(field);
      expect(await atCentre(field), `the bar is over “${label}” before it is used`).toContain('funnel-bar');

      // A tap on the field behind the bar reaches the field, which then comes up above the bar.
      const r = (await field.boundingBox())!;
      await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
      await expect(field).toBeFocused();
      await expect.poll(() => atCentre(field), label).toBe('the field');

      // Focus from the keyboard (or a screen reader) does the same.
      await page.getByLabel('Benchmark preset').focus();
      await putBehindBar(field);
      await field.evaluate((el) => el.focus());
      await expect.poll(() => atCentre(field), label).toBe('the field');
    }
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the results table fits its column in both directions, and its header row is never under the sticky headline', async ({
    page,
  }) => {
    await openAwake(page);
    const table = page.locator('.funnel-table');
    for (const mode of ['Forward', 'Goal']) {
      await page.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
      const fits = await table.evaluate((t) => {
        const column = t.closest('.funnel-results')!.getBoundingClientRect();
        const r = t.getBoundingClientRect();
        return {
          left: r.left >= column.left - 0.5,
          right: r.right <= column.right + 0.5,
          page: document.documentElement.scrollWidth <= innerWidth,
        };
      });
      expect(fits, `${mode}: the table within the results column`).toEqual({ left: true, right: true, page: true });
      // Scroll until the table's top would be well under the headline, then look at each column header.
      await table.evaluate((t) => window.scrollBy({ top: t.getBoundingClientRect().top - 60, behavior: 'instant' }));
      const hidden = await table.evaluate((t) =>
        [...t.querySelectorAll('thead th')]
          .filter((th) => {
            const r = th.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            return !th.contains(hit);
          })
          .map((th) => th.textContent),
      );
      expect(hidden, `${mode}: column headers covered`).toEqual([]);
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    }
  });
});

test.describe('benchmark tables on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('each step is a compact card with no tall empty cells', async ({ page }) => {
    await page.goto('/funnel/');
    const rows = page.locator('.bench-table tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(12);
    for (const row of await rows.all()) {
      const box = (await row.boundingBox())!;
      expect(box.width, 'no sideways scrolling').toBeLessThanOrEqual(358 + 1);
      // Before: 400–530 px rows, mostly empty cells beside a source squeezed into a narrow column.
      expect(box.height, `${await row.locator('th').textContent()}: row height`).toBeLessThan(400);
      for (const cell of await row.locator('td:not(.bench-source)').all())
        expect((await cell.boundingBox())!.height, 'low, typical and high: one short line each').toBeLessThanOrEqual(
          60,
        );
    }
  });
});
