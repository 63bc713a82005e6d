import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/static-server';
const server = await serveStatic(path.resolve('dist'), '/');
const browser = await launchChromium();
for (const [w, scheme] of [
  [1280, 'light'],
  [375, 'dark'],
] as const) {
  const page = await browser.newPage({ viewport: { width: w, height: 800 }, colorScheme: scheme });
  await page.goto(`${server.url}part-2/`);
  await page.locator('#innovation-collaboration').screenshot({ path: `/tmp/n-top-${w}.png` });
  await page.locator('.translator-notes').screenshot({ path: `/tmp/n-list-${w}.png` });
  await page.locator('a.note-ref').nth(1).hover();
  await page.waitForTimeout(600);
  await page.screenshot({ path: `/tmp/n-pop-${w}.png` });
}
await browser.close();
await server.close();
