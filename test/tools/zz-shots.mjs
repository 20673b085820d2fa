import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-first-run','--disable-gpu'] });
const base = 'http://localhost:4431';
async function shot(path, out, width, scheme, fn) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (fn) await fn(page);
  else await page.screenshot({ path: out, fullPage: true });
  await page.close();
}
const [what] = process.argv.slice(2);
if (what === 'diagrams') {
  for (const [p, id] of [['/guide/funnel-and-handoff/','figure-handoff'],['/guide/the-rivalry/','figure-rivalry'],['/guide/today-and-tomorrow/','figure-today-tomorrow'],['/guide/four-kinds-of-relationship/','figure-relationships']]) {
    for (const scheme of ['light','dark']) for (const w of [1280, 320]) {
      await shot(p, null, w, scheme, async (page) => { await page.locator('#'+id).screenshot({ path: `/tmp/sh-${id}-${scheme}-${w}.png` }); });
    }
  }
}
if (what === 'table') {
  for (const w of [1280, 320]) await shot('/guide/marketing-vs-sales/', null, w, 'light', async (page) => { await page.locator('.compare').screenshot({ path: `/tmp/sh-table-${w}.png` }); });
  await shot('/guide/marketing-vs-sales/', null, 320, 'dark', async (page) => { await page.locator('.compare').screenshot({ path: `/tmp/sh-table-320-dark.png` }); });
}
if (what === 'term') {
  for (const w of [1280, 320]) await shot('/guide/what-marketing-does/', null, w, 'light', async (page) => {
    const link = page.locator('.term-link').nth(2); await link.focus(); await link.scrollIntoViewIfNeeded();
    const box = await link.boundingBox();
    await page.screenshot({ path: `/tmp/sh-term-${w}.png`, clip: { x: 0, y: Math.max(0, box.y - 120), width: w, height: 360 } });
    console.log(w, await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth));
  });
  await shot('/guide/what-marketing-does/', null, 1280, 'dark', async (page) => {
    const link = page.locator('.term-link').nth(5); await link.hover(); 
    const box = await link.boundingBox();
    await page.screenshot({ path: `/tmp/sh-term-hover-dark.png`, clip: { x: 0, y: Math.max(0, box.y - 120), width: 1280, height: 360 } });
    await page.keyboard.press('Escape');
    console.log('after esc visible:', await page.locator('.term-tip').nth(5).isVisible());
  });
}
if (what === 'page') { await shot(process.argv[3], process.argv[4], Number(process.argv[5]||1280), process.argv[6]||'light'); }
await browser.close();
