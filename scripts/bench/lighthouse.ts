// Lighthouse (mobile settings, the system Chromium) for the home page, a reader part and the glossary: the
// four category scores, served with gzip as a static host would.
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../../tests/support/chromium';
import { serveStatic } from '../../tests/support/static-server';

const PAGES = { home: '', reader: 'part-5/', glossary: 'glossary/' };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function benchLighthouse(dist = 'dist') {
  const server = await serveStatic(path.resolve(dist), '/', { gzip: true });
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const rows = [];
  try {
    for (const [type, route] of Object.entries(PAGES)) {
      const result = await lighthouse(server.url + route, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...CATEGORIES],
      });
      const lhr = result!.lhr;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
      const failed = Object.values(lhr.audits)
        .filter(
          (audit) =>
            audit.score !== null &&
            audit.score < 1 &&
            audit.scoreDisplayMode !== 'informative' &&
            audit.scoreDisplayMode !== 'manual',
        )
        .map((audit) => audit.id);
      rows.push({ type, route: `/${route}`, ...scores, failedAudits: failed });
    }
  } finally {
    chrome.kill();
    await server.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Lighthouse, mobile (target 100 in each category):');
  console.table(await benchLighthouse());
}
