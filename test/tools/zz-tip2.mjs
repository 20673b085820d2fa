import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-first-run','--disable-gpu'] });
for (const w of [320, 700]) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  await page.goto('http://localhost:4431/guide/what-marketing-does/', { waitUntil: 'networkidle' });
  const link = page.locator('.term-link').nth(3);
  await link.scrollIntoViewIfNeeded();
  await link.hover();
  const lb = await link.boundingBox(); const tb = await page.locator('.term-tip').nth(3).boundingBox();
  console.log(w, 'link', lb, 'tip', tb);
  const term = await page.locator('.term').nth(3).boundingBox(); console.log('term', term);
  await page.screenshot({ path: `/tmp/tip2-${w}.png`, clip: { x: 0, y: Math.max(0, lb.y - 60), width: w, height: 240 } });
  await page.close();
}
await browser.close();
