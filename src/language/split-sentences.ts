import type { Language } from '../shared/languages';

/**
 * Splits a block's plain text into sentences, by language: Chinese at 。！？ and English at . ? ! followed by a
 * space or the end, each with any closing quotes and brackets after the stop. Returns the end offset of each
 * sentence in `text` (the last is `text.length`), so the sentences are `text.slice(previous end, end)`; the
 * space between two sentences belongs to the first.
 */
export function sentenceEnds(text: string, lang: Language): number[] {
  const ends = lang === 'zh' ? chineseEnds(text) : englishEnds(text);
  if (ends.at(-1) !== text.length) ends.push(text.length);
  // A trailing stretch of white space is no sentence of its own.
  return ends.filter((end, i) => i === 0 || text.slice(ends[i - 1], end).trim() !== '' || end === text.length);
}

/** The sentences of `text`, trimmed. */
export function splitSentences(text: string, lang: Language): string[] {
  let start = 0;
  return sentenceEnds(text, lang)
    .map((end) => {
      const sentence = text.slice(start, end).trim();
      start = end;
      return sentence;
    })
    .filter(Boolean);
}

// Closing quotes and brackets that stay with the sentence they close: "……。”" and 'it ends." Then'.
const CLOSERS_ZH = '”’」』》）】〕';
const CLOSERS_EN = '"\'”’)]';

function chineseEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!'。！？'.includes(text[i]!)) continue;
    let end = i + 1;
    // Runs of stops (？！) and the closers after them stay in one sentence.
    while (end < text.length && ('。！？'.includes(text[end]!) || CLOSERS_ZH.includes(text[end]!))) end++;
    while (end < text.length && /\s/.test(text[end]!)) end++;
    if (end < text.length) ends.push(end);
    i = end - 1;
  }
  return ends;
}

/** Words whose full stop is no sentence end even before a capital or a digit: "No. 1", "Mr. Li", "St. Paul". */
const ABBREVIATIONS = new Set([
  'no',
  'nos',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'fig',
  'art',
  'para',
  'vol',
  'co',
  'inc',
  'ltd',
  'u.s',
  'p.r.c',
]);

function englishEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const stop = text[i]!;
    if (stop !== '.' && stop !== '?' && stop !== '!') continue;
    let end = i + 1;
    // An ellipsis (... or …) trails off inside a sentence; a decimal point (5.2) has no space after it.
    if (stop === '.' && (text[i - 1] === '.' || text[end] === '.' || text[i - 1] === '…')) continue;
    while (end < text.length && '.?!'.includes(text[end]!)) end++;
    while (end < text.length && CLOSERS_EN.includes(text[end]!)) end++;
    // Scanned by hand, not by a regular expression on a slice: paragraphs are long and stops many.
    let after = end;
    while (after < text.length && /\s/.test(text[after]!)) after++;
    if (end < text.length && after === end) continue;
    const next = text[after];
    if (next === undefined) continue; // the end of the text is the last end anyway
    // A new sentence starts with a capital, a digit, an opening quote or bracket, or a Chinese character.
    if (!/[\p{Lu}\p{N}"'“‘([\p{Script=Han}]/u.test(next)) continue;
    if (stop === '.') {
      let start = i;
      while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
      const word = text.slice(start, i).toLowerCase();
      // "No. 1", "e.g. Ganzhou", and single initials ("J. Smith") do not end a sentence.
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word)) continue;
      // Nor does the number that opens a numbered note ("2. Whole-industry …").
      if (/^\s*\d+$/.test(text.slice(0, i))) continue;
    }
    ends.push(after);
    i = after - 1;
  }
  return ends;
}
