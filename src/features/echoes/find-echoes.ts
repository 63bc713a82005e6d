import type { NationalReport, NationalSentence } from '../../content/load-national-reports';
import type { Span } from '../../shared/spans';
import { BREAK, hanTextConverter, type HanText } from './han-text';

export type { Span };

/** One formulation a sentence of the report shares with a national sentence: a maximal common run. */
export interface EchoRun {
  /** The shared Han characters, punctuation left out. */
  text: string;
  /** Its length in Han characters. */
  length: number;
  /** Where it is in the report's sentence (punctuation inside the run included). */
  zh: Span;
  /** Where it is in the national sentence. */
  national: Span;
  /** Every year of the corpus whose report has the formulation in one of its sentences, oldest first. */
  years: number[];
  /** The first of them: "first seen in" holds only for the years of the corpus. */
  firstYear: number;
}

/** A national sentence that shares formulations with a sentence of the report. */
export interface EchoMatch {
  year: number;
  sentence: Pick<NationalSentence, 'id' | 'paragraph' | 'text'>;
  /** How many Han characters of the report's sentence lie in a shared run: what matches are ranked by. */
  shared: number;
  /** The shared runs, in the order of the report's sentence. */
  runs: EchoRun[];
}

/** Echoed Han characters out of all Han characters, of a sentence, paragraph, part or the whole report. */
export interface EchoShare {
  han: number;
  echoed: number;
  /** echoed / han; 0 when there is no Han character. */
  share: number;
}

export interface SentenceEchoes extends EchoShare {
  /** The segment's index in its block, as `zh.segments` has it. */
  index: number;
  text: string;
  /** Every echoed stretch of the sentence, merged, for marking: the runs of all matches, the capped ones too. */
  spans: Span[];
  /** The best national sentences, most characters shared first, at most `perYear` of each year. */
  matches: EchoMatch[];
  /** How many more national sentences share a run with it, left out by the cap of `perYear`. */
  omitted: number;
}

export interface BlockEchoes extends EchoShare {
  id: string;
  sentences: SentenceEchoes[];
}

export interface PartEchoes extends EchoShare {
  slug: string;
  blocks: BlockEchoes[];
}

/** The echoes of the whole report: what pages, endpoints and downloads read. */
export interface ReportEchoes extends EchoShare {
  /** The years of the national corpus, oldest first. */
  years: number[];
  minRun: number;
  perYear: number;
  parts: PartEchoes[];
}

export interface EchoOptions {
  /** The shortest run that counts as a shared formulation, in Han characters. */
  minRun?: number;
  /** How many national sentences of one year a sentence keeps. */
  perYear?: number;
}

/** The report as the matcher reads it: each block's Chinese sentence segments. */
export type EchoInput = readonly {
  slug: string;
  blocks: readonly { id: string; zh: { segments: readonly string[] } }[];
}[];

// Occurrences are packed as sentence × POSITIONS + position, one number each: the index holds some 160,000.
const POSITIONS = 1 << 16;

/** A maximal common run: its start in the report's sentence, in the national one, and its length, in units. */
interface RawRun {
  at: number;
  from: number;
  length: number;
}

/**
 * Finds, for every Chinese sentence of the report, the national sentences that share formulations with it:
 * maximal runs of at least `minRun` Han characters in common (see HanText for what is compared). Every run of
 * `minRun` characters of the national corpus is indexed once; each such run of a report's sentence found in the
 * index is extended as far as both sentences agree.
 */
export function findEchoes(
  report: EchoInput,
  national: readonly NationalReport[],
  { minRun = 6, perYear = 2 }: EchoOptions = {},
): ReportEchoes {
  if (!Number.isInteger(minRun) || minRun < 1) throw new Error(`minRun must be a positive integer, not ${minRun}`);
  const toHan = hanTextConverter();
  const sentences = national.flatMap((year) => year.sentences);
  const texts = sentences.map((sentence) => toHan(sentence.text));
  const index = new Map<string, number[]>();
  texts.forEach(({ units }, s) => {
    if (units.length >= POSITIONS) throw new Error(`National sentence ${sentences[s]!.id} is too long to index`);
    for (let j = 0; j + minRun <= units.length; j++) {
      const gram = units.slice(j, j + minRun);
      if (gram.includes(BREAK)) continue;
      const found = index.get(gram);
      if (found) found.push(s * POSITIONS + j);
      else index.set(gram, [s * POSITIONS + j]);
    }
  });

  const yearsCache = new Map<string, number[]>();
  /** Every year with a sentence that has the whole run. */
  const yearsOf = (units: string): number[] => {
    let years = yearsCache.get(units);
    if (!years) {
      const found = new Set<number>();
      for (const packed of index.get(units.slice(0, minRun)) ?? []) {
        const s = Math.floor(packed / POSITIONS);
        if (texts[s]!.units.startsWith(units, packed % POSITIONS)) found.add(sentences[s]!.year);
      }
      years = [...found].sort((a, b) => a - b);
      yearsCache.set(units, years);
    }
    return years;
  };

  const sentenceEchoes = (text: string, position: number): SentenceEchoes => {
    const zh = toHan(text);
    const bySentence = maximalRuns(zh, texts, index, minRun);
    const covered = new Uint8Array(zh.units.length);
    const candidates: (EchoMatch & { order: number; longest: number })[] = [];
    for (const [s, found] of bySentence) {
      const runs = withoutContained(found);
      const mine = new Uint8Array(zh.units.length);
      for (const run of runs) {
        mine.fill(1, run.at, run.at + run.length);
        covered.fill(1, run.at, run.at + run.length);
      }
      const other = texts[s]!;
      const { id, paragraph, year } = sentences[s]!;
      candidates.push({
        year,
        sentence: { id, paragraph, text: sentences[s]!.text },
        shared: mine.reduce((sum, bit) => sum + bit, 0),
        runs: runs.map((run) => {
          const units = zh.units.slice(run.at, run.at + run.length);
          const years = yearsOf(units);
          return {
            text: hanOf(text, zh, run.at, run.length),
            length: run.length,
            zh: spanOf(zh, run.at, run.length),
            national: spanOf(other, run.from, run.length),
            years,
            firstYear: years[0]!,
          };
        }),
        order: s,
        longest: Math.max(...runs.map((run) => run.length)),
      });
    }
    // Most characters shared first; then the longest run, so that a long formulation is not crowded out by
    // generic ones; then the older year and the earlier sentence, so that the order never depends on the index.
    candidates.sort((a, b) => b.shared - a.shared || b.longest - a.longest || a.year - b.year || a.order - b.order);
    const kept = new Map<number, number>();
    const matches = candidates
      .filter(({ year }) => {
        const count = kept.get(year) ?? 0;
        kept.set(year, count + 1);
        return count < perYear;
      })
      .map(({ order: _order, longest: _longest, ...match }) => match);
    const echoed = covered.reduce((sum, bit) => sum + bit, 0);
    return {
      index: position,
      text,
      ...share(zh.han, echoed),
      spans: coveredSpans(zh, covered),
      matches,
      omitted: candidates.length - matches.length,
    };
  };

  const parts = report.map((part): PartEchoes => {
    const blocks = part.blocks.map((block): BlockEchoes => {
      const found = block.zh.segments.map(sentenceEchoes);
      return { id: block.id, ...total(found), sentences: found };
    });
    return { slug: part.slug, ...total(blocks), blocks };
  });
  return { years: national.map((year) => year.year), minRun, perYear, ...total(parts), parts };
}

/**
 * The maximal common runs of a report's sentence with each national sentence, by national sentence. A run is
 * found once, from its left end: a shared gram whose characters before agree too lies inside a longer run.
 */
function maximalRuns(zh: HanText, texts: HanText[], index: Map<string, number[]>, minRun: number) {
  const mine = zh.units;
  const bySentence = new Map<number, RawRun[]>();
  for (let at = 0; at + minRun <= mine.length; at++) {
    const occurrences = index.get(mine.slice(at, at + minRun));
    if (!occurrences) continue;
    for (const packed of occurrences) {
      const s = Math.floor(packed / POSITIONS);
      const from = packed % POSITIONS;
      const theirs = texts[s]!.units;
      if (at > 0 && from > 0 && mine[at - 1] === theirs[from - 1] && mine[at - 1] !== BREAK) continue;
      let length = minRun;
      while (
        at + length < mine.length &&
        from + length < theirs.length &&
        mine[at + length] === theirs[from + length] &&
        mine[at + length] !== BREAK
      )
        length++;
      const runs = bySentence.get(s);
      if (runs) runs.push({ at, from, length });
      else bySentence.set(s, [{ at, from, length }]);
    }
  }
  return bySentence;
}

/**
 * The runs that mark something of their own: a formulation the national sentence repeats is kept once (at its
 * first place there), and a run inside another run of the report's sentence is dropped. A formulation the
 * report's sentence repeats keeps each of its places.
 */
function withoutContained(runs: RawRun[]): RawRun[] {
  const sorted = [...runs].sort((a, b) => a.at - b.at || b.length - a.length || a.from - b.from);
  const kept: RawRun[] = [];
  let reach = -1;
  for (const run of sorted) {
    if (run.at + run.length <= reach) continue;
    kept.push(run);
    reach = run.at + run.length;
  }
  return kept;
}

/** The offsets in the original text of `length` units from `at` (a run holds no BREAK). */
function spanOf(text: HanText, at: number, length: number): Span {
  return { start: text.starts[at]!, end: text.ends[at + length - 1]! };
}

function hanOf(original: string, text: HanText, at: number, length: number): string {
  let out = '';
  for (let k = at; k < at + length; k++) out += original.slice(text.starts[k], text.ends[k]);
  return out;
}

/** The covered units as merged stretches of the original text. */
function coveredSpans(text: HanText, covered: Uint8Array): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k < covered.length; k++) {
    if (!covered[k]) continue;
    let last = k;
    while (last + 1 < covered.length && covered[last + 1]) last++;
    spans.push({ start: text.starts[k]!, end: text.ends[last]! });
    k = last;
  }
  return spans;
}

function share(han: number, echoed: number): EchoShare {
  return { han, echoed, share: han ? echoed / han : 0 };
}

function total(items: readonly EchoShare[]): EchoShare {
  return share(
    items.reduce((sum, item) => sum + item.han, 0),
    items.reduce((sum, item) => sum + item.echoed, 0),
  );
}
