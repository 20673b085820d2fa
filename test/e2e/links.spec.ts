import { test, expect } from '@playwright/test';
import { builtPagePaths } from './sitemap';

test('every internal link and #fragment on every page resolves', async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const idsByPath = new Map<string, Set<string>>();
  const links: { from: string; href: string }[] = [];

  for (const path of builtPagePaths()) {
    await page.goto(path);
    const found = await page.evaluate(() => ({
      hrefs: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      ids: [...document.querySelectorAll('[id]')].map((el) => el.id),
    }));
    idsByPath.set(path, new Set(found.ids));
    for (const href of found.hrefs) links.push({ from: path, href });
  }

  const broken: string[] = [];
  for (const { from, href } of links) {
    const url = new URL(href);
    if (url.origin !== origin) continue;
    if (!idsByPath.has(url.pathname)) {
      const res = await request.get(url.pathname);
      if (res.status() !== 200) {
        broken.push(`${from} → ${url.pathname} (${res.status()})`);
        continue;
      }
      const html = await res.text();
      idsByPath.set(url.pathname, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
    }
    const fragment = decodeURIComponent(url.hash.slice(1));
    if (fragment && !idsByPath.get(url.pathname)!.has(fragment))
      broken.push(`${from} → ${url.pathname}#${fragment} (no such id)`);
  }
  expect(broken).toEqual([]);
});
