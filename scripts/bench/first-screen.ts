// The phone's first screen: how far down a reader part's text begins (the top of its first paragraph, in CSS px
// from the top of the viewport) at phone sizes, this site beside the Starlight twin of the same content. Reads
// dist/ (npm run build first) and the twin's built site, PEER_DIST or the copy `npm run bench:build` leaves in
// node_modules/.cache/peer-starlight/dist. Writes a screenshot of each to test-results/first-screen-*.png.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';

export const PHONES = [
  { width: 390, height: 844 },
  { width: 320, height: 568 },
] as const;
const ROUTE = 'part-5/';

/** The report's first paragraph on each site: ours (its first text, in either language), the twin's. */
const FIRST_PARAGRAPH = { ours: 'article .pair--paragraph .text', twin: '.sl-markdown-content > p' };

/** The top of the first paragraph that is shown, in CSS px from the top of the viewport. */
export function firstTextTop(page: Page, selector = FIRST_PARAGRAPH.ours): Promise<number> {
  return page.evaluate((selector) => {
    const shown = [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length > 0);
    if (!shown) throw new Error(`No ${selector} shown on ${location.pathname}`);
    return Math.round(shown.getBoundingClientRect().top);
  }, selector);
}

export async function benchFirstScreen(dist = 'dist', peerDist = process.env.PEER_DIST) {
  const twinDist = path.resolve(peerDist ?? path.join('node_modules', '.cache', 'peer-starlight', 'dist'));
  if (!existsSync(path.join(twinDist, ROUTE, 'index.html')))
    throw new Error(`No built Starlight twin at ${twinDist}: run \`npm run bench:build\` or set PEER_DIST`);
  const servers = { ours: await serveStatic(path.resolve(dist)), twin: await serveStatic(twinDist) };
  const browser = await launchChromium();
  await mkdir('test-results', { recursive: true });
  const rows = [];
  try {
    for (const viewport of PHONES) {
      const row: Record<string, number | string> = { viewport: `${viewport.width}×${viewport.height}` };
      for (const site of ['ours', 'twin'] as const) {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(servers[site].url + ROUTE);
        row[`${site}Px`] = await firstTextTop(page, FIRST_PARAGRAPH[site]);
        await page.screenshot({ path: `test-results/first-screen-${site}-${viewport.width}.png` });
        await context.close();
      }
      rows.push(row);
    }
  } finally {
    await browser.close();
    await Promise.all(Object.values(servers).map((server) => server.close()));
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Top of the first paragraph of /${ROUTE}, CSS px (target: ours ≤ twin):`);
  console.table(await benchFirstScreen());
}
