import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

test('a reader picks the dark theme and it is there, without a flash, on the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const theme = page.getByRole('combobox', { name: 'Theme' });
  await expect(theme).toBeVisible();
  await theme.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

  // The theme must be applied before first paint: record it at the first DOM event.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      (window as unknown as { __firstTheme?: string }).__firstTheme ??= document.documentElement.dataset.theme;
    });
  });
  await page.goto('/guide/');
  expect(await page.evaluate(() => (window as unknown as { __firstTheme?: string }).__firstTheme)).toBe('dark');
  await expect(page.getByRole('combobox', { name: 'Theme' })).toHaveValue('dark');

  await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('a chapter shows its place in the guide (sidebar, breadcrumb, contents, next chapter, none in print), and a keyboard user skips straight to its content', async ({
  page,
}) => {
  await page.goto('/guide/marketing-vs-sales/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Chapters' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  const sidebar = page.getByRole('navigation', { name: 'Chapters' });
  await expect(sidebar.getByRole('link', { name: /Two jobs that people mix up/ })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(
    page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Guide' }),
  ).toHaveAttribute('href', '/guide/');
  await expect(page.getByText(/\d+ min read/)).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Key takeaways' }),
  ).toBeVisible();
  await page.getByRole('link', { name: /Next/ }).click();
  await expect(page).toHaveURL(/\/guide\/what-marketing-does\/$/);
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Guide' })).toHaveAttribute(
    'aria-current',
    'page',
  );

  // A keyboard user skips the navigation straight to the content.
  {
    await page.goto('/guide/what-marketing-does/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  }
});

test('an unknown address shows a helpful, accessible not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'See every chapter of the guide' })).toBeVisible();
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});
