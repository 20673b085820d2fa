import { chromium } from '@playwright/test';
const [path = '/funnel/', width = '1000', scheme = 'light'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: Number(width), height: 1400 }, colorScheme: scheme });
await page.goto('http://localhost:4432' + path, { waitUntil: 'networkidle' });
const h = await page.evaluate(() => document.documentElement.scrollHeight);
let i = 0;
for (let y = 750; y < h && i < 8; y += 1400, i++) {
  await page.evaluate((y) => window.scrollTo(0, y), y);
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/part${i}.png` });
}
console.log(h, i);
await browser.close();
