import { launchChromium } from './chromium.ts';
import { gzipSync } from 'node:zlib';
const [base, path, seedFile] = process.argv.slice(2);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
if (seedFile) {
  const seed = JSON.parse((await import('node:fs')).readFileSync(seedFile, 'utf8'));
  await page.addInitScript((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, seed);
}
const rows = [];
page.on('response', async (r) => { if (r.request().resourceType() === 'script') { try { rows.push([new URL(r.url()).pathname, gzipSync(await r.body()).length]); } catch {} } });
await page.goto(base + path, { waitUntil: 'networkidle' });
await page.waitForTimeout(500);
await page.waitForLoadState('networkidle');
let t = 0; for (const [u, n] of rows) { t += n; console.log(n, u); } console.log('total', t);
await browser.close();
