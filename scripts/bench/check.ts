// Times `npm run check` (the content checker, without start-up) on this report and on a synthetic corpus of
// 50 reports: with no cache (every file parsed), with the cache of the run before, and with the cache after one
// file was edited (a translator's re-check). Prints a table and writes bench-results/check.json.
import { appendFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../../src/content/check-content';
import { loadSiteContent } from '../../src/content/load-site-content';
import { openParseCache } from '../../src/content/parse-cache';
import { checkCacheVersion } from '../lib/check-cache';
import { writeSyntheticCorpus } from './synthetic-corpus';
import { median } from './stats';

const RUNS = Number(process.env.RUNS ?? 5);

export async function benchCheck(copies: number[] = [1, 50]) {
  const rows = [];
  const version = await checkCacheVersion();
  for (const n of copies) {
    const dir = n === 1 ? 'content' : path.join(tmpdir(), `reader-corpus-${n}`);
    if (n !== 1) await writeSyntheticCorpus('content', dir, n);
    const cacheFile = path.join(tmpdir(), `reader-check-cache-${n}.cache`);
    await rm(cacheFile, { force: true });
    // The file a translator edits between two checks: a copy of the corpus when there is one, never the report.
    const edited =
      n === 1 ? undefined : path.join(dir, 'report', 'en', (await readdir(path.join(dir, 'report', 'en')))[1]!);
    const times = { uncached: [] as number[], load: [] as number[], cached: [] as number[], edited: [] as number[] };
    let blocks = 0;
    // The whole check as `npm run check` runs it: open the cache, check, save it.
    const timedCheck = async (useCache: boolean) => {
      const start = performance.now();
      const cache = useCache ? await openParseCache(cacheFile, version) : undefined;
      const { parts, diagnostics } = await checkContent(dir, { strict: true, cache, html: false });
      await cache?.save();
      const ms = performance.now() - start;
      blocks = parts.reduce((sum, part) => sum + part.blocks.length, 0);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) throw new Error(`the ${n}× corpus has ${errors.length} errors, first: ${errors[0]!.message}`);
      return ms;
    };
    for (let run = 0; run < RUNS; run++) {
      // Loading (parsing every file) alone, then the whole check: the difference is what the rules cost.
      const loadStart = performance.now();
      await loadSiteContent(dir, { html: false });
      times.load.push(performance.now() - loadStart);
      times.uncached.push(await timedCheck(false));
      // Fills the cache (the first run) or finds it full.
      await timedCheck(true);
      times.cached.push(await timedCheck(true));
      if (edited) {
        // A trailing line break: the file's text changes (a cache miss), its content does not.
        await appendFile(edited, '\n');
        times.edited.push(await timedCheck(true));
      }
    }
    rows.push({
      copies: n,
      blocks,
      uncachedMs: Math.round(median(times.uncached)),
      loadMs: Math.round(median(times.load)),
      cachedMs: Math.round(median(times.cached)),
      editedMs: times.edited.length ? Math.round(median(times.edited)) : undefined,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchCheck();
  console.log(`Content check (strict), median of ${RUNS} runs after start-up:`);
  console.table(
    rows.map((r) => ({
      corpus: `${r.copies}×`,
      blocks: r.blocks,
      'no cache ms': r.uncachedMs,
      'loading ms': r.loadMs,
      'rules ms': r.uncachedMs - r.loadMs,
      'ms per 100 blocks': ((r.uncachedMs / r.blocks) * 100).toFixed(1),
      'cached ms': r.cachedMs,
      'one file edited ms': r.editedMs ?? '',
    })),
  );
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/check.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
}
