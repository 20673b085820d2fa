import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-first-run','--disable-gpu'] });
for (const w of [320, 700, 1000, 1280]) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 } });
  await page.goto('http://localhost:4431/guide/what-marketing-does/', { waitUntil: 'networkidle' });
  const links = page.locator('.term-link');
  const n = await links.count();
  let worst = 0, shotDone = false;
  for (let i = 0; i < n; i++) {
    await links.nth(i).hover();
    const o = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const tipBox = await page.locator('.term-tip').nth(i).boundingBox();
    const linkBox = await links.nth(i).boundingBox();
    worst = Math.max(worst, o);
    if (tipBox && linkBox && tipBox.x + tipBox.width > w - 1) console.log('tip past edge', w, i);
    if (!shotDone && linkBox && linkBox.x > w * 0.5) { await page.screenshot({ path: `/tmp/tip-${w}.png`, clip: { x: 0, y: Math.max(0, linkBox.y - 60), width: w, height: 240 } }); shotDone = true; }
    // Moving from link onto the tip keeps it open
    if (tipBox && i === 3) { await page.mouse.move(linkBox.x + linkBox.width / 2, tipBox.y + 4, { steps: 8 }); console.log(w, 'tip stays when hovered:', await page.locator('.term-tip').nth(i).isVisible()); }
  }
  console.log(w, 'max overflow while hovering', worst);
  await page.close();
}
await browser.close();
