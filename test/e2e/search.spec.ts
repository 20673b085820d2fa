import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { watchPage } from './helpers';

/** Records CSP violations and Pagefind requests so every story can assert there were none too early. */
async function instrument(page: Page) {
  const pagefindRequests: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(r.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { cspViolations: string[] }).cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { cspViolations: string[] }).cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return {
    pagefindRequests,
    cspViolations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the guide' });
const input = (page: Page) => dialog(page).getByRole('searchbox', { name: 'Search the guide' });
const status = (page: Page) => dialog(page).getByRole('status');
const resultLinks = (page: Page) => dialog(page).locator('a[data-result-link]');

test.describe('search dialog', () => {
  test('nothing of Pagefind and none of its styles load until a reader opens search; then it works under the CSP and the dialog is styled as it first appears', async ({
    page,
    baseURL,
  }) => {
    const problems = watchPage(page, baseURL!);
    const probe = await instrument(page);
    await page.goto('/glossary/', { waitUntil: 'networkidle' });
    await page.mouse.wheel(0, 800);
    await page.getByRole('link', { name: 'Search' }).first().hover();
    await page.waitForTimeout(300);
    expect(probe.pagefindRequests).toEqual([]);

    await page.getByRole('link', { name: 'Search' }).first().click();
    await input(page).fill('handoff');
    await expect(status(page)).toContainText(/\d+ results? for “handoff”/);
    expect(probe.pagefindRequests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(await probe.cspViolations()).toEqual([]);
    expect(problems).toEqual([]);
    {
      // a chapter loads no search styles until the reader opens search.
      // Note the dialog's look at the moment it opens, before any later restyle could hide a flash.
      await page.addInitScript(() => {
        new MutationObserver((records) => {
          for (const r of records) {
            const d = r.target as HTMLDialogElement;
            if (d.open)
              (window as unknown as { __firstShadow?: string }).__firstShadow ??= getComputedStyle(d).boxShadow;
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['open'] });
      });
      await page.goto('/guide/the-rivalry/');
      const searchSheets = () =>
        page.evaluate(
          () => [...document.styleSheets].filter((s) => /\/search\.[\w-]+\.css$/.test(s.href ?? '')).length,
        );
      expect(await searchSheets()).toBe(0);
      await page.keyboard.press('/');
      await expect(input(page)).toBeFocused();
      expect(await searchSheets()).toBe(1);
      const first = await page.evaluate(() => (window as unknown as { __firstShadow?: string }).__firstShadow);
      expect(first).toMatch(/rgba\(0, 0, 0, 0\.35\)/);
    }
  });

  test('the header button, "/" (except while typing) and Ctrl+K open a modal dialog with focus in the field; Tab stays inside it and Escape returns focus', async ({
    page,
  }) => {
    await page.goto('/guide/');
    const button = page.locator('header').getByRole('link', { name: 'Search' });
    await button.click();
    await expect(dialog(page)).toBeVisible();
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog(page)).toBeHidden();
    await expect(button).toBeFocused();
    {
      // Tab stays inside the open dialog.
      await page.goto('/');
      await page.keyboard.press('/');
      await input(page).fill('sales');
      await expect(resultLinks(page).first()).toBeVisible();
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        const inside = await page.evaluate(() => {
          const a = document.activeElement;
          return !a || a === document.body || !!a.closest('dialog[open]');
        });
        expect(inside, `focus left the dialog after ${i + 1} Tab presses`).toBe(true);
      }
    }
    {
      // "/" opens search from anywhere except while typing, and Ctrl+K opens it too.
      const probe = await instrument(page);
      await page.goto('/about/');
      await page.keyboard.press('/');
      await expect(input(page)).toBeFocused();
      await expect(input(page)).toHaveValue('');
      await page.keyboard.press('Escape');
      await expect(dialog(page)).toBeHidden();

      await page.keyboard.press('Control+k');
      await expect(input(page)).toBeFocused();
      // Typing "/" inside the field types a slash instead of reopening anything.
      await page.keyboard.type('a/b');
      await expect(input(page)).toHaveValue('a/b');
      await page.keyboard.press('Escape');

      await page.keyboard.press('Meta+k');
      await expect(input(page)).toBeFocused();
      await expect(input(page)).toHaveValue('a/b');
      expect(await probe.cspViolations()).toEqual([]);
    }
  });

  test('a reader searches and opens a glossary term by keyboard only, highlighted there; if the dialog cannot load, the button opens the search page', async ({
    page,
  }) => {
    const probe = await instrument(page);
    await page.goto('/');
    await page.keyboard.press('Tab'); // skip link
    const searchLink = page.locator('header').getByRole('link', { name: 'Search' });
    for (let i = 0; i < 20 && !(await searchLink.evaluate((el) => el === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(searchLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(input(page)).toBeFocused();
    await page.keyboard.type('mql');
    await expect(status(page)).toContainText('for “mql”');

    // The first result is the term's own page: title, section and an excerpt with the matched word marked.
    const first = dialog(page).locator('.search-result').first();
    await expect(first.locator('.search-section')).toHaveText('Glossary');
    await expect(first.locator('mark').first()).toHaveText(/^mqls?$/i);
    const term = first.locator('a[data-top]');
    await expect(term).toHaveText(/^MQL/);
    await expect(term).toHaveAttribute('href', /^\/glossary\/mql\/\?pagefind-highlight=mql$/);

    await page.keyboard.press('ArrowDown');
    await expect(term).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/glossary\/mql\/\?pagefind-highlight=mql$/);
    const marks = page.locator('#main mark.search-hit');
    await expect(marks.first()).toBeVisible();
    expect(await marks.count()).toBeGreaterThan(1);
    await expect(page.locator('header mark, footer mark, nav mark')).toHaveCount(0);
    expect(await probe.cspViolations()).toEqual([]);
    {
      // if the search dialog cannot be loaded (an old tab after a deploy).
      await page.route(/\/_astro\/dialog\.[^/]+\.js$/, (route) => route.abort());
      await page.goto('/guide/');
      await page.locator('header').getByRole('link', { name: 'Search' }).click();
      await expect(page).toHaveURL(/\/search\/$/);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    }
  });

  test('Enter in the field opens the first result, the count is announced politely, and section and audience filters narrow the results', async ({
    page,
  }) => {
    await page.goto('/');
    await page.keyboard.press('Control+k');
    await input(page).fill('funnel');
    await expect(status(page)).toHaveAttribute('aria-live', 'polite');
    await expect(status(page)).toContainText(/\d+ results? for “funnel”/);
    const first = await resultLinks(page).first().getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => `${u.pathname}${u.search}${u.hash}` === first);
    {
      // section and audience filters narrow the results.
      await page.goto('/');
      await page.keyboard.press('/');
      await input(page).fill('sales');
      await expect(status(page)).toContainText('for “sales”');
      const all = Number((await status(page).textContent())!.match(/\d+/)![0]);

      await dialog(page).getByRole('group', { name: 'Section' }).getByRole('checkbox', { name: 'Tools' }).check();
      await expect(status(page)).not.toHaveText(`${all} results for “sales”.`);
      await expect(status(page)).toHaveText(/results? for “sales”/);
      const tools = Number((await status(page).textContent())!.match(/\d+/)?.[0] ?? 0);
      expect(tools).toBeGreaterThan(0);
      expect(tools).toBeLessThan(all);
      await expect(dialog(page).locator('.search-section')).toHaveText(Array(tools > 8 ? 8 : tools).fill('Tools'));

      // The funnel builder is for every audience and the self-assessment for managers: both stay.
      await dialog(page).getByRole('group', { name: 'Audience' }).getByRole('checkbox', { name: 'Manager' }).check();
      await expect(dialog(page).getByRole('link', { name: 'Funnel builder', exact: true })).toBeVisible();
      await expect(
        dialog(page).getByRole('link', { name: /How well do your marketing and sales work together/ }),
      ).toBeVisible();
      // The onboarding plan is for new hires only, so ticking "New hire" alone in Paths finds it and nothing else.
      await dialog(page).getByRole('checkbox', { name: 'Tools' }).uncheck();
      await dialog(page).getByRole('checkbox', { name: 'Manager' }).uncheck();
      await dialog(page).getByRole('checkbox', { name: 'Paths' }).check();
      await dialog(page).getByRole('checkbox', { name: 'New hire' }).check();
      await expect(dialog(page).locator('.search-section')).not.toHaveCount(0);
      // The results re-render after each filter change: wait until they settle on Paths only.
      await expect(async () => {
        const tags = await dialog(page).locator('.search-section').allTextContents();
        expect(tags.length).toBeGreaterThan(0);
        for (const tag of tags) expect(tag).toBe('Paths');
      }).toPass();
    }
  });

  test('the open dialog with results has no WCAG 2.2 A/AA violations in the light and the dark theme', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/guide/');
    await page.keyboard.press('/');
    await input(page).fill('handoff');
    await expect(dialog(page).locator('.search-excerpt mark').first()).toBeVisible();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', scheme);
      const results = await new AxeBuilder({ page })
        .include('dialog')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        scheme,
      ).toEqual([]);
    }
  });
});

test.describe('search page', () => {
  test('a shared /search/ link shows its results and filters on load and typing updates the address; an odd or hostile address is shown as text', async ({
    page,
  }) => {
    const probe = await instrument(page);
    await page.goto('/search/?q=handoff&section=Glossary');
    const field = page.getByRole('searchbox', { name: 'Search for' });
    await expect(field).toHaveValue('handoff');
    await expect(
      page.getByRole('group', { name: 'Section' }).getByRole('checkbox', { name: 'Glossary' }),
    ).toBeChecked();
    await expect(page.getByRole('status')).toContainText('for “handoff”');
    await expect(page.locator('.search-section').first()).toHaveText('Glossary');
    await expect(page.getByRole('link', { name: /^Handoff/ }).first()).toHaveAttribute(
      'href',
      /^\/glossary\/handoff\/\?pagefind-highlight=handoff$/,
    );

    await field.fill('win rate');
    await expect(page).toHaveURL(/\/search\/\?q=win\+rate&section=Glossary$/);
    await page.getByRole('checkbox', { name: 'Glossary' }).uncheck();
    await expect(page).toHaveURL(/\/search\/\?q=win\+rate$/);

    // The header button and "/" focus the page's own field instead of opening a dialog.
    await page.locator('header').getByRole('link', { name: 'Search' }).click();
    await expect(field).toBeFocused();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    expect(await probe.cspViolations()).toEqual([]);
    {
      // an odd or hostile address is shown as text and never breaks the page.
      const probe = await instrument(page);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(
        `/search/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}&section=%3Cb%3E&audience=Nobody`,
      );
      await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('<img src=x onerror=alert(1)>');
      await expect(page.getByRole('status')).toContainText(/results? for “<img src=x onerror=alert\(1\)>”\./);
      await expect(page.locator('main img')).toHaveCount(0);
      await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
      expect(errors).toEqual([]);
      expect(await probe.cspViolations()).toEqual([]);
    }
  });

  test('with JavaScript off it explains and links the guide and the glossary', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'The guide' })).toHaveAttribute('href', '/guide/');
    await expect(page.getByRole('main').getByRole('link', { name: 'The glossary' })).toHaveAttribute(
      'href',
      '/glossary/',
    );
    await expect(page.getByRole('searchbox')).toBeDisabled();
    await page.goto('/');
    await expect(page.locator('header').getByRole('link', { name: 'Search' })).toHaveAttribute('href', '/search/');
    await context.close();
  });
});

test.describe('search that explains itself', () => {
  test('a query whose words partly match says which words found nothing; one with no match at all says so and still offers the right word', async ({
    page,
  }) => {
    await page.goto('/');
    await page.keyboard.press('/');
    await input(page).fill('xylophone budget zebra');
    await expect(status(page)).toContainText(/\d+ results? for “xylophone budget zebra”/);
    await expect(status(page)).toContainText('No page has “xylophone” or “zebra”: the results match your other words.');
    await expect(dialog(page).locator('.search-excerpt mark').first()).toHaveText(/budget/i);

    await page.goto('/search/?q=qouta');
    await expect(page.getByRole('status')).toContainText('No results for “qouta”. No page has “qouta”.');
    await expect(page.getByRole('status').getByRole('button', { name: 'quota' })).toBeVisible();
  });

  test('a misspelt word offers "Did you mean …?" in the dialog and on the search page, and the offer runs the corrected search', async ({
    page,
  }) => {
    const probe = await instrument(page);
    const terms: string[] = [];
    page.on('request', (r) => r.url().endsWith('/search-terms.json') && terms.push(r.url()));
    await page.goto('/guide/', { waitUntil: 'networkidle' });
    // The word list loads with search, never with the page.
    expect(terms).toEqual([]);
    await page.keyboard.press('/');
    await input(page).fill('markting');
    await expect(status(page)).toContainText('No page has “markting”');
    const offer = status(page).getByRole('button', { name: 'marketing', exact: true });
    await expect(status(page)).toContainText('Did you mean marketing?');
    expect(terms).toHaveLength(1);
    await offer.click();
    await expect(input(page)).toHaveValue('marketing');
    await expect(input(page)).toBeFocused();
    await expect(status(page)).toHaveText(/^\d+ results for “marketing”\.$/);
    await expect(status(page).getByRole('button')).toHaveCount(0);
    expect(await probe.cspViolations()).toEqual([]);

    // The same on the search page, which lists the corrected word's pages (every misspelling: test/dist/search-ranking.test.ts).
    await page.goto('/search/?q=lead%20scorring');
    const pageStatus = page.getByRole('status');
    await expect(pageStatus).toContainText('Did you mean lead scoring?');
    await pageStatus.getByRole('button', { name: 'lead scoring', exact: true }).click();
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toHaveValue('lead scoring');
    await expect(page.getByRole('searchbox', { name: 'Search for' })).toBeFocused();
    await expect(pageStatus).toContainText('for “lead scoring”');
    await expect(page.locator('.search-result a[data-top]').first()).toHaveAttribute(
      'href',
      /\/glossary\/lead-scoring\//,
    );
  });

  test('landing from a result marks only the meaningful words and scrolls to the first mark, however far down; an old link’s stop words are never marked', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/guide/what-sales-does/?pagefind-highlight=coffee');
    const mark = page.locator('main mark.search-hit').first();
    await expect(mark).toHaveText(/coffee/i);
    await expect(mark).toBeInViewport();
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(800);

    await page.goto(
      '/guide/what-marketing-does/?pagefind-highlight=who&pagefind-highlight=the&pagefind-highlight=price',
    );
    const marks = page.locator('main mark.search-hit');
    await expect(marks.first()).toBeVisible();
    const words = new Set((await marks.allTextContents()).map((t) => t.toLowerCase().replace(/[^a-z]/g, '')));
    expect([...words].every((w) => w.startsWith('price'))).toBe(true);
    {
      // landing from a result marks only the meaningful words and scrolls to the first mark.
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto('/search/?q=who%20sets%20the%20price');
      const first = page.locator('.search-result a[data-top]').first();
      await expect(first).toHaveAttribute('href', /^\/guide\/what-marketing-does\//);
      // The link itself carries only the topic words.
      expect(await first.getAttribute('href')).not.toMatch(/pagefind-highlight=(the|who)(&|$)/);
      await first.click();
      await page.waitForURL(/\/guide\/what-marketing-does\//);
      const marks = page.locator('main mark.search-hit');
      await expect(marks.first()).toBeInViewport();
      const words = [...new Set((await marks.allTextContents()).map((t) => t.toLowerCase()))];
      expect(words.length).toBeGreaterThan(0);
      for (const w of words) expect(w, `marked "${w}"`).toMatch(/^(sets?|setting|price|prices|pricing)/);
    }
  });
});
