// Takes screenshots of built pages for a visual check: npm run screenshots -- [path ...]
// Writes PNGs to test-results/screenshots/, at phone and desktop widths, light and dark, in every view mode.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/static-server';

const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['', 'part-3/'];
const views = (process.env.VIEWS ?? 'parallel').split(',');
const out = path.resolve('test-results/screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(path.resolve('dist'));
const browser = await launchChromium();
for (const width of [375, 1280]) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
    const page = await context.newPage();
    for (const target of pages) {
      for (const view of views) {
        await page.goto(`${server.url}${target}${target.includes('?') ? '&' : '?'}view=${view}`);
        const name = `${(target || 'home').replace(/[^a-z0-9]+/gi, '_')}-${view}-${width}-${scheme}.png`;
        await page.screenshot({ path: path.join(out, name), fullPage: process.env.FULL === '1' });
        console.log(name);
      }
    }
    await context.close();
  }
}
await browser.close();
await server.close();
