import { HAN, hanCount } from '../../language/chinese/cjk-spacing';
import { sentencePath, type SentencePlace } from '../../markdown/ids';
import type { EchoRun, ReportEchoes, SentenceEchoes, Span } from './find-echoes';

/** Every sentence of the report with its place, in reading order. */
function* sentencesOf(echoes: ReportEchoes): Generator<SentencePlace & { echoes: SentenceEchoes }> {
  for (const part of echoes.parts)
    for (const block of part.blocks)
      for (const sentence of block.sentences)
        yield { part: part.slug, block: block.id, sentence: sentence.index + 1, echoes: sentence };
}

const EDGE = /^[\p{P}\s]+|[\p{P}\s]+$/gu;

/** A stretch of the report no national sentence shares a run of the matcher's length with. */
export interface LocalFormulation extends SentencePlace {
  /** The stretch as the sentence has it, without the punctuation at its ends. */
  text: string;
  /** Its Han characters: what stretches are ranked by. */
  han: number;
}

/**
 * The report's own formulations: the stretches of each sentence outside its echo spans, each cut of the
 * punctuation at its ends, longest (in Han characters) first, reading order among equals. A stretch is cut only
 * by an echo, so figures and Latin letters inside it stay: they are the report's too.
 */
export function localFormulations(echoes: ReportEchoes, { limit = Infinity, minHan = 1 } = {}): LocalFormulation[] {
  const found: LocalFormulation[] = [];
  for (const { echoes: sentence, ...place } of sentencesOf(echoes)) {
    const gaps: Span[] = [];
    let from = 0;
    for (const span of [...sentence.spans].sort((a, b) => a.start - b.start)) {
      if (span.start > from) gaps.push({ start: from, end: span.start });
      from = Math.max(from, span.end);
    }
    if (from < sentence.text.length) gaps.push({ start: from, end: sentence.text.length });
    for (const gap of gaps) {
      const text = sentence.text.slice(gap.start, gap.end).replace(EDGE, '');
      const han = hanCount(text);
      if (han >= minHan) found.push({ ...place, text, han });
    }
  }
  // Array.prototype.sort is stable: equals keep reading order.
  return found.sort((a, b) => b.han - a.han).slice(0, limit);
}

/** One shared run of a sentence of the report, with the national sentence it was found in. */
export interface VerbatimEcho extends SentencePlace {
  run: EchoRun;
  year: number;
  national: string;
}

/**
 * The longest shared runs of the report, each formulation once (at its first place in the report, with the
 * earliest national sentence that has it), longest first, reading order among equals; a run inside a longer one
 * of the same sentence is left out.
 */
export function longestEchoes(echoes: ReportEchoes, limit = Infinity): VerbatimEcho[] {
  const seen = new Map<string, VerbatimEcho>();
  for (const { echoes: sentence, ...place } of sentencesOf(echoes))
    for (const match of sentence.matches)
      for (const run of match.runs) {
        const known = seen.get(run.text);
        const samePlace = known && sentencePath(known) === sentencePath(place);
        if (!known || (samePlace && match.year < known.year))
          seen.set(run.text, { ...place, run, year: match.year, national: match.sentence.id });
      }
  const kept: VerbatimEcho[] = [];
  for (const echo of [...seen.values()].sort((a, b) => b.run.length - a.run.length)) {
    // A run inside a longer one listed at the same sentence (the same formulation cut shorter by another year's
    // wording) says nothing new.
    const place = sentencePath(echo);
    if (!kept.some((longer) => sentencePath(longer) === place && longer.run.text.includes(echo.run.text)))
      kept.push(echo);
  }
  return kept.slice(0, limit);
}

/** How much of the report one national report shares: a measure of shared text, not of date. */
export interface YearShare {
  year: number;
  /** Distinct formulations (run texts) of the report found in that year's report. */
  formulations: number;
  /** Han characters of the report inside those runs, each counted once. */
  han: number;
}

/**
 * The national reports by what they share with the report, most Han characters first, then the most
 * formulations, then the older year. Read from the runs of the listed matches and every year each run is in.
 */
export function yearShares(echoes: ReportEchoes): YearShare[] {
  const byYear = new Map(echoes.years.map((year) => [year, { formulations: new Set<string>(), han: 0 }]));
  for (const { echoes: sentence } of sentencesOf(echoes)) {
    const covered = new Map<number, Set<number>>();
    for (const match of sentence.matches)
      for (const run of match.runs)
        for (const year of run.years) {
          byYear.get(year)?.formulations.add(run.text);
          const offsets = covered.get(year) ?? covered.set(year, new Set()).get(year)!;
          for (let i = run.zh.start; i < run.zh.end; i++) offsets.add(i);
        }
    for (const [year, offsets] of covered) {
      const entry = byYear.get(year);
      if (entry) entry.han += [...offsets].filter((i) => HAN.test(sentence.text[i]!)).length;
    }
  }
  return [...byYear]
    .map(([year, { formulations, han }]) => ({ year, formulations: formulations.size, han }))
    .sort((a, b) => b.han - a.han || b.formulations - a.formulations || a.year - b.year);
}

/** One row of the echo downloads: a sentence of the report and one national sentence that echoes it. */
export interface EchoRecord extends SentencePlace {
  link: string;
  zh: string;
  year: number;
  national_id: string;
  national: string;
  runs: { text: string; first_year: number; years: number[] }[];
}

/** Every match of every sentence, in reading order and in the matcher's rank within a sentence. */
export function echoRecords(echoes: ReportEchoes, linkOf: (path: string) => string): EchoRecord[] {
  const records: EchoRecord[] = [];
  for (const { echoes: sentence, ...place } of sentencesOf(echoes))
    for (const match of sentence.matches)
      records.push({
        ...place,
        link: linkOf(sentencePath(place)),
        zh: sentence.text,
        year: match.year,
        national_id: match.sentence.id,
        national: match.sentence.text,
        runs: match.runs.map((run) => ({ text: run.text, first_year: run.firstYear, years: run.years })),
      });
  return records;
}

export const ECHO_COLUMNS = [
  'part',
  'block',
  'sentence',
  'link',
  'ganzhou sentence',
  'year',
  'national sentence id',
  'national sentence',
  'shared runs',
  'first year of each run',
] as const;

/** The rows of echoes.csv: the records, a run list and its first years each joined by " | " in the same order. */
export const echoRows = (records: readonly EchoRecord[]): string[][] => [
  [...ECHO_COLUMNS],
  ...records.map((r) => [
    r.part,
    r.block,
    String(r.sentence),
    r.link,
    r.zh,
    String(r.year),
    r.national_id,
    r.national,
    r.runs.map((run) => run.text).join(' | '),
    r.runs.map((run) => run.first_year).join(' | '),
  ]),
];
