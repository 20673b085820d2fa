import { test, expect, type Page } from '@playwright/test';

const header = (page: Page) => page.locator('header.site-header');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const menuButton = (page: Page) => header(page).locator('summary', { hasText: 'Menu' });

async function headerHeight(page: Page): Promise<number> {
  return header(page).evaluate((el) => el.getBoundingClientRect().height);
}

test.describe('the site header', () => {
  for (const width of [1280, 1600]) {
    test(`at ${width} px it is one row, at most 64 px tall, with name, navigation, search and theme`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/guide/');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      await expect(menuButton(page)).toBeHidden();
      const parts = [
        header(page).getByRole('link', { name: /home$/ }),
        mainNav(page).getByRole('link', { name: 'Progress' }),
        header(page).getByRole('link', { name: 'Search' }),
        header(page).getByRole('combobox', { name: 'Theme' }),
      ];
      const tops: number[] = [];
      for (const part of parts) {
        await expect(part).toBeVisible();
        const box = (await part.boundingBox())!;
        tops.push(box.y + box.height / 2);
      }
      // Same row: every control's middle within a few pixels of the others'.
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
    });
  }

  test('at 1024 px the whole navigation still fits on one row without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/funnel/');
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    await expect(mainNav(page).getByRole('link')).toHaveCount(7);
    for (const link of await mainNav(page).getByRole('link').all()) await expect(link).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
  });

  test('on a 390 px phone it is at most 64 px tall and a keyboard user opens the menu, follows a link, or closes it with Escape', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/guide/');
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    await expect(mainNav(page)).toBeHidden();
    await expect(header(page).getByRole('link', { name: 'Search' })).toBeVisible();

    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // home
    await page.keyboard.press('Tab');
    await expect(menuButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(mainNav(page)).toBeVisible();
    await expect(header(page).locator('details')).toHaveAttribute('open', '');
    // Opening the menu covers the page but never makes the header itself taller.
    expect(await headerHeight(page)).toBeLessThanOrEqual(64);
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: 'Guide' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(mainNav(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();

    await page.keyboard.press('Space');
    await expect(mainNav(page)).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: 'Funnel builder' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/funnel/');
    await expect(mainNav(page)).toBeHidden();
  });

  test('on a phone, search still opens from its button, "/" and Ctrl+K', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/about/');
    const field = page.getByRole('dialog', { name: 'Search the guide' }).getByRole('searchbox');
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+k');
    await expect(field).toBeFocused();
    await page.keyboard.press('Escape');
    await header(page).getByRole('link', { name: 'Search' }).click();
    await expect(field).toBeFocused();
  });

  test('on a phone, search opened from a link in the menu hands focus back to the search button when it closes', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/guide/');
    await menuButton(page).click();
    await mainNav(page).getByRole('link', { name: 'Glossary' }).focus();
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await expect(dialog.getByRole('searchbox')).toBeFocused();
    // Focus left the menu, so it closed; its link cannot take focus back.
    await expect(mainNav(page)).toBeHidden();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(header(page).getByRole('link', { name: 'Search' })).toBeFocused();
  });

  test('a click outside the open menu closes it', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/guide/');
    await menuButton(page).click();
    await expect(mainNav(page)).toBeVisible();
    await page.mouse.click(200, 700);
    await expect(mainNav(page)).toBeHidden();
  });

  test('without JavaScript the phone menu still opens and its links work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/guide/');
    await expect(mainNav(page)).toBeHidden();
    await menuButton(page).click();
    await expect(mainNav(page)).toBeVisible();
    await mainNav(page).getByRole('link', { name: 'Glossary' }).click();
    await page.waitForURL('**/glossary/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
    await context.close();
  });

  for (const path of [
    '/',
    '/guide/',
    '/guide/marketing-vs-sales/',
    '/funnel/',
    '/assessment/',
    '/glossary/',
    '/search/',
  ]) {
    test(`at 320 px ${path} never scrolls sideways, even with the menu open`, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      await menuButton(page).click();
      await expect(mainNav(page)).toBeVisible();
      expect(await overflow()).toBeLessThanOrEqual(0);
    });
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`the keyboard focus ring is the accent colour, not the error red, with at least 3:1 contrast (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/guide/');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const probe = (v: string) => {
          const d = document.createElement('div');
          d.style.color = `var(${v})`;
          document.body.append(d);
          const c = getComputedStyle(d).color;
          d.remove();
          return c;
        };
        const header = document.querySelector('header')!;
        return {
          outline: getComputedStyle(el).outlineColor,
          style: getComputedStyle(el).outlineStyle,
          accent: probe('--accent'),
          bad: probe('--bad'),
          bg: getComputedStyle(document.body).backgroundColor,
          headerBg: getComputedStyle(header).backgroundColor,
        };
      });
      expect(ring.style).toBe('solid');
      expect(ring.outline).toBe(ring.accent);
      expect(ring.outline).not.toBe(ring.bad);
      const lum = (rgb: string) => {
        const [r, g, b] = rgb
          .match(/\d+(\.\d+)?/g)!
          .slice(0, 3)
          .map(Number);
        const ch = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
      };
      const contrast = (a: string, b: string) => {
        const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m) as [number, number];
        return (x + 0.05) / (y + 0.05);
      };
      expect(contrast(ring.outline, ring.bg)).toBeGreaterThanOrEqual(3);
      expect(contrast(ring.outline, ring.headerBg)).toBeGreaterThanOrEqual(3);
    });
  }
});

test.describe('page widths', () => {
  for (const path of ['/funnel/', '/assessment/', '/assessment/team/', '/progress/', '/glossary/']) {
    test(`the tool page ${path} uses the width of a 1600 px screen, and the header lines up with it`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: 1600, height: 900 });
      await page.goto(path);
      const main = (await page.locator('main').boundingBox())!;
      expect(main.width).toBeGreaterThanOrEqual(1500);
      const brand = (await page.locator('header').getByRole('link', { name: /home$/ }).boundingBox())!;
      const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
      expect(Math.abs(brand.x - h1.x)).toBeLessThanOrEqual(2);
    });
  }

  test('the glossary shows entries side by side on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/glossary/');
    const [a, b] = await page.locator('.glossary-terms li').all();
    const [boxA, boxB] = [(await a!.boundingBox())!, (await b!.boundingBox())!];
    expect(boxB.x).toBeGreaterThan(boxA.x + boxA.width - 1);
    expect(Math.abs(boxA.y - boxB.y)).toBeLessThan(2);
  });

  test('a chapter keeps a readable measure on a wide screen', async ({ page }) => {
    await page.setViewportSize({ width: 1600, height: 900 });
    await page.goto('/guide/what-sales-does/');
    const inCh = await page
      .locator('article.chapter .prose > p')
      .first()
      .evaluate((p) => {
        const probe = document.createElement('span');
        probe.style.cssText = 'display:inline-block;width:10ch';
        p.append(probe);
        const ch = probe.getBoundingClientRect().width / 10;
        probe.remove();
        return p.getBoundingClientRect().width / ch;
      });
    // The site's measure is 68ch: lines short enough to read, however wide the screen.
    expect(inCh).toBeLessThanOrEqual(70);
  });
});
