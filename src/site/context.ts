import { CONTENT_DIR } from '../content/content-dir';
import { loadNationalReports, nationalTexts, type NationalReport } from '../content/load-national-reports';
import { findEchoes, type ReportEchoes } from '../features/echoes/find-echoes';
import { echoedNationalSentences, type EchoedNationalSentence } from '../features/echoes/national-links';
import { reportKeywords, type ReportKeywords } from '../features/keywords/report-keywords';
import { keywordSegmenter } from '../features/keywords/words';
import { getGlossary } from './glossary';
import { getReviewedLexicon } from './lexicon';
import { getParts } from './report';
import { href } from './urls';

let national: NationalReport[] | undefined;
let echoes: Promise<ReportEchoes> | undefined;
let keywords: Promise<ReportKeywords> | undefined;
let echoedNational: Promise<Map<string, EchoedNationalSentence>> | undefined;

/** The State Council's reports of content/reference/national/, oldest first; read once per build. */
export function getNationalReports(): NationalReport[] {
  national ??= loadNationalReports(CONTENT_DIR);
  return national;
}

/** The echoes of the report's sentences in the national reports (src/features/echoes/); computed once per build. */
export function getEchoes(): Promise<ReportEchoes> {
  echoes ??= getParts().then((parts) => findEchoes(parts, getNationalReports()));
  return echoes;
}

/** The years between the first and the last national report that the corpus lacks (2020). */
export function missingNationalYears(): number[] {
  const years = getNationalReports().map((report) => report.year);
  const missing: number[] = [];
  for (let year = years[0]!; year < years.at(-1)!; year++) if (!years.includes(year)) missing.push(year);
  return missing;
}

/** The echoes turned round: each national sentence the report echoes, with its report sentences; once per build. */
export function getEchoedNationalSentences(): Promise<Map<string, EchoedNationalSentence>> {
  echoedNational ??= getEchoes().then(echoedNationalSentences);
  return echoedNational;
}

/** The report's keywords against the national reports (src/features/keywords/); computed once per build. */
export function getKeywords(): Promise<ReportKeywords> {
  keywords ??= Promise.all([getParts(), getGlossary(), getReviewedLexicon()]).then(([parts, glossary, lexicon]) =>
    reportKeywords(parts, nationalTexts(getNationalReports()), keywordSegmenter(glossary, lexicon.phrases)),
  );
  return keywords;
}

/** The page of one national report (`/national/2022/`), or one of its sentences by id (`2022.457`). */
export function nationalHref(yearOrSentence: number | string): string {
  const id = String(yearOrSentence);
  const year = id.split('.')[0];
  return href(id.includes('.') ? `national/${year}/#${id}` : `national/${year}/`);
}
