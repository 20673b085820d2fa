// npm run bench: builds the site and reports build time, bytes per page, search cost and
// Lighthouse scores as a Markdown table (and JSON in bench-results/). Reported, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.BENCH_PORT ?? 4450);
const BASE = `http://localhost:${PORT}`;
const CHROME = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const LIGHTHOUSE = 'lighthouse@13.5.0';
const LH_PAGES = (
  process.env.BENCH_LH_PAGES ??
  '/,/guide/marketing-vs-sales/,/funnel/,/assessment/,/assessment/team/,/progress/,/search/'
).split(',');
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN;
};
const kb = (n) => (n / 1024).toFixed(1);

function build() {
  const t0 = performance.now();
  const r = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8' });
  const total = performance.now() - t0;
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    process.exit(1);
  }
  const pagefindMs = Number(/Indexed \d+ pages in (\d+) ms/.exec(r.stdout)?.[1] ?? NaN);
  return { totalMs: Math.round(total), pagefindMs, astroMs: Math.round(total - pagefindMs) };
}

function sitemapPaths() {
  return readdirSync('dist')
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) =>
      [...readFileSync(join('dist', f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname),
    )
    .sort();
}

function dirBytes(dir) {
  return readdirSync(dir).reduce((sum, f) => {
    const p = join(dir, f);
    const s = statSync(p);
    return sum + (s.isDirectory() ? dirBytes(p) : s.size);
  }, 0);
}

async function serve() {
  const server = spawn(process.execPath, ['test/tools/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
  for (let i = 0; i < 60; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  server.kill();
  throw new Error('preview server did not start');
}

function tally(responses) {
  const t = { html: [0, 0], css: [0, 0], js: [0, 0] };
  for (const { type, body } of responses) {
    const k = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : null;
    if (k) {
      t[k][0] += body.length;
      t[k][1] += gzipSync(body).length;
    }
  }
  return t;
}

async function pageBytes(browser, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const responses = [];
  page.on('response', async (r) => {
    try {
      responses.push({ type: r.request().resourceType(), body: await r.body() });
    } catch {
      /* redirects */
    }
  });
  await page.goto(BASE + path, { waitUntil: 'networkidle' });
  const first = tally(responses);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y <= height; y += 600) {
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(50);
  }
  await page
    .waitForFunction(
      () => [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')),
      null,
      { timeout: 15000 },
    )
    .catch(() => {});
  await page.waitForLoadState('networkidle');
  const all = tally(responses);
  await page.close();
  return { path, first, all };
}

async function searchCost(browser) {
  const page = await browser.newPage();
  let bytes = 0;
  page.on('response', async (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) {
      try {
        bytes += (await r.body()).length;
      } catch {
        /* */
      }
    }
  });
  await page.goto(`${BASE}/search/?q=handoff`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const queries = [
    'cold calls',
    'pricing',
    'mql',
    'sla',
    'rivalry',
    'handoff',
    'funnel',
    'win rate',
    'networking',
    'forecast',
    'integration',
    'campaign',
    'pipeline',
    'lead scoring',
    'account',
    'revenue',
    'customer',
    'market research',
    'brand',
    'quota',
  ];
  const times = [];
  const input = page.getByRole('searchbox').first();
  if (await input.count()) {
    for (const q of queries) {
      await input.fill('');
      const t0 = Date.now();
      await input.fill(q);
      try {
        await page.waitForFunction(
          (query) => document.querySelector('[data-search-status]')?.getAttribute('data-query') === query,
          q,
          { timeout: 5000 },
        );
        times.push(Date.now() - t0);
      } catch {
        /* UI without the status hook: skip */
      }
    }
  }
  await page.close();
  return {
    indexBytes: existsSync('dist/pagefind') ? dirBytes('dist/pagefind') : 0,
    firstQueryBytes: bytes,
    medianMs: times.length ? median(times) : null,
    samples: times.length,
  };
}

function lighthouse(path) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const r = spawnSync(
      'npx',
      ['--yes', LIGHTHOUSE, BASE + path, '--quiet', '--output=json', `--chrome-flags=${CHROME_FLAGS.join(' ')}`],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, ...(CHROME ? { CHROME_PATH: CHROME } : {}) },
      },
    );
    if (r.status !== 0) {
      runs.push(null);
      continue;
    }
    const j = JSON.parse(r.stdout);
    runs.push({
      performance: j.categories.performance.score * 100,
      accessibility: j.categories.accessibility.score * 100,
      bestPractices: j.categories['best-practices'].score * 100,
      seo: j.categories.seo.score * 100,
      lcp: j.audits['largest-contentful-paint'].numericValue,
      tbt: j.audits['total-blocking-time'].numericValue,
      cls: j.audits['cumulative-layout-shift'].numericValue,
    });
  }
  const ok = runs.filter(Boolean);
  if (!ok.length) return { path, error: 'lighthouse failed' };
  const m = (k) => median(ok.map((x) => x[k]));
  return {
    path,
    runs: ok.length,
    performance: m('performance'),
    accessibility: m('accessibility'),
    bestPractices: m('bestPractices'),
    seo: m('seo'),
    lcp: m('lcp'),
    tbt: m('tbt'),
    cls: m('cls'),
  };
}

const buildTimes = build();
const paths = sitemapPaths();
const server = await serve();
try {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(2) });
  const pages = [];
  for (const p of paths) pages.push(await pageBytes(browser, p));
  const search = await searchCost(browser);
  await browser.close();
  const lh = process.env.BENCH_SKIP_LIGHTHOUSE ? [] : LH_PAGES.filter((p) => paths.includes(p)).map(lighthouse);
  const report = {
    date: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
    build: { ...buildTimes, pages: paths.length },
    pages,
    search,
    lighthouse: lh,
  };
  mkdirSync('bench-results', { recursive: true });
  writeFileSync(`bench-results/bench-${report.commit || 'local'}.json`, JSON.stringify(report, null, 2));
  const out = [];
  out.push(`# Benchmark ${report.commit} (${report.date})`, '');
  out.push(
    `Build: ${buildTimes.totalMs} ms in all (Astro ${buildTimes.astroMs} ms, Pagefind ${buildTimes.pagefindMs} ms), ${paths.length} pages.`,
    '',
  );
  out.push(
    '| Page | First view HTML kB (gz) | CSS kB (gz) | JS kB (gz) | All hydrated JS kB (gz) |',
    '| --- | ---: | ---: | ---: | ---: |',
  );
  for (const p of pages)
    out.push(
      `| ${p.path} | ${kb(p.first.html[0])} (${kb(p.first.html[1])}) | ${kb(p.first.css[0])} (${kb(p.first.css[1])}) | ${kb(p.first.js[0])} (${kb(p.first.js[1])}) | ${kb(p.all.js[0])} (${kb(p.all.js[1])}) |`,
    );
  out.push(
    '',
    `Search: index ${kb(search.indexBytes)} kB on disk; a first query fetches ${kb(search.firstQueryBytes)} kB; median keystroke-to-results ${search.medianMs ?? 'n/a'} ms over ${search.samples} queries.`,
    '',
  );
  if (lh.length) {
    out.push(
      `Lighthouse 13, mobile, median of ${RUNS}:`,
      '',
      '| Page | Perf | A11y | Best pr. | SEO | LCP ms | TBT ms | CLS |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of lh)
      out.push(
        r.error
          ? `| ${r.path} | ${r.error} | | | | | | |`
          : `| ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} | ${r.cls.toFixed(3)} |`,
      );
  }
  console.log(out.join('\n'));
} finally {
  server.kill();
}
