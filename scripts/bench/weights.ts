// Page weight per page type on the built site, as a phone on a static host would load it: gzip bytes of the
// HTML, the CSS and the JavaScript loaded before any interaction, fonts and images; and, for reader pages, the
// HTML's gzip size against the gzip size of the page's bilingual text.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSiteContent } from '../../src/content/load-site-content';
import { launchChromium } from '../lib/chromium';
import { serveStatic } from '../lib/static-server';

export const PAGE_TYPES = {
  home: '',
  reader: 'part-5/',
  glossary: 'glossary/',
  annex: 'annex/',
  search: 'search/',
  status: 'status/',
};

export async function benchWeights(dist = 'dist') {
  const server = await serveStatic(path.resolve(dist), '/', { gzip: true });
  const browser = await launchChromium();
  const rows = [];
  try {
    for (const [type, route] of Object.entries(PAGE_TYPES)) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
      const page = await context.newPage();
      const loaded: Promise<{ kind: string; bytes: number }>[] = [];
      page.on('requestfinished', (request) =>
        loaded.push(request.sizes().then((s) => ({ kind: request.resourceType(), bytes: s.responseBodySize }))),
      );
      await page.goto(server.url + route, { waitUntil: 'networkidle' });
      const resources = await Promise.all(loaded);
      const sum = (kind: string) => resources.filter((r) => r.kind === kind).reduce((n, r) => n + r.bytes, 0);
      rows.push({
        type,
        route: `/${route}`,
        html: sum('document'),
        css: sum('stylesheet'),
        js: sum('script'),
        fonts: resources.filter((r) => r.kind === 'font').length,
        images: resources.filter((r) => r.kind === 'image').length,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

/**
 * For every reader page: gzip size of its HTML, of its text in both languages, and their ratio; and the same for
 * the report's own markup, the page's `<article>` (paragraphs, sentence wrappers, term links, note markers),
 * apart from the page's fixed chrome (head, header, toolbar, part navigation, footer).
 */
export async function benchTextRatio(dist = 'dist') {
  const { parts } = await loadSiteContent('content');
  const rows = [];
  for (const part of parts) {
    const page = await readFile(path.join(dist, part.slug, 'index.html'), 'utf8');
    const html = gzipSync(page).length;
    const text = gzipSync(part.blocks.map((block) => `${block.zh.text}\n${block.en.text}\n`).join('')).length;
    const article = page.slice(page.indexOf('<article'), page.indexOf('</article>') + '</article>'.length);
    const articleGzip = gzipSync(article).length;
    rows.push({
      part: part.slug,
      htmlGzip: html,
      textGzip: text,
      ratio: Number((html / text).toFixed(2)),
      articleGzip,
      articleRatio: Number((articleGzip / text).toFixed(2)),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  console.log('Page weight, gzip KB, before any interaction (targets on a reader page: JS < 10, CSS < 15, no fonts):');
  console.table((await benchWeights()).map((r) => ({ ...r, html: kb(r.html), css: kb(r.css), js: kb(r.js) })));
  console.log('Reader pages: HTML gzip, and the <article> alone, against bilingual text gzip (target ≤ 1.6):');
  console.table(await benchTextRatio());
}
