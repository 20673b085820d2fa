/** Every built page is valid HTML and every internal link (and #fragment) leads somewhere. */
import { describe, expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { all, attr, byTag, fileOf, page, pages } from './site';

describe('the built HTML', () => {
  test('the build wrote the site (a guard: an empty dist/ would pass every check below)', () => {
    expect(pages.length).toBeGreaterThan(30);
  });

  test('every page is valid HTML (html-validate, recommended rules, no inline styles)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    for (const p of pages) {
      const report = await validator.validateFile(fileOf(p)!);
      for (const m of report.results.flatMap((r) => r.messages))
        problems.push(`${p}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  test('every internal link and #fragment on every page resolves to a built file and an id on it', () => {
    const origin = 'https://site.invalid';
    const idsOf = (path: string) => {
      if (!path.endsWith('/') && !path.endsWith('.html')) return new Set<string>();
      return new Set(all(page(path), (e) => attr(e, 'id') !== undefined).map((e) => attr(e, 'id')!));
    };
    const broken: string[] = [];
    let checked = 0;
    for (const from of pages) {
      for (const a of all(page(from), (e) => e.tagName === 'a' && attr(e, 'href') !== undefined)) {
        const url = new URL(attr(a, 'href')!, origin + from);
        if (url.origin !== origin) continue;
        checked++;
        if (!fileOf(url.pathname)) {
          broken.push(`${from} → ${url.pathname} (no such file)`);
          continue;
        }
        const fragment = decodeURIComponent(url.hash.slice(1));
        if (fragment && !idsOf(url.pathname).has(fragment)) broken.push(`${from} → ${url.pathname}#${fragment} (no such id)`);
      }
    }
    expect(checked).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  test('a link to a folder page ends with its slash, so it never costs a redirect', () => {
    const origin = 'https://site.invalid';
    const unslashed: string[] = [];
    for (const from of pages)
      for (const a of all(page(from), (e) => e.tagName === 'a' && attr(e, 'href') !== undefined)) {
        const url = new URL(attr(a, 'href')!, origin + from);
        if (url.origin === origin && !/\.\w+$/.test(url.pathname) && !url.pathname.endsWith('/'))
          unslashed.push(`${from} → ${url.pathname}`);
      }
    expect(unslashed).toEqual([]);
  });

  test('no page paints a half-built header: the first paint waits for <main>, which follows the header', () => {
    // Under load the parser can pause mid-header; a header painted then moves when its last controls arrive.
    const unguarded: string[] = [];
    for (const p of pages) {
      const doc = page(p);
      const guard = byTag(byTag(doc, 'head')[0]!, 'link').find(
        (l) => attr(l, 'rel') === 'expect' && attr(l, 'blocking') === 'render',
      );
      const id = guard && attr(guard, 'href')?.slice(1);
      const order = all(doc, (e) => e.tagName === 'header' || (id !== undefined && attr(e, 'id') === id));
      if (!id || order[0]?.tagName !== 'header' || order.length !== 2) unguarded.push(p);
    }
    expect(unguarded).toEqual([]);
  });
});
