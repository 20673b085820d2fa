/**
 * Byte budgets read from the built files (gzip, as a host would send them): each page's HTML, the
 * stylesheets and scripts its HTML names (with the modules those import at once), and each chapter's
 * first view. What a page loads later, as islands hydrate, is measured in the browser
 * (test/e2e/pages.spec.ts and the budgets spec), since only the browser knows what is on screen.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { all, attr, byTag, fileOf, gzipBytes, page, pages, rawText } from './site';

/** Gzip budgets from the performance issue (the same figures the browser checks use). */
const JS_BUDGET_PLAIN = 5 * 1024;
const CSS_BUDGET = 15 * 1024;
/**
 * Before its check comes into view a chapter runs almost no JavaScript: 5 KB until the header gained its menu
 * script (issue 16), 5.5 KB until the chapter kept the reader's place for "Continue" (issue 22), 6 KB until the
 * search dialog's preload list named the base-path helper the search results use (issue 26). With the check, 35 KB.
 */
const CHAPTER_JS_BEFORE_CHECK = 6.1 * 1024;
const CHAPTER_JS_WITH_CHECK = 35 * 1024;

/**
 * A chapter's HTML fits the first round trip of a new connection (about 14 KB: ten TCP
 * segments), so the text arrives before anything else is asked for.
 */
const CHAPTER_HTML = 14 * 1024;
/**
 * Everything a chapter loads before the reader does anything: its HTML, CSS and up-front JavaScript.
 * Issue 21's figure. It holds since a chapter links two stylesheets, not seven (one global sheet, one
 * for chapters) and renders its table of contents once. The funnel chapter, once 17 KB of HTML, became two
 * (funnel-and-handoff; scoring-and-funnel-maths) and what-sales-does was tightened, so that when the
 * exception went every chapter had about 400 B to spare; the service worker's registration then took
 * about 60 B of it (after-the-sale had 340 B left). Shared CSS or JavaScript that grows comes out of
 * every chapter's share.
 */
const CHAPTER_FIRST_VIEW = 24 * 1024;
/**
 * Chapters allowed more, each with the reason and its measurement. Lower a cap when a chapter slims
 * down; never raise one without saying why here.
 */
const CHAPTER_EXCEPTIONS: Record<string, { html?: number; firstView: number; why: string }> = {};

const gzipOf = (sitePath: string) => gzipBytes(readFileSync(fileOf(sitePath)!));
const sum = (paths: Iterable<string>) => [...paths].reduce((n, p) => n + gzipOf(p), 0);

/** A module and every module it imports statically (what the browser fetches before running it). */
function withStaticImports(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const path = todo.pop()!;
    if (seen.has(path)) continue;
    if (!fileOf(path)) throw new Error(`${path} is referenced but not in dist/`);
    seen.add(path);
    const code = readFileSync(fileOf(path)!, 'utf8');
    for (const m of code.matchAll(/\bimport\s*(?:[^"'();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g))
      todo.push(new URL(m[1]!, `https://site.invalid${path}`).pathname);
  }
  return seen;
}

/** What a page's HTML makes the browser load before any island hydrates. */
function startsWith(path: string) {
  const doc = page(path);
  const scripts = byTag(doc, 'script');
  const stylesheets = byTag(doc, 'link').filter((l) => attr(l, 'rel') === 'stylesheet').map((l) => attr(l, 'href')!);
  const modules = withStaticImports(scripts.map((s) => attr(s, 'src')).filter((s): s is string => !!s));
  const inlineJs = scripts.filter((s) => !attr(s, 'src')).map(rawText).join('');
  return {
    html: gzipOf(path),
    css: sum(stylesheets) + gzipBytes(byTag(doc, 'style').map(rawText).join('')),
    js: sum(modules) + gzipBytes(inlineJs),
    modules,
    islands: all(doc, (e) => e.tagName === 'astro-island'),
  };
}

const chapters = pages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));

describe('byte budgets of the built pages (gzip)', () => {
  test('the guide has chapters to weigh', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(10);
  });

  test.each(chapters)('chapter %s arrives in the first round trip and its first view stays small', (path) => {
    const chapter = startsWith(path);
    const cap = CHAPTER_EXCEPTIONS[path];
    const why = cap ? `, allowed more: ${cap.why}` : '';
    expect(chapter.html, `HTML ${chapter.html} B gzip${why}`).toBeLessThanOrEqual(cap?.html ?? CHAPTER_HTML);
    const total = chapter.html + chapter.css + chapter.js;
    expect(
      total,
      `first view ${total} B gzip (HTML ${chapter.html}, CSS ${chapter.css}, JS ${chapter.js})${why}`,
    ).toBeLessThanOrEqual(cap?.firstView ?? CHAPTER_FIRST_VIEW);
  });

  test.each(pages)('%s: its stylesheets stay within 15 KB, and a page without islands starts with at most 5 KB of JavaScript', (path) => {
    const page = startsWith(path);
    expect(page.css, `CSS: ${page.css} B`).toBeLessThanOrEqual(CSS_BUDGET);
    if (page.islands.length === 0) expect(page.js, `JavaScript: ${page.js} B`).toBeLessThanOrEqual(JS_BUDGET_PLAIN);
  });

  test.each(chapters)('chapter %s: no inline script in <body>', (path) => {
    // Shared scripts are cached files, not re-sent inside every chapter.
    const body = byTag(page(path), 'body')[0]!;
    expect(byTag(body, 'script').filter((s) => !attr(s, 'src')).map(rawText), 'inline scripts in <body>').toEqual([]);
  });

  test.each(chapters)('chapter %s: almost no JavaScript until its check is in view, and at most 35 KB with it', (path) => {
    const chapter = startsWith(path);
    expect(chapter.js, `before the check: ${chapter.js} B`).toBeLessThanOrEqual(CHAPTER_JS_BEFORE_CHECK);
    const check = chapter.islands.find((i) => /KnowledgeCheck/.test(attr(i, 'component-url') ?? ''));
    expect(check, 'the chapter has its check').toBeTruthy();
    // It waits to be seen: its code is not among what the page starts with.
    expect(attr(check!, 'client')).toBe('visible');
    expect([...chapter.modules].some((m) => m.includes('KnowledgeCheck'))).toBe(false);
    const withCheck = new Set([...chapter.modules, ...withStaticImports([attr(check!, 'component-url')!, attr(check!, 'renderer-url')!])]);
    const after = sum(withCheck) + (chapter.js - sum(chapter.modules));
    expect(after, `with the check: ${after} B`).toBeLessThanOrEqual(CHAPTER_JS_WITH_CHECK);
  });
});
