// Times the keywords of the report against the national reports (src/features/keywords/): cutting and counting
// both corpora, G² for every word and the concordance of each keyword, after the content is loaded (the build has
// it loaded already). Prints the figures and the top keywords, and writes bench-results/keywords.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { loadNationalReports, nationalTexts } from '../../src/content/load-national-reports';
import { loadSiteContent } from '../../src/content/load-site-content';
import { reportKeywords } from '../../src/features/keywords/report-keywords';
import { keywordSegmenter } from '../../src/features/keywords/words';
import { median } from './stats';

const RUNS = Number(process.env.RUNS ?? 5);

export async function benchKeywords(dir = 'content') {
  const { parts, glossary, lexicon } = await loadSiteContent(dir);
  const national = nationalTexts(loadNationalReports(dir));
  const segment = keywordSegmenter(glossary, lexicon.phrases);
  let result!: ReturnType<typeof reportKeywords>;
  const compute = () => (result = reportKeywords(parts, national, segment));
  // The first run also loads jieba's dictionary, as a build does once.
  const firstMs = Math.round(timed(compute));
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) times.push(timed(compute));
  return {
    firstMs,
    medianMs: Math.round(median(times)),
    reportWords: result.report.words,
    reportHan: result.report.hanCharacters,
    nationalWords: result.national.words,
    nationalHan: result.national.hanCharacters,
    years: result.national.years.length,
    keywords: result.keywords.length,
    top: result.keywords.slice(0, 30).map((k) => `${k.word} ${k.report.count}/${k.national.count} ${k.g2.toFixed(1)}`),
  };
}

function timed(run: () => unknown) {
  const start = performance.now();
  run();
  return performance.now() - start;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const result = await benchKeywords();
  const { top, ...figures } = result;
  console.log(`Keywords against the national reports, median of ${RUNS} runs after content loading:`);
  console.table([figures]);
  console.log(top.join('\n'));
  await mkdir('bench-results', { recursive: true });
  await writeFile(
    'bench-results/keywords.json',
    JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2),
  );
}
