// Measures the JavaScript a page loads once its islands have hydrated: raw and gzip bytes.
// Usage: node test/tools/js-bytes.mjs http://localhost:4321 /assessment/ /assessment/team/ …
import { launchChromium } from './chromium.ts';
import { gzipSync } from 'node:zlib';

const [base, ...paths] = process.argv.slice(2);
const browser = await launchChromium();
for (const path of paths) {
  const page = await browser.newPage();
  const scripts = new Map();
  page.on('response', async (res) => {
    if (res.request().resourceType() !== 'script' && !res.url().endsWith('.js')) return;
    try {
      scripts.set(res.url(), await res.body());
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  // client:intent islands wait for the reader's first intent: a wheel turn is one.
  await page.mouse.wheel(0, 1);
  for (const island of await page.locator('astro-island').all()) await island.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((el) => !el.hasAttribute('ssr')),
  );
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
  );
  let raw = Buffer.byteLength(inline);
  let gz = gzipSync(inline).length;
  for (const body of scripts.values()) {
    raw += body.length;
    gz += gzipSync(body).length;
  }
  console.log(`${path}\t${scripts.size} files\t${(raw / 1024).toFixed(1)} KiB raw\t${(gz / 1024).toFixed(1)} KiB gzip`);
  await page.close();
}
await browser.close();
