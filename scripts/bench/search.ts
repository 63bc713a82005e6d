// Search benchmark on the built site (npm run build first): bytes fetched by a reader's first query, and the
// time from keystroke to painted results once Pagefind is loaded. Medians of several runs in Chromium.
// Prints a table and writes bench-results/search.json.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';
import { median } from './stats';

const RUNS = Number(process.env.RUNS ?? 7);
const FIRST_QUERIES = ['三线一单', 'navel orange', 'GDP比重', '三线一单 navel orange'];
const WARM_QUERIES = ['乡村振兴', '高标准农田', '2000家', 'oranges', 'rural revitalization', '生态修复', 'elevator'];

/** Types the query's last character as a keystroke and resolves with ms until the results are painted. */
function timeKeystroke(page: Page, query: string): Promise<number> {
  return page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#search-form input[name="q"]')!;
    input.value = q.slice(0, -1);
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const done = new AbortController();
    const painted = new Promise<number>((resolve) => {
      document.addEventListener(
        'search:rendered',
        (event) => {
          if ((event as CustomEvent).detail.query !== q) return;
          done.abort();
          // Two frames: the one that lays out the new results, and the paint after it.
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
        },
        { signal: done.signal },
      );
    });
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, data: q.slice(-1) }));
    return (await painted) - start;
  }, query);
}

export async function benchSearch(
  dist = 'dist',
  {
    queries = FIRST_QUERIES,
    runs = RUNS,
    keystrokes = true,
  }: { queries?: string[]; runs?: number; keystrokes?: boolean } = {},
) {
  const server = await serveStatic(path.resolve(dist), '/', { gzip: true });
  const browser = await launchChromium();
  const firstQuery: { query: string; bytes: number; requests: number }[] = [];
  const keystroke: number[] = [];
  try {
    for (const query of queries) {
      const samples: { bytes: number; requests: number }[] = [];
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto(`${server.url}search/`);
        await page.waitForLoadState('networkidle');
        const responses: Promise<number>[] = [];
        page.on('requestfinished', (request) =>
          responses.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)),
        );
        await timeKeystroke(page, query);
        const sizes = await Promise.all(responses);
        samples.push({ bytes: sizes.reduce((a, b) => a + b, 0), requests: sizes.length });
        await context.close();
      }
      firstQuery.push({
        query,
        bytes: median(samples.map((s) => s.bytes)),
        requests: median(samples.map((s) => s.requests)),
      });
    }
    if (keystrokes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${server.url}search/`);
      await timeKeystroke(page, '三线一单'); // load Pagefind and both languages' indexes first
      await timeKeystroke(page, 'navel orange');
      for (let run = 0; run < runs; run++) {
        for (const query of WARM_QUERIES) keystroke.push(await timeKeystroke(page, query));
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return {
    firstQuery,
    keystrokeToPaintMs: { median: median(keystroke), max: Math.max(...keystroke), samples: keystroke.length },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchSearch();
  console.log('Search: bytes fetched by a first query (gzip, median of %d runs; target < 150 KB)', RUNS);
  console.table(
    result.firstQuery.map((r) => ({ query: r.query, 'KB fetched': (r.bytes / 1024).toFixed(1), requests: r.requests })),
  );
  const { median: mid, max, samples } = result.keystrokeToPaintMs!;
  console.log(
    'Search: keystroke to painted results, Pagefind loaded: median %s ms, max %s ms over %d searches (target < 100 ms)',
    mid.toFixed(1),
    max.toFixed(1),
    samples,
  );
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/search.json', JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2));
}
