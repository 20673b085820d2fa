// Measures search on the built site (report only, never asserts):
//   index size on disk, bytes the first query fetches, and keystroke-to-results times.
// Usage: npm run build && npx astro preview --port 4434 &  node test/tools/search-bench.mjs [port]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from './chromium.ts';
import { QUERIES, searchTimer } from './search-timing.mjs';

const port = process.argv[2] ?? process.env.E2E_PORT ?? '4321';
const base = `http://localhost:${port}`;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const files = readdirSync('dist/pagefind', { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name))
  .map((f) => ({ f, size: statSync(f).size }));
const runtime = files.filter((x) => /pagefind(-worker)?\.js$|\.pagefind$/.test(x.f));
const index = files.filter((x) => !runtime.includes(x));
const sum = (l) => l.reduce((n, x) => n + x.size, 0);
console.log(
  `Index: ${kb(sum(index))} in ${index.length} files (stored gzipped); runtime ${kb(sum(runtime))} (pagefind.js, worker, wasm)`,
);

const trigger = readdirSync('dist/_astro').filter((f) => /^Header\.astro.*\.js$|^preload-helper.*\.js$/.test(f));
const gz = (f) => gzipSync(readFileSync(join('dist/_astro', f)), { level: 9 }).length;
console.log(
  `Every page's search JS: ${trigger.map((f) => `${f} ${gz(f)} B`).join(' + ')} = ${trigger.reduce((n, f) => n + gz(f), 0)} B gzip`,
);

const browser = await launchChromium();
const page = await browser.newPage();
// Playwright also reports the requests of Pagefind's web worker (index chunks, WebAssembly).
const fetched = [];
let counting = false;
page.on('requestfinished', async (r) => {
  if (!counting) return;
  const { pathname } = new URL(r.url());
  const { responseBodySize } = await r.sizes();
  const local = join('dist', pathname);
  // astro preview gzips JS; Pagefind's index and wasm are stored gzipped. Where Chromium
  // reports no size (the worker script), count what gzip would send.
  const estimate = existsSync(local) ? gzipSync(readFileSync(local), { level: 9 }).length : 0;
  fetched.push({ pathname, bytes: responseBodySize || estimate });
});

await page.goto(`${base}/guide/`, { waitUntil: 'networkidle' });
counting = true;
const timed = await searchTimer(page);

const first = await timed('handoff');
await page.waitForTimeout(300);
counting = false;
const total = (l, k) => l.reduce((n, x) => n + x[k], 0);
const pf = fetched.filter((x) => x.pathname.startsWith('/pagefind/'));
const ui = fetched.filter((x) => !x.pathname.startsWith('/pagefind/'));
console.log(
  `First query ("handoff", cold): ${first.toFixed(0)} ms after the last keystroke; ${fetched.length} requests`,
);
console.log(`  Pagefind: ${pf.length} files, ${kb(total(pf, 'bytes'))}`);
for (const x of pf) console.log(`    ${x.pathname} ${x.bytes} B`);
console.log(`  Dialog code (Preact + panel): ${ui.length} files, ${kb(total(ui, 'bytes'))}`);
console.log(`  Together: ${kb(total(fetched, 'bytes'))} transferred`);

const times = [];
for (const q of QUERIES) times.push(await timed(q));
times.sort((a, b) => a - b);
const median = (times[9] + times[10]) / 2;
console.log(
  `Keystroke to results over ${times.length} queries (warm, includes the 100 ms typing pause): median ${median.toFixed(0)} ms, min ${times[0].toFixed(0)} ms, max ${times.at(-1).toFixed(0)} ms`,
);
await browser.close();
