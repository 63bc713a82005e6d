// Times the echo computation (budget: under 2 s): reading the national reports and matching every Chinese
// sentence of the report against them, the report's own loading apart (the build has it already). The first
// run is cold, as in a build; the median is of the runs after it. Prints a table and writes
// bench-results/echoes.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadNationalReports } from '../../src/content/load-national-reports';
import { loadSiteContent } from '../../src/content/load-site-content';
import { findEchoes, type ReportEchoes } from '../../src/features/echoes/find-echoes';
import { median } from './stats';

const RUNS = Number(process.env.RUNS ?? 5);
const BUDGET_MS = 2000;

export async function benchEchoes(dir = 'content') {
  const loadStart = performance.now();
  const { parts } = await loadSiteContent(dir);
  const loadMs = performance.now() - loadStart;
  const times = { read: [] as number[], match: [] as number[], total: [] as number[] };
  let echoes: ReportEchoes | undefined;
  for (let run = 0; run <= RUNS; run++) {
    const start = performance.now();
    const national = loadNationalReports(dir);
    const read = performance.now();
    echoes = findEchoes(parts, national);
    const end = performance.now();
    times.read.push(read - start);
    times.match.push(end - read);
    times.total.push(end - start);
  }
  const sentences = echoes!.parts.flatMap((part) => part.blocks.flatMap((block) => block.sentences));
  const coldMs = Math.round(times.total[0]!);
  return {
    coldMs,
    totalMs: Math.round(median(times.total.slice(1))),
    readMs: Math.round(median(times.read.slice(1))),
    matchMs: Math.round(median(times.match.slice(1))),
    withinBudget: coldMs < BUDGET_MS,
    reportLoadMs: Math.round(loadMs),
    sentences: sentences.length,
    matches: sentences.reduce((sum, sentence) => sum + sentence.matches.length, 0),
    han: echoes!.han,
    echoed: echoes!.echoed,
    share: Number(echoes!.share.toFixed(3)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchEchoes();
  console.log(`Echoes: cold run, then median of ${RUNS} runs, ms after start-up (budget: < ${BUDGET_MS} ms)`);
  console.table([result]);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/echoes.json', JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2));
}
