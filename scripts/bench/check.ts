// Times `npm run check` (the content checker, without start-up) on the report: loading (every file parsed and
// rendered) and the whole check, the rules being the difference. Prints a table and writes bench-results/check.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { checkContent } from '../../src/content/check-content';
import { loadSiteContent } from '../../src/content/load-site-content';
import { median } from './stats';

const RUNS = Number(process.env.RUNS ?? 5);

export async function benchCheck(dir = 'content') {
  const times = { check: [] as number[], load: [] as number[] };
  let blocks = 0;
  for (let run = 0; run < RUNS; run++) {
    const loadStart = performance.now();
    await loadSiteContent(dir);
    times.load.push(performance.now() - loadStart);
    const start = performance.now();
    const { parts, diagnostics } = await checkContent(dir, { strict: true });
    times.check.push(performance.now() - start);
    blocks = parts.reduce((sum, part) => sum + part.blocks.length, 0);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) throw new Error(`${dir} has ${errors.length} errors, first: ${errors[0]!.message}`);
  }
  const checkMs = Math.round(median(times.check));
  const loadMs = Math.round(median(times.load));
  return { blocks, checkMs, loadMs, rulesMs: checkMs - loadMs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchCheck();
  console.log(`Content check (strict), median of ${RUNS} runs after start-up:`);
  console.table([
    {
      blocks: result.blocks,
      'check ms': result.checkMs,
      'loading ms': result.loadMs,
      'rules ms': result.rulesMs,
    },
  ]);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/check.json', JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2));
}
