import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { escapeRegExp } from '../../shared/regexp';

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

/**
 * Splits Chinese text into words: glossary terms first, whole and longest first (jieba would split a term with
 * punctuation such as 两不愁、三保障 whatever its dictionary says), then jieba on the text between them, without
 * its HMM guesser, which invents words. Every character of the text is in exactly one token, in order.
 */
export function segmentChinese(text: string, keepWhole: readonly string[]): string[] {
  jieba ??= Jieba.withDict(dict);
  const tokens: string[] = [];
  const forms = [...new Set(keepWhole)].filter(Boolean).sort((a, b) => b.length - a.length);
  const pattern = forms.length ? new RegExp(forms.map(escapeRegExp).join('|'), 'g') : undefined;
  let last = 0;
  const cut = (chunk: string) => {
    // One token at a time: spreading a long paragraph's tokens into push() overflows the call stack.
    for (const [piece] of chunk.matchAll(PIECES)) for (const token of jieba!.cut(piece, false)) tokens.push(token);
  };
  for (const match of pattern ? text.matchAll(pattern) : []) {
    cut(text.slice(last, match.index));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  cut(text.slice(last));
  return tokens;
}
