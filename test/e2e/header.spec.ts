import { test, expect, type Page } from '@playwright/test';

const header = (page: Page) => page.locator('header.site-header');
const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const menuButton = (page: Page) => header(page).locator('summary', { hasText: 'Menu' });
const toolsButton = (page: Page) => header(page).locator('summary', { hasText: 'Tools' });

async function headerHeight(page: Page): Promise<number> {
  return header(page).evaluate((el) => el.getBoundingClientRect().height);
}

test.describe('the site header', () => {
  test('at 1024, 1280 and 1600 px it is one row, at most 64 px tall, with name, navigation, search and theme, and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.goto('/guide/');
    for (const width of [1280, 1600]) {
      await page.setViewportSize({ width, height: 800 });
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
      expect(Math.max(...tops) - Math.min(...tops), `${width} px`).toBeLessThan(8);
    }
    {
      // at 1024 px the whole navigation still fits on one row, the tools grouped under one button.
      await page.setViewportSize({ width: 1024, height: 768 });
      await page.goto('/funnel/');
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      await expect(mainNav(page).getByRole('link')).toHaveCount(4);
      for (const link of await mainNav(page).getByRole('link').all()) await expect(link).toBeInViewport();
      await expect(toolsButton(page)).toBeInViewport();
      await toolsButton(page).click();
      await expect(mainNav(page).getByRole('link')).toHaveCount(8);
      for (const link of await mainNav(page).getByRole('link').all()) await expect(link).toBeInViewport();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    }
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
    await expect(header(page).locator('details[data-menu]')).toHaveAttribute('open', '');
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
    await expect(toolsButton(page)).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: 'Funnel builder' })).toBeFocused();
    // Escape closes the innermost list first: the tools, then the menu.
    await page.keyboard.press('Escape');
    await expect(toolsButton(page)).toBeFocused();
    await expect(mainNav(page)).toBeVisible();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/funnel/');
    await expect(mainNav(page)).toBeHidden();
  });

  test('at 1024 px a keyboard user opens the Tools list, reaches every tool, and Escape closes it and returns focus; a click outside closes it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('/guide/');
    const tools = header(page).locator('details[data-disclosure]');
    await mainNav(page).getByRole('link', { name: 'Guide' }).focus();
    await page.keyboard.press('Tab');
    await expect(toolsButton(page)).toBeFocused();
    await expect(tools).not.toHaveAttribute('open');
    await page.keyboard.press('Enter');
    await expect(tools).toHaveAttribute('open', '');
    const names = ['Funnel builder', 'Self-assessment', 'Your own numbers', 'Practice'];
    for (const name of names) {
      await page.keyboard.press('Tab');
      await expect(mainNav(page).getByRole('link', { name })).toBeFocused();
    }
    await expect(mainNav(page).getByRole('link', { name: 'Your own numbers' })).toHaveAttribute(
      'href',
      '/your-numbers/',
    );
    await page.keyboard.press('Escape');
    await expect(tools).not.toHaveAttribute('open');
    await expect(toolsButton(page)).toBeFocused();
    // Leaving the list by keyboard closes it too.
    await page.keyboard.press('Enter');
    for (let i = 0; i <= names.length; i++) await page.keyboard.press('Tab');
    await expect(mainNav(page).getByRole('link', { name: 'Onboarding' })).toBeFocused();
    await expect(tools).not.toHaveAttribute('open');
    await toolsButton(page).click();
    await page.mouse.click(500, 600);
    await expect(tools).not.toHaveAttribute('open');
  });

  test('on a phone, search opens from its button, "/" and Ctrl+K; opened from the menu, it hands focus back to the search button; a click outside closes the menu', async ({
    page,
  }) => {
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
    await page.keyboard.press('Escape');

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
    await menuButton(page).click();
    await toolsButton(page).click();
    await mainNav(page).getByRole('link', { name: 'Your own numbers' }).click();
    await page.waitForURL('**/your-numbers/');
    await context.close();
  });

  test('at 320 px no page scrolls sideways, even with the menu open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    for (const path of [
      '/',
      '/guide/',
      '/guide/marketing-vs-sales/',
      '/funnel/',
      '/assessment/',
      '/glossary/',
      '/search/',
    ]) {
      await page.goto(path);
      expect(await overflow(), path).toBeLessThanOrEqual(0);
      expect(await headerHeight(page), path).toBeLessThanOrEqual(64);
      await menuButton(page).click();
      await expect(mainNav(page)).toBeVisible();
      expect(await overflow(), `${path} with the menu open`).toBeLessThanOrEqual(0);
    }
  });

  test('the keyboard focus ring is the accent colour, not the error red, with at least 3:1 contrast, light and dark', async ({
    page,
  }) => {
    for (const scheme of ['light', 'dark'] as const) {
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
      expect(contrast(ring.outline, ring.bg), scheme).toBeGreaterThanOrEqual(3);
      expect(contrast(ring.outline, ring.headerBg), scheme).toBeGreaterThanOrEqual(3);
    }
  });
});

test('on a 1600 px screen the tool pages use the width and line up with the header, the glossary sets entries side by side, and a chapter keeps a readable measure', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  for (const path of ['/funnel/', '/assessment/', '/assessment/team/', '/progress/', '/glossary/']) {
    await page.goto(path);
    const main = (await page.locator('main').boundingBox())!;
    expect(main.width, path).toBeGreaterThanOrEqual(1500);
    const brand = (await page.locator('header').getByRole('link', { name: /home$/ }).boundingBox())!;
    const h1 = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    expect(Math.abs(brand.x - h1.x), path).toBeLessThanOrEqual(2);
  }

  // Still on the glossary: two entries side by side.
  const [a, b] = await page.locator('.glossary-terms li').all();
  const [boxA, boxB] = [(await a!.boundingBox())!, (await b!.boundingBox())!];
  expect(boxB.x).toBeGreaterThan(boxA.x + boxA.width - 1);
  expect(Math.abs(boxA.y - boxB.y)).toBeLessThan(2);

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
