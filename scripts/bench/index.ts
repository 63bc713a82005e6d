// npm run bench: every benchmark on the freshly built site. Prints the tables and writes
// bench-results/bench.json with the date and the machine they were measured on.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { benchBuild } from './build';
import { benchCheck } from './check';
import { benchEchoes } from './echoes';
import { benchHeaderSearch } from './header-search';
import { benchKeywords } from './keywords';
import { benchLighthouse, benchPaint } from './lighthouse';
import { benchSearch } from './search';
import { benchTextRatio, benchWeights } from './weights';

const kb = (bytes: number) => Number((bytes / 1024).toFixed(1));

const lighthouse = await benchLighthouse();
console.log('\nLighthouse, mobile (target: 100 in each category)');
console.table(
  lighthouse.map(({ failedAudits, ...scores }) => ({ ...scores, 'audits below 1': failedAudits.join(', ') })),
);

const paint = await benchPaint();
console.log('\nPaint, median of 5 mobile Lighthouse runs after a warm-up (target: Speed Index ≤ 1,200 ms)');
console.table(paint);

const weights = await benchWeights();
console.log(
  '\nPage weight, KB gzip, before any interaction (reader page targets: JS < 10, CSS < 15, no fonts or images)',
);
console.table(weights.map((r) => ({ ...r, html: kb(r.html), css: kb(r.css), js: kb(r.js) })));

const ratio = await benchTextRatio();
console.log('\nReader pages: HTML gzip, and the <article> alone, / bilingual text gzip (target ≤ 1.6)');
console.table(ratio);

const search = await benchSearch();
console.log('\nSearch: first query, KB fetched (target < 150) and keystroke to painted results (target < 100 ms)');
console.table(search.firstQuery.map((r) => ({ query: r.query, KB: kb(r.bytes), requests: r.requests })));
console.log(
  'keystroke to paint: median %s ms, max %s ms',
  search.keystrokeToPaintMs!.median.toFixed(1),
  search.keystrokeToPaintMs!.max.toFixed(1),
);

const headerSearch = await benchHeaderSearch();
console.log('\nHeader search on a reader page (target: Enter → first result ≤ 300 ms)');
console.table(headerSearch);

const check = await benchCheck();
console.log('\nContent check (strict), ms after start-up');
console.table([check]);

const echoes = await benchEchoes();
console.log('\nEchoes: national reports read and every sentence matched, ms after start-up (target: cold < 2,000)');
console.table([echoes]);
const keywords = await benchKeywords();
console.log('\nKeywords against the national reports, ms after content loading (first run: with jieba loading)');
console.table([{ ...keywords, top: keywords.top.slice(0, 5).join(', ') }]);

const build = await benchBuild();
console.log('\nastro build beside the Starlight twin, ms with process start-up (alternately, median; ours / twin)');
console.table(build.rounds);
console.log('median: ours %s ms, twin %s ms; ours / twin %s', build.oursMedianMs, build.twinMedianMs, build.ratio);
console.log(
  'without the learner-data routes: ours %s ms; ours / twin %s',
  build.oursWithoutLearnerDataMedianMs,
  build.ratioWithoutLearnerData,
);
console.log(
  'processor time: ours %s ms, twin %s ms; ours spread over every core / twin %s',
  build.oursCpuMedianMs,
  build.twinCpuMedianMs,
  build.floorRatio,
);

const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
await mkdir('bench-results', { recursive: true });
await writeFile(
  'bench-results/bench.json',
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine,
      lighthouse,
      paint,
      weights,
      ratio,
      search,
      headerSearch,
      check,
      echoes,
      keywords,
      build,
    },
    null,
    2,
  ),
);
console.log(`\nMeasured on ${machine}; written to bench-results/bench.json`);
