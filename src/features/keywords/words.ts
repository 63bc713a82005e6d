import type { GlossaryEntry } from '../../content/glossary-entry-schema';
import type { ReportPart } from '../../content/report-schema';
import { chineseFigures } from '../../language/figures/read-figures';
import { HAN, hanCount } from '../../language/chinese/cjk-spacing';
import { segmentChinese, type PhraseCut } from '../../language/chinese/segment';

/** Cuts Chinese text into words, every character in exactly one word, in order. */
export type Segmenter = (text: string) => string[];

/**
 * The reading aids' segmenter: the glossary's spellings whole, figures cut by the figures reader, the reviewed
 * phrases as reviewed, jieba for the rest. The national reports are cut by the same one, so that a term the report
 * keeps whole (大湾区) is counted as the same word in both corpora.
 */
export function keywordSegmenter(glossary: readonly GlossaryEntry[], phrases: readonly PhraseCut[]): Segmenter {
  const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
  return (text) => segmentChinese(text, keepWhole, phrases);
}

/** A counted word at its offset in the text it was cut from. */
export interface WordAt {
  word: string;
  index: number;
}

/**
 * The words of `text` that count: those with a Han character, outside figures. A figure's number, multiplier and
 * unit (13.6 | 万 | 户) measure the figure; they are not the report's vocabulary, and 万 and 亿元 would otherwise
 * rank by how many figures a text has.
 */
export function countedWords(text: string, segment: Segmenter): WordAt[] {
  const figures = chineseFigures(text).map((figure) => [figure.index, figure.index + figure.source.length] as const);
  const inFigure = (start: number, end: number) => figures.some(([from, to]) => start >= from && end <= to);
  const words: WordAt[] = [];
  let index = 0;
  for (const word of segment(text)) {
    if (HAN.test(word) && !inFigure(index, index + word.length)) words.push({ word, index });
    index += word.length;
  }
  if (index !== text.length) throw new Error(`The segmenter lost characters of "${text.slice(0, 40)}…"`);
  return words;
}

/** The words of a corpus counted, its size in counted words, and its size in Han characters. */
export interface WordCounts {
  counts: Map<string, number>;
  words: number;
  hanCharacters: number;
}

const emptyCounts = (): WordCounts => ({ counts: new Map(), words: 0, hanCharacters: 0 });

function add(into: WordCounts, text: string, words: readonly WordAt[]) {
  for (const { word } of words) into.counts.set(word, (into.counts.get(word) ?? 0) + 1);
  into.words += words.length;
  into.hanCharacters += hanCount(text);
}

/** The counted words of every text together. */
export function countWords(texts: Iterable<string>, segment: Segmenter): WordCounts {
  const counts = emptyCounts();
  for (const text of texts) add(counts, text, countedWords(text, segment));
  return counts;
}

/** Where a word occurs in the report: the part, the block, and the offset in the block's Chinese text. */
export interface Occurrence {
  part: string;
  block: string;
  index: number;
}

/** The report's counted words, and where each occurs, block by block. */
export interface ReportWords extends WordCounts {
  occurrences: Map<string, Occurrence[]>;
}

/** Counts the Chinese of every block of the report (headings, paragraphs, the annex's notes) and places each word. */
export function reportWords(parts: readonly ReportPart[], segment: Segmenter): ReportWords {
  const report: ReportWords = { ...emptyCounts(), occurrences: new Map() };
  for (const part of parts) {
    for (const block of part.blocks) {
      const words = countedWords(block.zh.text, segment);
      add(report, block.zh.text, words);
      for (const { word, index } of words) {
        const at = report.occurrences.get(word) ?? [];
        at.push({ part: part.slug, block: block.id, index });
        report.occurrences.set(word, at);
      }
    }
  }
  return report;
}
