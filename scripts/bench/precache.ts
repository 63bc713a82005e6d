// What the service worker downloads on a first visit: the files of its precache list, by kind, uncompressed and as
// a static host sends them (gzip for text; Pagefind's files, the WebAssembly and the PNGs as they are); and how long
// after the first page's navigation the site works offline, over a network of a given round trip.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheManifest } from '../../src/integrations/service-worker';
import { launchChromium } from '../lib/chromium';
import { untilControlled } from '../lib/service-worker';
import { serveStatic } from '../lib/static-server';

const KINDS: [kind: string, test: RegExp][] = [
  ['Pagefind index', /^pagefind\/(fragment|index|filter)\//],
  ['Pagefind runtime', /^pagefind\//],
  ['scripts and styles', /^_astro\//],
  ['national report pages', /^national\/.*\.html$/],
  ['other pages', /\.html$/],
  ['page data (json)', /\.json$/],
  ['print stylesheets', /\/print\.css$/],
  ['icons and manifest', /./],
];

export async function benchPrecache(dist = 'dist') {
  const { manifestEntries } = await precacheManifest(dist);
  const rows = new Map(KINDS.map(([kind]) => [kind, { kind, files: 0, bytes: 0, sent: 0 }]));
  for (const { url } of manifestEntries) {
    const bytes = readFileSync(path.join(dist, url));
    const compressed = (bytes[0] === 0x1f && bytes[1] === 0x8b) || /\.(png|pagefind)$/.test(url);
    const row = rows.get(KINDS.find(([, test]) => test.test(url))![0])!;
    row.files++;
    row.bytes += bytes.length;
    row.sent += compressed ? bytes.length : gzipSync(bytes).length;
  }
  const all = [...rows.values()];
  const total = all.reduce(
    (sum, r) => ({ ...sum, files: sum.files + r.files, bytes: sum.bytes + r.bytes, sent: sum.sent + r.sent }),
    {
      kind: 'total',
      files: 0,
      bytes: 0,
      sent: 0,
    },
  );
  const worker = readFileSync(path.join(dist, 'sw.js'));
  return { rows: [...all, total], worker: { bytes: worker.length, gzip: gzipSync(worker).length } };
}

/**
 * Seconds from a first visit's navigation to `/part-5/` until the service worker controls the page with its whole
 * precache, in Chromium, each response held `latency` ms by the server (a round trip; the loopback's bandwidth is
 * not limited). Median of `runs`, each in a new context, which has no worker yet.
 */
export async function benchOfflineReady(dist = 'dist', latencies = [0, 50, 150], runs = 3) {
  const browser = await launchChromium();
  const rows: { latency: number; seconds: string; peak: number }[] = [];
  try {
    for (const latency of latencies) {
      const server = await serveStatic(path.resolve(dist), '/', { gzip: true, latency });
      const times: number[] = [];
      let peak = 0;
      for (let run = 0; run < runs; run++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${server.url}part-5/`);
        // The page's own files: what follows is the worker's.
        server.peakRequests();
        await untilControlled(page);
        times.push((performance.now() - start) / 1000);
        peak = Math.max(peak, server.peakRequests());
        await context.close();
      }
      await server.close();
      times.sort((x, y) => x - y);
      rows.push({ latency, seconds: times[Math.floor(runs / 2)]!.toFixed(1), peak });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const { rows, worker } = await benchPrecache();
  console.log('The service worker precache, downloaded once after the first visit, KB:');
  console.table(rows.map((r) => ({ ...r, bytes: kb(r.bytes), sent: kb(r.sent) })));
  console.log(`sw.js itself: ${kb(worker.bytes)} KB, ${kb(worker.gzip)} KB gzip`);
  console.log('Offline-ready after a first visit (median of 3), at a round trip of … ms; most requests at once:');
  console.table(await benchOfflineReady());
}
