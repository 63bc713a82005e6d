// Build scaling: synthetic corpora of 1, 10 and 50 reports (scripts/bench/synthetic-corpus.ts); for each, the
// time of the content check (with start-up, every file parsed), of `astro build` without the search index, and
// of the Pagefind index; the index size; and the bytes fetched by one search on the built corpus.
import { spawnSync } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchSearch } from './search';
import { writeSyntheticCorpus } from './synthetic-corpus';

/** Runs a command with extra environment; returns its wall time in ms and output, and throws if it fails. */
function timed(command: string, args: string[], env: Record<string, string> = {}) {
  const start = performance.now();
  const result = spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env, FORCE_COLOR: '0' } });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, output: result.stdout + result.stderr };
}

async function folderSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

export async function benchScaling(copies: number[] = [1, 10, 50]) {
  const rows = [];
  for (const n of copies) {
    const content = n === 1 ? 'content' : path.join(tmpdir(), `reader-corpus-${n}`);
    if (n !== 1) await writeSyntheticCorpus('content', content, n);
    const outDir = path.join(tmpdir(), `reader-dist-${n}`);
    const check = timed('npx', ['tsx', 'scripts/check.ts', '--strict', '--no-cache', '--dir', content]);
    const build = timed('npx', ['astro', 'build', '--outDir', outDir], { CONTENT_DIR: content });
    const indexMs = Number(/indexed \d+ Chinese and \d+ English records in (\d+) ms/.exec(build.output)?.[1]);
    const pages = Number(/(\d+) page\(s\) built/.exec(build.output)?.[1]);
    const search = await benchSearch(outDir, { queries: ['三线一单'], runs: 3, keystrokes: false });
    rows.push({
      copies: n,
      pages,
      checkMs: Math.round(check.ms),
      buildMs: Math.round(build.ms - indexMs),
      indexMs,
      indexKB: Math.round((await folderSize(path.join(outDir, 'pagefind'))) / 1024),
      searchKB: Number((search.firstQuery[0]!.bytes / 1024).toFixed(1)),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log('Build scaling (times include process start-up):');
  console.table(await benchScaling());
}
