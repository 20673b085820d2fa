import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-first-run','--disable-gpu'] });
for (const w of [320, 700, 1000]) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  await page.goto('http://localhost:4431/guide/what-marketing-does/', { waitUntil: 'networkidle' });
  for (const i of [0, 3, 6]) {
    const link = page.locator('.term-link').nth(i);
    await link.scrollIntoViewIfNeeded();
    await link.hover();
    const lb = await link.boundingBox(); const tip = page.locator('.term-tip').nth(i); const tb = await tip.boundingBox();
    await page.mouse.move(lb.x + lb.width / 2, lb.y + lb.height - 2);
    const res = [];
    for (let y = lb.y + lb.height - 2; y <= tb.y + 6; y += 2) { await page.mouse.move(Math.max(tb.x + 4, Math.min(lb.x + lb.width / 2, tb.x + tb.width - 4)), y); res.push(await tip.isVisible() ? 1 : 0); }
    console.log(w, i, 'gap', (tb.y - (lb.y + lb.height)).toFixed(1), 'visible along path', res.join(''));
  }
  await page.close();
}
await browser.close();
