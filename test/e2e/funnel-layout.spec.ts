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

  for (const label of ['Average deal value', 'Marketing budget a month (optional)']) {
    test(`the results bar never covers “${label}”: a tap reaches it and focus brings it clear`, async ({ page }) => {
      await openAwake(page);
      const field = page.getByLabel(label);
      await putBehindBar(field);
      expect(await atCentre(field), 'the bar is over the field before it is used').toContain('funnel-bar');

      // A tap on the field behind the bar reaches the field, which then comes up above the bar.
      const r = (await field.boundingBox())!;
      await page.touchscreen.tap(r.x + r.width / 2, r.y + r.height / 2);
      await expect(field).toBeFocused();
      await expect.poll(() => atCentre(field)).toBe('the field');

      // Focus from the keyboard (or a screen reader) does the same.
      await page.getByLabel('Benchmark preset').focus();
      await putBehindBar(field);
      await field.evaluate((el) => el.focus());
      await expect.poll(() => atCentre(field)).toBe('the field');
    });
  }
});
