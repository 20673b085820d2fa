// npm run bench: builds the site and reports build time, bytes per page, search speed and
// Lighthouse scores as Markdown (and JSON in bench-results/). Reported, never asserted.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createStaticServer } from './serve.mjs';
import { CHROMIUM_PATH, launchChromium } from './chromium.ts';
import { QUERIES, searchTimer } from './search-timing.mjs';
import { builtPagePaths } from '../e2e/sitemap.ts';
import { crmReport, crmTiming } from './crm-bench.mjs';

/** Lighthouse starts its own Chromium (the same binary), headless and unsandboxed as root. */
const LH_CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
];
/** Fetched on first use with npx (about 175 MB with its dependencies), so `npm ci` stays light. */
const LIGHTHOUSE = 'lighthouse@13.5.0';
const LH_PAGES = (
  process.env.BENCH_LH_PAGES ??
  '/,/guide/marketing-vs-sales/,/funnel/,/assessment/,/assessment/team/,/progress/,/search/'
).split(',');
const RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  const mid = (s.length - 1) / 2;
  return (s[Math.floor(mid)] + s[Math.ceil(mid)]) / 2;
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

function dirBytes(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
}

/** The test server in this process, on a free port, so parallel benches never share one. */
async function serve() {
  const server = createStaticServer('dist');
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
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

async function pageBytes(browser, base, path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const responses = [];
  // Bodies arrive after their response events; wait for every one before counting.
  const pending = [];
  page.on('response', (r) =>
    pending.push(
      r.body().then(
        (body) => responses.push({ type: r.request().resourceType(), body }),
        () => {}, // redirects have no body
      ),
    ),
  );
  const settled = async () => {
    for (let n = 0; n !== pending.length;) {
      n = pending.length;
      await Promise.all(pending);
    }
  };
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await settled();
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
  await settled();
  const all = tally(responses);
  await page.close();
  return { path, first, all, firstTotalGz: first.html[1] + first.css[1] + first.js[1] };
}

/**
 * Search as a reader uses it: "/" opens the dialog on a chapter, the query is typed, and the time
 * runs from the last keystroke until the status line announces the results for that query (it
 * includes the panel's typing pause). The first query is cold (Pagefind loads); the 20 are warm.
 */
async function searchTiming(browser, base) {
  const page = await browser.newPage();
  let pagefindBytes = 0;
  page.on('response', async (r) => {
    if (!new URL(r.url()).pathname.startsWith('/pagefind/')) return;
    try {
      pagefindBytes += (await r.body()).length;
    } catch {
      /* */
    }
  });
  await page.goto(`${base}/guide/`, { waitUntil: 'networkidle' });
  const timed = await searchTimer(page);
  const coldMs = await timed('handoff');
  const firstQueryBytes = pagefindBytes;
  const times = [];
  for (const q of QUERIES) times.push(await timed(q));
  await page.close();
  return {
    indexBytes: existsSync('dist/pagefind') ? dirBytes('dist/pagefind') : 0,
    firstQueryBytes,
    coldMs,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    samples: times.length,
  };
}

/** Why a Lighthouse run failed, in a few words, from its exit and output. */
function lighthouseFailure(r, report) {
  if (r.error) return r.error.code === 'ETIMEDOUT' ? 'timed out after 180 s' : r.error.message;
  if (report?.runtimeError) return `${report.runtimeError.code}: ${report.runtimeError.message}`;
  if (r.status !== 0) {
    const lines = `${r.stderr}`.split('\n').filter((l) => /error|fail|cannot|unable/i.test(l));
    return `exit ${r.status}${lines.length ? `: ${lines.at(-1).trim().slice(0, 160)}` : ''}`;
  }
  if (!report) return 'no report written';
  const missing = Object.entries(report.categories)
    .filter(([, c]) => c.score === null)
    .map(([k]) => k);
  return missing.length ? `no score for ${missing.join(', ')}` : null;
}

/**
 * Runs a command without blocking this process (the test server lives in it and must keep
 * answering), in its own process group so a timeout also ends the Chromium it started.
 */
function run(cmd, args, { timeout, env }) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (c) => (stderr += c));
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      resolve({ status: null, stderr, error: { code: 'ETIMEDOUT' } });
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ status: null, stderr, error });
    });
    child.on('exit', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr });
    });
  });
}

async function lighthouseOnce(url, out) {
  rmSync(out, { force: true });
  const r = await run(
    'npx',
    [
      '--yes',
      '--prefer-offline',
      LIGHTHOUSE,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${LH_CHROME_FLAGS.join(' ')}`,
    ],
    { timeout: 180_000, env: { ...process.env, ...(CHROMIUM_PATH ? { CHROME_PATH: CHROMIUM_PATH } : {}) } },
  );
  let report = null;
  try {
    report = JSON.parse(readFileSync(out, 'utf8'));
  } catch {
    /* reported below */
  }
  const failure = lighthouseFailure(r, report);
  if (failure) return { failure };
  const score = (k) => Math.round(report.categories[k].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
  };
}

/** RUNS runs of one page; a failed run is retried once, and its reason kept for the report. */
async function lighthouse(base, path) {
  const runs = [];
  const failures = [];
  const out = join('bench-results', `lighthouse-${path.replace(/\W+/g, '-')}.json`);
  for (let i = 0; i < RUNS; i++) {
    let result = await lighthouseOnce(base + path, out);
    if (result.failure) {
      failures.push(result.failure);
      console.error(`Lighthouse ${path}: ${result.failure}; retrying once`);
      result = await lighthouseOnce(base + path, out);
      if (result.failure) failures.push(`retry: ${result.failure}`);
    }
    if (!result.failure) runs.push(result);
  }
  if (!runs.length) return { path, error: `failed (${failures.join('; ')})` };
  const m = (k) => median(runs.map((x) => x[k]));
  return {
    path,
    runs: runs.length,
    failures,
    ...Object.fromEntries(
      ['performance', 'accessibility', 'bestPractices', 'seo', 'lcp', 'tbt', 'cls'].map((k) => [k, m(k)]),
    ),
  };
}

const buildTimes = build();
const paths = builtPagePaths();
const { server, base } = await serve();
try {
  mkdirSync('bench-results', { recursive: true });
  const browser = await launchChromium();
  const pages = [];
  for (const p of paths) pages.push(await pageBytes(browser, base, p));
  const search = await searchTiming(browser, base);
  await browser.close();
  const crm = await crmTiming(base);
  const lh = [];
  if (!process.env.BENCH_SKIP_LIGHTHOUSE)
    for (const p of LH_PAGES.filter((p) => paths.includes(p))) lh.push(await lighthouse(base, p));
  const report = {
    date: new Date().toISOString(),
    commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
    build: { ...buildTimes, pages: paths.length },
    pages,
    search,
    crm,
    lighthouse: lh,
  };
  writeFileSync(`bench-results/bench-${report.commit || 'local'}.json`, JSON.stringify(report, null, 2));
  const out = [];
  out.push(`# Benchmark ${report.commit} (${report.date})`, '');
  out.push(
    `Build: ${buildTimes.totalMs} ms in all (Astro ${buildTimes.astroMs} ms, Pagefind ${buildTimes.pagefindMs} ms), ${paths.length} pages.`,
    '',
  );
  out.push(
    'First view: what a 1280 × 800 window loads before scrolling. kB raw (gzip).',
    '',
    '| Page | HTML | CSS | JS | First view HTML+CSS+JS gzip | JS once every island has hydrated |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  );
  const cell = (t) => `${kb(t[0])} (${kb(t[1])})`;
  for (const p of pages)
    out.push(
      `| ${p.path} | ${cell(p.first.html)} | ${cell(p.first.css)} | ${cell(p.first.js)} | **${kb(p.firstTotalGz)}** | ${cell(p.all.js)} |`,
    );
  out.push(
    '',
    `Search: index ${kb(search.indexBytes)} kB on disk; the first (cold) query fetches ${kb(search.firstQueryBytes)} kB and answers in ${Math.round(search.coldMs)} ms.`,
    `Keystroke to results over ${search.samples} queries (warm, includes the typing pause): median ${Math.round(search.medianMs)} ms, min ${Math.round(search.minMs)} ms, max ${Math.round(search.maxMs)} ms.`,
    '',
  );
  out.push(...crmReport(crm));
  if (lh.length) {
    out.push(
      `Lighthouse 13 (mobile, headless Chromium ${CHROMIUM_PATH ?? ''}), median of ${RUNS} run(s) per page:`,
      '',
      '| Page | Perf | A11y | Best pr. | SEO | LCP ms | TBT ms | CLS | Notes |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    );
    for (const r of lh)
      out.push(
        r.error
          ? `| ${r.path} | ${r.error} | | | | | | | |`
          : `| ${r.path} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${Math.round(r.lcp)} | ${Math.round(r.tbt)} | ${r.cls.toFixed(3)} | ${r.failures.length ? `retried: ${r.failures.join('; ')}` : ''} |`,
      );
  }
  console.log(out.join('\n'));
} finally {
  server.close();
}
