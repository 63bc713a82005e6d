// Times `npm run check` (the content checker, without start-up) on this report and on a synthetic corpus of
// 50 reports. Prints a table and writes bench-results/check.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../../src/content/check-content';
import { loadSiteContent } from '../../src/content/load-site-content';
import { writeSyntheticCorpus } from './synthetic-corpus';

const RUNS = Number(process.env.RUNS ?? 5);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function benchCheck(copies: number[] = [1, 50]) {
  const rows = [];
  for (const n of copies) {
    const dir = n === 1 ? 'content' : path.join(tmpdir(), `reader-corpus-${n}`);
    if (n !== 1) await writeSyntheticCorpus('content', dir, n);
    const times: number[] = [];
    const loads: number[] = [];
    let blocks = 0;
    for (let run = 0; run < RUNS; run++) {
      // Loading (parsing every file) alone, then the whole check: the difference is what the rules cost.
      const loadStart = performance.now();
      await loadSiteContent(dir);
      loads.push(performance.now() - loadStart);
      const start = performance.now();
      const { parts, diagnostics } = await checkContent(dir, { strict: true });
      times.push(performance.now() - start);
      blocks = parts.reduce((sum, part) => sum + part.blocks.length, 0);
      const errors = diagnostics.filter((d) => d.severity === 'error');
      if (errors.length) throw new Error(`the ${n}× corpus has ${errors.length} errors, first: ${errors[0]!.message}`);
    }
    rows.push({ copies: n, blocks, medianMs: Math.round(median(times)), loadMs: Math.round(median(loads)) });
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
      ms: r.medianMs,
      'loading ms': r.loadMs,
      'rules ms': r.medianMs - r.loadMs,
      'ms per 100 blocks': ((r.medianMs / r.blocks) * 100).toFixed(1),
    })),
  );
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/check.json', JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
}
