// The CRM reader's speed and memory in Chromium, for `npm run bench`: a generated HubSpot
// contacts export of 10,000, 100,000 and 200,000 rows is picked on /your-numbers/ and read
// until its funnel table shows (timed in the page). Memory: the JavaScript heap of the worker
// that reads the file (through the DevTools protocol), sampled every 50 ms for its peak, which
// includes garbage not yet collected; what the worker still holds after a garbage collection
// half-way through a second read of the same file, and at the end: flat when streaming keeps
// nothing per row; and the resident size of all the browser's processes (page, worker, GPU and
// browser). Reported, never asserted.
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium.ts';
import { crmExport } from './crm-fixtures.mjs';

const CRM_ROWS = [10_000, 100_000, 200_000];

/** Resident memory (bytes) of a process and all its descendants, read from /proc. */
function treeRss(root) {
  const parent = new Map();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      /* the process ended */
    }
  }
  const inTree = (pid) => {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) if (p === root) return true;
    return false;
  };
  let total = 0;
  for (const pid of parent.keys()) {
    if (!inTree(pid)) continue;
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      total += m ? Number(m[1]) * 1024 : 0;
    } catch {
      /* the process ended */
    }
  }
  return total;
}

/** The browser process launched with `marker` among its switches. */
function browserPid(marker) {
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      if (cmd.includes(marker) && !cmd.includes('--type=')) return Number(d);
    } catch {
      /* gone */
    }
  }
  return null;
}

/**
 * Samples the JavaScript heap of the page's dedicated worker every 50 ms through the DevTools
 * protocol (the worker is attached as a child target of the page's session). `stop()` returns
 * the peak used heap in bytes, NaN when no worker was seen.
 */
async function workerHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  let session = null;
  let seq = 0;
  const waiting = new Map();
  cdp.on('Target.attachedToTarget', (e) => {
    if (e.targetInfo.type === 'worker') session = e.sessionId;
  });
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message);
    waiting.get(m.id)?.(m.result);
    waiting.delete(m.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  const call = (method) =>
    new Promise((resolve) => {
      const id = ++seq;
      waiting.set(id, resolve);
      cdp
        .send('Target.sendMessageToTarget', { sessionId: session, message: JSON.stringify({ id, method }) })
        .catch(() => resolve(undefined));
    });
  const used = async () => (await call('Runtime.getHeapUsage'))?.usedSize ?? NaN;
  let peak = NaN;
  let busy = false;
  const timer = setInterval(async () => {
    if (!session || busy) return;
    busy = true;
    const u = await used();
    if (u > peak || Number.isNaN(peak)) peak = u;
    busy = false;
  }, 50);
  return {
    /** The heap still in use once garbage is collected: what the read keeps, whatever the file's length. */
    retained: async () => {
      if (!session) return NaN;
      await call('HeapProfiler.collectGarbage');
      return used();
    },
    stop: async () => {
      clearInterval(timer);
      await cdp.detach().catch(() => {});
      return peak;
    },
  };
}

/**
 * The worker's heap still in use half-way through reading `file` (garbage collected first), in a
 * page of its own so the timed run is left alone: what streaming keeps while it reads.
 */
async function heapHalfWay(browser, base, file) {
  const page = await browser.newPage();
  try {
    await page.goto(`${base}/your-numbers/`, { waitUntil: 'networkidle' });
    const heap = await workerHeap(page);
    await page.getByLabel('Choose CSV files exported from your CRM').hover();
    await page.waitForTimeout(500);
    await page.getByLabel('Choose CSV files exported from your CRM').setInputFiles(file);
    // Polled in the page, every frame; a short file may be read before its bar shows half-way.
    const halfWay = await page.waitForFunction(
      () => {
        const bar = document.querySelector('progress');
        if (bar && bar.value >= bar.max / 2) return 'half-way';
        const captions = [...document.querySelectorAll('table caption')];
        return captions.some((c) => c.textContent === 'Funnel, all months') ? 'done' : false;
      },
      null,
      { polling: 'raf', timeout: 120_000 },
    );
    const kept = (await halfWay.jsonValue()) === 'half-way' ? await heap.retained() : NaN;
    await heap.stop();
    return kept;
  } finally {
    await page.close();
  }
}

export async function crmTiming(base) {
  // An unknown switch Chromium ignores, so this run's processes can be told from any other.
  const marker = `--crm-bench-${process.pid}`;
  const browser = await chromium.launch({ ...chromiumLaunchOptions, args: [...chromiumLaunchOptions.args, marker] });
  const pid = browserPid(marker);
  const dir = mkdtempSync(join(tmpdir(), 'crm-bench-'));
  const results = [];
  try {
    for (const rows of CRM_ROWS) {
      const file = join(dir, `hubspot-contacts-${rows}.csv`);
      writeFileSync(file, crmExport('hubspot', 'leads', rows, 11));
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(`${base}/your-numbers/`, { waitUntil: 'networkidle' });
      const heap = await workerHeap(page);
      // The worker starts as the reader reaches for the file field; it is attached before the pick.
      await page.getByLabel('Choose CSV files exported from your CRM').hover();
      await page.waitForTimeout(500);
      const before = pid ? treeRss(pid) : NaN;
      let peak = before;
      const timer = setInterval(() => {
        if (pid) peak = Math.max(peak, treeRss(pid));
      }, 50);
      // Timed in the page, from the input's change event to the table's caption appearing: waiting
      // through Playwright alone polls every 500 ms after the first 300 and added up to that much.
      await page.evaluate(() => {
        const marks = { picked: NaN, shown: NaN };
        window.__crmBench = marks;
        document.addEventListener('change', () => (marks.picked = performance.now()), { capture: true, once: true });
        const seen = new MutationObserver(() => {
          const caption = [...document.querySelectorAll('table caption')].find(
            (c) => c.textContent === 'Funnel, all months',
          );
          if (!caption) return;
          marks.shown = performance.now();
          seen.disconnect();
        });
        seen.observe(document.body, { childList: true, subtree: true });
      });
      await page.getByLabel('Choose CSV files exported from your CRM').setInputFiles(file);
      await page.getByRole('table', { name: 'Funnel, all months' }).waitFor({ timeout: 120_000 });
      const marks = await page.evaluate(() => window.__crmBench);
      const totalMs = marks.shown - marks.picked;
      clearInterval(timer);
      const workerHeapKept = await heap.retained();
      const workerHeapPeak = await heap.stop();
      const status = await page.getByText(/^Read [\d,]+ rows/).innerText();
      const workerMs = Number(/in ([\d.]+) s/.exec(status)?.[1] ?? 0) * 1000;
      results.push({
        rows,
        bytes: statSync(file).size,
        totalMs: Math.round(totalMs),
        workerMs,
        rowsPerSecond: Math.round(rows / (totalMs / 1000)),
        workerHeapPeakMb: workerHeapPeak / 2 ** 20,
        workerHeapKeptMb: workerHeapKept / 2 ** 20,
        rssBeforeMb: before / 2 ** 20,
        rssPeakMb: peak / 2 ** 20,
      });
      await page.close();
      const workerHeapMidMb = (await heapHalfWay(browser, base, file)) / 2 ** 20;
      results.at(-1).workerHeapMidMb = workerHeapMidMb;
      rmSync(file);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}

/** The results as Markdown lines. */
export function crmReport(results) {
  const mb = (n) => n.toFixed(0);
  return [
    'CRM reader (/your-numbers/): a generated HubSpot contacts export picked and read until its funnel table shows, in Chromium.',
    '',
    '| Rows | File MB | Pick to table ms | Worker read + summary ms | Rows/s (end to end) | Worker JS heap peak MB | Worker heap kept half-way MB | Worker heap kept at the end MB | Browser RSS before MB | Peak MB | Growth MB |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(
      (r) =>
        `| ${r.rows.toLocaleString('en-US')} | ${(r.bytes / 2 ** 20).toFixed(1)} | ${r.totalMs} | ${r.workerMs} | ${r.rowsPerSecond.toLocaleString('en-US')} | ${r.workerHeapPeakMb.toFixed(1)} | ${Number.isNaN(r.workerHeapMidMb) ? '–' : r.workerHeapMidMb.toFixed(1)} | ${r.workerHeapKeptMb.toFixed(1)} | ${mb(r.rssBeforeMb)} | ${mb(r.rssPeakMb)} | ${mb(r.rssPeakMb - r.rssBeforeMb)} |`,
    ),
    '',
  ];
}

// `node test/tools/crm-bench.mjs <base URL>` runs it alone against a served dist/.
if (process.argv[1]?.endsWith('crm-bench.mjs')) {
  const { createStaticServer } = await import('./serve.mjs');
  const server = createStaticServer('dist');
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    console.log(crmReport(await crmTiming(`http://127.0.0.1:${server.address().port}`)).join('\n'));
  } finally {
    server.close();
  }
}
