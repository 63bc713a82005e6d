import type { ReportPart } from '../../content/report-schema';
import { concordance, type ConcordanceLine } from './concordance';
import { logLikelihood, overRepresented } from './keyness';
import { countWords, reportWords, type Segmenter } from './words';

/**
 * The cut-offs of the keyword list.
 *
 * - `minG2` 15.13 is the critical value of G² (one degree of freedom) at p < 0.0001, the strictest of the usual
 *   levels (3.84, 6.63, 10.83, 15.13). Thousands of words are tested at once, so a looser level (p < 0.05) would
 *   pass scores of words by chance; and the report's counts are small, where the χ² approximation to G² is least
 *   exact.
 * - `minCount` 3: a word the report uses once or twice says more about one sentence than about the report. Against
 *   the national reports (some 30 times larger) a word needs three uses to pass `minG2` anyway; the minimum keeps
 *   that so should the reference corpus be smaller.
 * - `minBlocks` 2: G² counts each use as independent of the others, so a word used many times in one paragraph
 *   scores as if the report as a whole favoured it (大道, twelve times in the annex's list of roads). A keyword is
 *   used in at least two blocks.
 * - `context` 20: characters each side of a concordance line, about a clause of the report.
 */
export const KEYWORD_SETTINGS = { minG2: 15.13, minCount: 3, minBlocks: 2, context: 20 } as const;

export interface KeywordSettings {
  minG2: number;
  minCount: number;
  minBlocks: number;
  context: number;
}

/** A word's count in a corpus, and its rate per 10,000 Han characters of that corpus. */
export interface WordRate {
  count: number;
  per10k: number;
}

export interface Keyword {
  word: string;
  /** The word's pinyin, where the caller gave a reviewed reading of it. */
  pinyin?: string;
  report: WordRate;
  national: WordRate;
  /** Log-likelihood G² of the report's count against the national reports'. */
  g2: number;
  /** Every occurrence in the report, in order: as many as `report.count`. */
  lines: ConcordanceLine[];
}

/** A corpus's size: in counted words (what G² compares) and in Han characters (what the rates are per). */
export interface CorpusSize {
  words: number;
  hanCharacters: number;
}

/** The keywords of the report against the national reports, with what a page or a download says about them. */
export interface ReportKeywords {
  /** Sorted by G², highest first. */
  keywords: Keyword[];
  report: CorpusSize;
  national: CorpusSize & { years: number[] };
  settings: KeywordSettings;
}

export interface ReportKeywordsOptions {
  settings?: Partial<KeywordSettings>;
  /** The reviewed reading of a word, if there is one (the reading the word's ruby shows). */
  readingOf?: (word: string) => string | undefined;
}

const NUMERALS_ONLY = /^[〇零一二两三四五六七八九十百千万亿]+$/u;

/**
 * Words that may be keywords: two characters or more, not a numeral. The single characters that pass the test are
 * pieces of words jieba's dictionary lacks (富硒 → 富 | 硒, 文旅 → 文 | 旅), suffixes cut from names (市, 区) or
 * qualifiers (达, 超), which say nothing alone; such a piece is made whole by a reviewed cut in
 * content/reading/segmentation.tsv, which the reading aids use too.
 */
export const isCandidate = (word: string): boolean => [...word].length >= 2 && !NUMERALS_ONLY.test(word);

const per10k = (count: number, hanCharacters: number) => (hanCharacters ? (count * 10_000) / hanCharacters : 0);

/**
 * The words the report uses significantly more often than the State Council's reports (all `national` years
 * together, year → Chinese text), by G², with each one's concordance. Both corpora are cut by `segment`
 * (keywordSegmenter) and counted by the same rules (countedWords).
 */
export function reportKeywords(
  parts: readonly ReportPart[],
  national: ReadonlyMap<number, string>,
  segment: Segmenter,
  options: ReportKeywordsOptions = {},
): ReportKeywords {
  const settings = { ...KEYWORD_SETTINGS, ...options.settings };
  const report = reportWords(parts, segment);
  const reference = countWords(national.values(), segment);
  const keywords: Keyword[] = [];
  for (const [word, count] of report.counts) {
    if (count < settings.minCount || !isCandidate(word)) continue;
    const study = { count, total: report.words };
    const other = { count: reference.counts.get(word) ?? 0, total: reference.words };
    if (!overRepresented(study, other)) continue;
    const g2 = logLikelihood(study, other);
    if (g2 < settings.minG2) continue;
    const occurrences = report.occurrences.get(word) ?? [];
    if (new Set(occurrences.map(({ part, block }) => `${part}\n${block}`)).size < settings.minBlocks) continue;
    const pinyin = options.readingOf?.(word);
    keywords.push({
      word,
      ...(pinyin ? { pinyin } : {}),
      report: { count, per10k: per10k(count, report.hanCharacters) },
      national: { count: other.count, per10k: per10k(other.count, reference.hanCharacters) },
      g2,
      lines: concordance(parts, word, occurrences, settings.context),
    });
  }
  keywords.sort((a, b) => b.g2 - a.g2 || b.report.count - a.report.count || (a.word < b.word ? -1 : 1));
  return {
    keywords,
    report: { words: report.words, hanCharacters: report.hanCharacters },
    national: {
      words: reference.words,
      hanCharacters: reference.hanCharacters,
      years: [...national.keys()].sort((a, b) => a - b),
    },
    settings,
  };
}

/** The columns of keywords.csv, and its rows: rates to two decimals, G² to two. */
export const KEYWORD_COLUMNS = [
  'word',
  'pinyin',
  'count report',
  'count national',
  'rate report per 10k Han characters',
  'rate national per 10k Han characters',
  'G2',
] as const;

export function keywordRows(result: ReportKeywords): string[][] {
  return [
    [...KEYWORD_COLUMNS],
    ...result.keywords.map((k) => [
      k.word,
      k.pinyin ?? '',
      String(k.report.count),
      String(k.national.count),
      k.report.per10k.toFixed(2),
      k.national.per10k.toFixed(2),
      k.g2.toFixed(2),
    ]),
  ];
}
