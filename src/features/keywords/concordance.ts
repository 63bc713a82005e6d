import type { ReportPart } from '../../content/report-schema';
import type { Occurrence } from './words';

/** One occurrence of a word in its context (a key word in context line), with the sentence pair it stands in. */
export interface ConcordanceLine {
  /** The part's slug: the page is `/<part>/`. */
  part: string;
  /** The block's id. */
  block: string;
  /**
   * The sentence segment that holds the word, counted from 1 as the page numbers them (`/<part>/#<block>.<n>`);
   * absent when the block has no sentence segments.
   */
  sentence?: number;
  /** The word's offset in the block's Chinese text. */
  index: number;
  /** Up to the context width of characters before the word, within its paragraph. */
  left: string;
  word: string;
  /** Up to the context width of characters after the word, within its paragraph. */
  right: string;
  /** The Chinese sentence, and the English sentence paired with it (the whole block when it has no segments). */
  zh: string;
  en: string;
}

/** The sentence of `segments` that holds the offset `index` of their joined text, counted from 1. */
export function sentenceAt(segments: readonly string[], index: number): number | undefined {
  let end = 0;
  for (const [n, segment] of segments.entries()) {
    end += segment.length;
    if (index < end) return n + 1;
  }
  return undefined;
}

/**
 * Every occurrence of `word` in context: `width` characters (code points) on each side, never beyond the block,
 * in the report's order.
 */
export function concordance(
  parts: readonly ReportPart[],
  word: string,
  occurrences: readonly Occurrence[],
  width: number,
): ConcordanceLine[] {
  const blocks = new Map(parts.flatMap((part) => part.blocks.map((block) => [`${part.slug}\n${block.id}`, block])));
  return occurrences.map(({ part, block: id, index }) => {
    const block = blocks.get(`${part}\n${id}`);
    if (!block) throw new Error(`The report has no block "${id}" in part "${part}"`);
    const text = block.zh.text;
    if (text.slice(index, index + word.length) !== word)
      throw new Error(`"${word}" is not at offset ${index} of block "${id}" in part "${part}"`);
    const sentence = sentenceAt(block.zh.segments, index);
    const line: ConcordanceLine = {
      part,
      block: id,
      index,
      left: [...text.slice(0, index)].slice(-width).join(''),
      word,
      right: [...text.slice(index + word.length)].slice(0, width).join(''),
      zh: sentence ? block.zh.segments[sentence - 1]! : text,
      en: (sentence ? block.en.segments[sentence - 1] : undefined) ?? block.en.text,
    };
    return sentence ? { ...line, sentence } : line;
  });
}
