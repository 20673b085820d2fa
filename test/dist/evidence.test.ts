/**
 * The evidence pages and labels as the build wrote them: every claim has its entry on /evidence/ with the
 * chapters that label it, every label in any page points at an entry that exists and says what the claim
 * says, and every myth is on /evidence/myths/. Run after `npm run build`.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'parse5';
import { parse as parseYaml } from 'yaml';
import { kindLabels } from '../../src/lib/claims';
import type { Claim } from '../../src/schemas/claim';
import type { Myth } from '../../src/schemas/myth';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = path.join(root, 'dist');

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

const attr = (n: Node, name: string) => n.attrs?.find((a) => a.name === name)?.value;
const hasClass = (n: Node, c: string) => (attr(n, 'class') ?? '').split(/\s+/).includes(c);
function all(n: Node, match: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (match(n)) out.push(n);
  for (const c of n.childNodes ?? []) all(c, match, out);
  return out;
}
const text = (n: Node): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(text).join(''));
const page = (p: string) => parse(readFileSync(path.join(dist, p), 'utf8')) as unknown as Node;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : htmlFiles(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

const yamlDir = (dir: string) =>
  new Map(
    readdirSync(path.join(root, dir))
      .filter((f) => /\.ya?ml$/.test(f))
      .map((f) => [f.replace(/\.ya?ml$/, ''), parseYaml(readFileSync(path.join(root, dir, f), 'utf8'))] as const),
  );
const claims = yamlDir('content/claims') as Map<string, Claim>;
const myths = yamlDir('content/myths') as Map<string, Myth>;
if (!existsSync(path.join(dist, 'evidence', 'index.html')))
  throw new Error('No built /evidence/ page in dist/: run `npm run build` before the dist checks.');

describe('the evidence pages in dist/', () => {
  const evidence = page('evidence/index.html');
  const entries = all(evidence, (n) => n.nodeName === 'section' && hasClass(n, 'ev-claim'));

  it('gives every claim an entry with its source, what it can and cannot show, and the chapters that use it', () => {
    expect(entries.map((e) => attr(e, 'aria-labelledby')).sort()).toEqual([...claims.keys()].sort());
    for (const e of entries) {
      const id = attr(e, 'aria-labelledby')!;
      const words = text(e).replace(/\s+/g, ' ');
      expect(words, id).toContain(claims.get(id)!.cannotShow.replace(/\s+/g, ' '));
      const chapters = readdirSync(path.join(root, 'content/guide')).filter((f) =>
        readFileSync(path.join(root, 'content/guide', f), 'utf8').includes(`<Claim id="${id}"`),
      );
      const links = all(e, (n) => n.nodeName === 'a' && /^\/guide\/[^/]+\/$/.test(attr(n, 'href') ?? ''));
      expect(links.map((a) => attr(a, 'href')).sort(), id).toEqual(
        chapters.map((f) => `/guide/${f.replace(/\.mdx$/, '')}/`).sort(),
      );
      if (chapters.length === 0) expect(words).toContain('No chapter yet.');
    }
  });

  it('labels in every page name the kind in words and point at an entry that exists', () => {
    const ids = new Set(entries.map((e) => attr(e, 'aria-labelledby')));
    for (const file of htmlFiles(dist)) {
      for (const a of all(page(path.relative(dist, file)), (n) => n.nodeName === 'a' && hasClass(n, 'claim'))) {
        const id = /^\/evidence\/#(.+)$/.exec(attr(a, 'href') ?? '')?.[1];
        expect(id && ids.has(id), `${file}: ${attr(a, 'href')}`).toBe(true);
        const claim = claims.get(id!)!;
        const words = text(a);
        expect(words, file).toContain(kindLabels[claim.kind]);
        expect(words.includes('conflict of interest'), `${file}: ${id}`).toBe(Boolean(claim.conflict));
      }
    }
  });

  it('lists every myth, saying in words which could not be traced', () => {
    const mythPage = page('evidence/myths/index.html');
    const sections = all(mythPage, (n) => n.nodeName === 'section' && hasClass(n, 'myth'));
    expect(sections.map((s) => attr(s, 'aria-labelledby')).sort()).toEqual([...myths.keys()].sort());
    for (const s of sections) {
      const myth = myths.get(attr(s, 'aria-labelledby')!)!;
      expect(text(s)).toContain(myth.traced ? 'Origin traced' : 'Origin not traced');
    }
  });

  it('links both pages from the footer of every page and from chapter 12', () => {
    for (const p of ['index.html', 'glossary/index.html', 'guide/evidence-and-cases/index.html']) {
      const footer = all(page(p), (n) => n.nodeName === 'footer')[0]!;
      const hrefs = all(footer, (n) => n.nodeName === 'a').map((a) => attr(a, 'href'));
      expect(hrefs, p).toEqual(expect.arrayContaining(['/evidence/', '/evidence/myths/']));
    }
    const chapter = all(page('guide/evidence-and-cases/index.html'), (n) => hasClass(n, 'prose'))[0]!;
    const hrefs = all(chapter, (n) => n.nodeName === 'a').map((a) => attr(a, 'href'));
    expect(hrefs).toEqual(expect.arrayContaining(['/evidence/', '/evidence/myths/']));
  });
});
