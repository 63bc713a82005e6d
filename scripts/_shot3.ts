import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/static-server';
const server = await serveStatic(path.resolve('dist'), '/');
const browser = await launchChromium();
for (const view of ['parallel', 'interleaved', 'zh', 'en']) {
  for (const [w, scheme] of [
    [1280, 'light'],
    [375, 'dark'],
  ] as const) {
    const page = await browser.newPage({ viewport: { width: w, height: 700 }, colorScheme: scheme });
    await page.goto(`${server.url}annex/?view=${view}`);
    await page.locator('#note-10').scrollIntoViewIfNeeded();
    await page.locator('#note-10').screenshot({ path: `/tmp/v-${view}-${w}.png` });
    if (view === 'en' && w === 375) {
      await page.locator('.translator-notes').screenshot({ path: `/tmp/v-list-${w}.png` });
    }
    await page.close();
  }
}
await browser.close();
await server.close();
