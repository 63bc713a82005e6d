import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { escapeRegExp } from '../regexp';

let jieba: Jieba | undefined;

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
    if (chunk) tokens.push(...jieba!.cut(chunk, false));
  };
  for (const match of pattern ? text.matchAll(pattern) : []) {
    cut(text.slice(last, match.index));
    tokens.push(match[0]);
    last = match.index + match[0].length;
  }
  cut(text.slice(last));
  return tokens;
}
