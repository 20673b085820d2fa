import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const out = new Map();
page.on('response', async (r) => { if (r.request().resourceType() === 'script') { try { const b = await r.body(); out.set(r.url().split('/').pop(), gzipSync(b).length); } catch {} } });
await page.goto('http://localhost:4334/funnel/', { waitUntil: 'networkidle' });
const inline = await page.evaluate(() => [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? ''));
console.log('inline', inline.map((s) => gzipSync(s).length), gzipSync(inline.join('')).length);
for (const island of await page.locator('astro-island').all()) { await island.evaluate((el) => (el.firstElementChild ?? el).scrollIntoView()); }
await page.waitForTimeout(1500);
await page.getByRole('button', { name: 'Copy link to this funnel' }).hover();
await page.waitForLoadState('networkidle');
let t = 0; for (const [k, v] of [...out].sort((a, b) => b[1] - a[1])) { t += v; console.log(v, k); } console.log('total', t);
await browser.close();
