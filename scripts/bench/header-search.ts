// Header search on a reader page (npm run build first): a reader focuses the box, types, presses Enter. Times,
// in Chromium on the site served with gzip, the median of several runs in fresh tabs:
// - Enter → first result painted (target ≤ 300 ms; 0 when the results were already on screen as they typed);
// - last key → results for the whole query painted;
// - the same when the query arrives the instant the box is focused, before Pagefind can have loaded (cold).
// Chinese comes as one input event, as an input method commits a word; English key by key.
// Prints a table and writes bench-results/header-search.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { median } from './stats';

const RUNS = Number(process.env.RUNS ?? 5);
const QUERIES = ['三线一单', 'navel orange'];
/** Between focusing the box and the first key: a reader finding the keys, or composing pinyin. */
const THINK_MS = 400;

/** Records, in the page, when Enter and the last key went down and when results for `query` were painted. */
function watch(page: Page, query: string) {
  return page.evaluate((q) => {
    const times = { enter: 0, lastKey: 0, painted: 0 };
    (window as unknown as { times: typeof times }).times = times;
    const input = document.querySelector<HTMLInputElement>('.site-search input')!;
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') times.enter = performance.now();
    });
    input.addEventListener('input', () => (times.lastKey = performance.now()));
    document.addEventListener('search:rendered', (event) => {
      if ((event as CustomEvent).detail.query !== q || times.painted) return;
      // Two frames: the one that lays out the results, and the paint after it.
      requestAnimationFrame(() => requestAnimationFrame(() => (times.painted = performance.now())));
    });
  }, query);
}

async function typeQuery(page: Page, query: string) {
  if (/[^\x20-\x7e]/.test(query)) await page.keyboard.insertText(query);
  else await page.keyboard.type(query, { delay: 90 });
}

export async function benchHeaderSearch(dist = 'dist') {
  const server = await serveStatic(path.resolve(dist), '/', { gzip: true });
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const query of QUERIES) {
      for (const cold of [false, true]) {
        const enter: number[] = [];
        const lastKey: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
          const page = await context.newPage();
          await page.goto(`${server.url}part-3/`, { waitUntil: 'networkidle' });
          await watch(page, query);
          await page.locator('.site-search input').focus();
          if (!cold) await page.waitForTimeout(THINK_MS);
          await typeQuery(page, query);
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => (window as unknown as { times: { painted: number } }).times.painted > 0);
          const times = await page.evaluate(() => (window as unknown as { times: Record<string, number> }).times);
          enter.push(Math.max(0, times.painted! - times.enter!));
          lastKey.push(times.painted! - times.lastKey!);
          await context.close();
        }
        rows.push({
          query,
          start: cold ? 'typed at once on focus' : `typed ${THINK_MS} ms after focus`,
          enterToResultMs: Math.round(median(enter)),
          lastKeyToResultMs: Math.round(median(lastKey)),
          lastKeyToResultMaxMs: Math.round(Math.max(...lastKey)),
        });
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchHeaderSearch();
  console.log(`Header search on /part-3/, median of ${RUNS} runs (target: Enter → first result ≤ 300 ms):`);
  console.table(rows);
  await mkdir('bench-results', { recursive: true });
  await writeFile(
    'bench-results/header-search.json',
    JSON.stringify({ date: new Date().toISOString(), rows }, null, 2),
  );
}
