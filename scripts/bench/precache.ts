// What the service worker downloads on a first visit: the files of its precache list, by kind, uncompressed and as
// a static host sends them (gzip for text; Pagefind's files, the WebAssembly and the PNGs as they are).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { precacheManifest } from '../../src/integrations/service-worker';

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

if (import.meta.url === `file://${process.argv[1]}`) {
  const kb = (bytes: number) => (bytes / 1024).toFixed(1);
  const { rows, worker } = await benchPrecache();
  console.log('The service worker precache, downloaded once after the first visit, KB:');
  console.table(rows.map((r) => ({ ...r, bytes: kb(r.bytes), sent: kb(r.sent) })));
  console.log(`sw.js itself: ${kb(worker.bytes)} KB, ${kb(worker.gzip)} KB gzip`);
}
