import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { escapeRegExp } from '../../shared/regexp';
import { ALL_HAN } from './cjk-spacing';
import { chineseFigures, type ChineseFigure } from '../figures/read-figures';

let jieba: Jieba | undefined;

/** The longest piece of text handed to jieba at once, in characters: far longer than any clause of the report. */
const MAX_PIECE = 1000;

/**
 * The text in pieces that end at a sentence or clause mark, or after {@link MAX_PIECE} characters where a run has
 * none. jieba never makes a word across these marks, so the pieces give the words the whole text gives; only a
 * run longer than any real sentence is cut where its words may not end. A paragraph of any length thus gives
 * jieba bounded work and returns bounded arrays.
 */
const PIECES = new RegExp(
  `[^。！？；，、：\\n]{0,${MAX_PIECE}}[。！？；，、：\\n]|[^。！？；，、：\\n]{1,${MAX_PIECE}}`,
  'gu',
);

/** A phrase of the text and the words a reviewer cut it into (content/reading/segmentation.tsv). */
export interface PhraseCut {
  text: string;
  words: readonly string[];
}

/** A stretch of a chunk of text that is cut into given words, whatever jieba would make of it. */
interface FixedCut {
  index: number;
  length: number;
  words: readonly string[];
}

const HAN_OR_NOT = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;

/**
 * A figure's words: the number with its signs (13.6, 1-25, 45%) as one piece, then its multiplier and its unit
 * or measure word, each a word of its own: 13.6万户 → 13.6 | 万 | 户, 20所 → 20 | 所. The measure word belongs to
 * its number, so no word of the text runs from it into what follows (20所以上 is never 20 | 所以 | 上), and the
 * word lookup explains it as the measure word it is.
 */
export function figureWords(figure: Pick<ChineseFigure, 'source' | 'unit'>): string[] {
  const unit =
    figure.unit && ALL_HAN.test(figure.unit.zh) && figure.source.endsWith(figure.unit.zh) ? figure.unit.zh : '';
  const runs = figure.source.slice(0, figure.source.length - unit.length).match(HAN_OR_NOT) ?? [];
  return unit ? [...runs, unit] : runs;
}

/** A pattern for any of `forms`, longest first, or undefined when there are none. */
function anyOf(forms: Iterable<string>): RegExp | undefined {
  const list = [...new Set(forms)].filter(Boolean).sort((a, b) => b.length - a.length);
  return list.length ? new RegExp(list.map(escapeRegExp).join('|'), 'g') : undefined;
}

/**
 * Splits Chinese text into words. In order of precedence: the glossary's terms, each one word, whole and longest
 * first (jieba would split a term with punctuation such as 两不愁、三保障 whatever its dictionary says); the
 * figures, as the figures reader finds them, cut by {@link figureWords}; the reviewed phrases, cut as reviewed;
 * then jieba on the text between them, without its HMM guesser, which invents words. Every character of the text
 * is in exactly one token, in order.
 */
export function segmentChinese(
  text: string,
  keepWhole: readonly string[],
  phrases: readonly PhraseCut[] = [],
): string[] {
  jieba ??= Jieba.withDict(dict);
  const tokens: string[] = [];
  const terms = anyOf(keepWhole);
  const reviewed = new Map(phrases.map((phrase) => [phrase.text, phrase.words]));
  const reviewedPattern = anyOf(reviewed.keys());
  const byJieba = (chunk: string) => {
    // One token at a time: spreading a long paragraph's tokens into push() overflows the call stack.
    for (const [piece] of chunk.matchAll(PIECES)) for (const token of jieba!.cut(piece, false)) tokens.push(token);
  };
  const byPhrases = cutAround(
    (chunk) =>
      reviewedPattern
        ? [...chunk.matchAll(reviewedPattern)].map((m) => ({
            index: m.index,
            length: m[0].length,
            words: reviewed.get(m[0])!,
          }))
        : [],
    byJieba,
    tokens,
  );
  const byFigures = cutAround(
    (chunk) => chineseFigures(chunk).map((f) => ({ index: f.index, length: f.source.length, words: figureWords(f) })),
    byPhrases,
    tokens,
  );
  const byTerms = cutAround(
    (chunk) =>
      terms ? [...chunk.matchAll(terms)].map((m) => ({ index: m.index, length: m[0].length, words: [m[0]] })) : [],
    byFigures,
    tokens,
  );
  byTerms(text);
  return tokens;
}

/**
 * A cutter that takes the fixed cuts `find` gives in a chunk (in order, not overlapping) as they are, and hands
 * the text between them to `rest`.
 */
function cutAround(find: (chunk: string) => FixedCut[], rest: (chunk: string) => void, tokens: string[]) {
  return (chunk: string) => {
    let last = 0;
    for (const cut of find(chunk)) {
      if (cut.index < last) continue;
      if (cut.index > last) rest(chunk.slice(last, cut.index));
      for (const word of cut.words) tokens.push(word);
      last = cut.index + cut.length;
    }
    if (last < chunk.length) rest(chunk.slice(last));
  };
}
