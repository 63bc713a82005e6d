import path from 'node:path';
import { CONTENT_DIR } from '../content/content-dir';
import { loadNationalReports, nationalTexts, type NationalReport } from '../content/load-national-reports';
import { keepNationalReports } from '../content/shared-content';
import { findEchoes, type ReportEchoes } from '../features/echoes/find-echoes';
import { echoedNationalSentences, type EchoedNationalSentence } from '../features/echoes/national-links';
import { reportKeywords, type ReportKeywords } from '../features/keywords/report-keywords';
import { keywordSegmenter } from '../features/keywords/words';
import { nationalPath, yearOfNationalSentence } from '../markdown/ids';
import { getGlossary } from './glossary';
import { getReviewedLexicon } from './lexicon';
import { oncePerBuild } from './once-per-build';
import { getParts } from './report';
import { href } from './urls';

/**
 * The State Council's reports of content/reference/national/, oldest first; read once per build, and kept for the
 * search index's integration, which indexes them after the pages are built.
 */
export const getNationalReports: () => NationalReport[] = oncePerBuild(() => {
  const reports = loadNationalReports(CONTENT_DIR);
  keepNationalReports(path.resolve(CONTENT_DIR), reports);
  return reports;
});

/** The echoes of the report's sentences in the national reports (src/features/echoes/); computed once per build. */
export const getEchoes: () => Promise<ReportEchoes> = oncePerBuild(async () =>
  findEchoes(await getParts(), getNationalReports()),
);

/** The years between the first and the last national report that the corpus lacks (2020). */
export function missingNationalYears(): number[] {
  const years = getNationalReports().map((report) => report.year);
  const missing: number[] = [];
  for (let year = years[0]!; year < years.at(-1)!; year++) if (!years.includes(year)) missing.push(year);
  return missing;
}

/** The echoes turned round: each national sentence the report echoes, with its report sentences; once per build. */
export const getEchoedNationalSentences: () => Promise<Map<string, EchoedNationalSentence>> = oncePerBuild(async () =>
  echoedNationalSentences(await getEchoes()),
);

/** The report's keywords against the national reports (src/features/keywords/); computed once per build. */
export const getKeywords: () => Promise<ReportKeywords> = oncePerBuild(async () => {
  const [parts, glossary, lexicon] = await Promise.all([getParts(), getGlossary(), getReviewedLexicon()]);
  return reportKeywords(parts, nationalTexts(getNationalReports()), keywordSegmenter(glossary, lexicon.phrases));
});

/** The page of one national report (`/national/2022/`), or one of its sentences by id (`2022.457`). */
export function nationalHref(yearOrSentence: number | string): string {
  return typeof yearOrSentence === 'number'
    ? href(nationalPath(yearOrSentence))
    : href(nationalPath(yearOfNationalSentence(yearOrSentence), yearOrSentence));
}
