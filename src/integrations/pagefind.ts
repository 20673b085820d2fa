import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Islands whose server-rendered HTML is reading matter, not controls: the predict-then-reveal
 * questions in chapters, the sort exercise's activities and explanations, and a path's steps.
 */
const CONTENT_ISLANDS = ['PredictRevealIsland', 'SortExercise', 'PathSteps'];

/**
 * What the index leaves out, on top of `data-pagefind-ignore`, so that a search finds content
 * and never the words of the interface ("Mark as read", "Copy SLA as text", "0 of 9"):
 * - every island except the content ones above: builders, results, progress, checks, share panels;
 * - controls and their live messages wherever they are: buttons, form labels, disclosure
 *   buttons ("Show the answer"), selects, status regions;
 * - per-reader state kept in content islands: a path step's "To do"/"Done", a best score;
 * - screen-reader-only labels, which repeat what is visible ("opens in a new tab");
 * - in chapters, a term's definition on hover (its glossary page is what search should find) and
 *   the evidence labels after claims ("Survey · McKinsey 2024"): named here rather than marked on
 *   each of the dozens a chapter has.
 * One list for the whole site, so a new widget stays out of search without touching its page.
 */
const EXCLUDE_SELECTORS = [
  `astro-island${CONTENT_ISLANDS.map((c) => `:not([component-url*="/${c}."])`).join('')}`,
  'button',
  'label',
  'summary',
  'select',
  '[role="status"]',
  '[aria-live]',
  '.pt-mark',
  '.kc-best',
  '.sr-only',
  '.term-tip',
  '.claim',
];

/**
 * Pagefind writes its ready-made UIs on every run. This site uses its own search dialog
 * and highlighter (see README, "Search"), so these files, and the WebAssembly for
 * languages the index does not have, would only be dead weight on the host.
 */
const UNUSED_UI_FILES = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Builds the Pagefind index of the finished site with Pagefind's Node API.
 * Only `data-pagefind-body` content is indexed (pages without it, like 404 and search,
 * are skipped). Any indexing error, or an index with no pages, fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'msg:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const indexDir = join(outDir, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({
            forceLanguage: 'en',
            excludeSelectors: EXCLUDE_SELECTORS,
          });
          if (!index || errors.length) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
          if (added.page_count === 0)
            throw new Error('Pagefind indexed no pages: is data-pagefind-body missing everywhere?');
          const written = await index.writeFiles({ outputPath: indexDir });
          if (written.errors.length)
            throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        } finally {
          await pagefind.close();
        }
        const entry = JSON.parse(await readFile(join(indexDir, 'pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number; wasm?: string }>;
        };
        const wasmUsed = new Set(Object.values(entry.languages).map((l) => `wasm.${l.wasm}.pagefind`));
        for (const name of await readdir(indexDir)) {
          if (UNUSED_UI_FILES.test(name) || (/^wasm\..+\.pagefind$/.test(name) && !wasmUsed.has(name)))
            await rm(join(indexDir, name));
        }
        const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
        const files = await walk(indexDir);
        const sizes = await Promise.all(files.map(async (f) => ({ f, size: (await stat(f)).size })));
        const isRuntime = (f: string) => /pagefind(-worker)?\.js$|\.pagefind$/.test(f);
        const sum = (list: { size: number }[]) => list.reduce((n, s) => n + s.size, 0);
        const data = sizes.filter((s) => !isRuntime(s.f));
        const runtime = sizes.filter((s) => isRuntime(s.f));
        const ms = Math.round(performance.now() - started);
        // Index files are stored gzipped by Pagefind, so their size on disk is what a reader downloads.
        logger.info(
          `Indexed ${pages} pages in ${ms} ms: index ${kb(sum(data))} in ${data.length} files, ` +
            `search runtime ${kb(sum(runtime))} (pagefind.js, worker, WebAssembly)`,
        );
      },
    },
  };
}
