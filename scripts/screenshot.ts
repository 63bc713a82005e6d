// Takes screenshots of built pages for a visual check: npm run screenshots -- [--engine E] [path ...]
// Writes PNGs to test-results/screenshots/, at phone and desktop widths, light and dark, in every view mode
// named by VIEWS. --engine chromium (the default), firefox, webkit or all: the same pages in each engine.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ENGINES, launchEngine, type EngineName } from './lib/engines';
import { serveStatic } from './lib/static-server';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { engine: { type: 'string', default: 'chromium' } },
});
const engines: readonly EngineName[] =
  values.engine === 'all' ? ENGINES : [values.engine as EngineName].filter((name) => ENGINES.includes(name));
if (!engines.length) throw new Error(`--engine must be one of ${ENGINES.join(', ')} or all, not ${values.engine}`);
const pages = positionals.length ? positionals : ['', 'part-3/'];
const views = (process.env.VIEWS ?? 'parallel').split(',');
const out = path.resolve('test-results/screenshots');
await mkdir(out, { recursive: true });
const server = await serveStatic(path.resolve('dist'));
for (const name of engines) {
  for (const scheme of ['light', 'dark'] as const) {
    const engine = await launchEngine(name, { colorScheme: scheme });
    for (const width of [375, 1280]) {
      const page = await engine.newPage({ width, height: 900 });
      for (const target of pages) {
        for (const view of views) {
          await page.goto(`${server.url}${target}${target.includes('?') ? '&' : '?'}view=${view}`);
          const shot = `${(target || 'home').replace(/[^a-z0-9]+/gi, '_')}-${view}-${width}-${scheme}-${name}.png`;
          await page.screenshot(path.join(out, shot), { fullPage: process.env.FULL === '1' });
          console.log(shot);
        }
      }
      await page.close();
    }
    await engine.close();
  }
}
await server.close();
