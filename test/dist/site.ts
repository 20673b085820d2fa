/**
 * Reading the built site in dist/ for the dist checks: every page as a parsed document (parse5, the
 * parser browsers follow), and the few questions the checks ask of it. Run after `npm run build`.
 */
import { parse } from 'parse5';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtHtml, builtPagePaths } from '../e2e/sitemap';

export { builtHtml, sitemapPaths } from '../e2e/sitemap';

const DIST = 'dist';

/** parse5's element, reduced to what the checks read. */
export interface El {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: El[];
  content?: El;
  value?: string;
}

const cache = new Map<string, El>();

/** A built page ("/guide/", "/404.html") as a document. */
export function page(path: string): El {
  let doc = cache.get(path);
  // Parsed as a browser with JavaScript off would: <noscript> content is markup, not text.
  if (!doc) cache.set(path, (doc = parse(builtHtml(path), { scriptingEnabled: false }) as unknown as El));
  return doc;
}

export const attr = (el: El, name: string): string | undefined => el.attrs?.find((a) => a.name === name)?.value;

/** Every element under `root` (templates included) for which `test` holds, in document order. */
export function all(root: El, test: (el: El) => boolean): El[] {
  const found: El[] = [];
  const visit = (n: El) => {
    if (n.tagName && test(n)) found.push(n);
    for (const c of n.childNodes ?? []) visit(c);
    if (n.content) visit(n.content);
  };
  visit(root);
  return found;
}

export const byTag = (root: El, tag: string) => all(root, (e) => e.tagName === tag);
export const first = (root: El, tag: string): El | undefined => byTag(root, tag)[0];

/**
 * The text a reader without JavaScript sees: <noscript> content, but no scripts, styles, templates,
 * `hidden` or `aria-hidden` parts (an approximation of innerText that needs no layout).
 */
export function visibleText(root: El): string {
  const parts: string[] = [];
  const visit = (n: El) => {
    if (n.nodeName === '#text') parts.push(n.value ?? '');
    if (!n.childNodes) return;
    if (['script', 'style', 'template'].includes(n.tagName ?? '')) return;
    if (n.tagName && (attr(n, 'hidden') !== undefined || attr(n, 'aria-hidden') === 'true')) return;
    if (n.tagName === 'br' || /^(p|li|h\d|div|tr|td|th|dt|dd|section)$/.test(n.tagName ?? '')) parts.push(' ');
    for (const c of n.childNodes) visit(c);
  };
  visit(root);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** The raw text inside an element (script or style bodies). */
export const rawText = (el: El) => (el.childNodes ?? []).map((c) => c.value ?? '').join('');

/** A site path ("/_astro/x.js") as a file in dist/, or undefined when none was built. */
export function fileOf(sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath.replace(/[?#].*$/, ''));
  const file = join(DIST, clean.endsWith('/') ? `${clean}index.html` : clean);
  return existsSync(file) ? file : undefined;
}

export const gzipBytes = (data: string | Buffer) => gzipSync(data).length;


export const pages = builtPagePaths(DIST);
