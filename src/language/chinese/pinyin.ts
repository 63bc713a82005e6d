import { convert, pinyin } from 'pinyin-pro';
import { HAN } from './cjk-spacing';
import type { ReviewedWord } from './reviewed-words';

/** The reviewed readings pinyinOf applies: content/reading/words.tsv, as the content loads it. */
export type WordReadings = readonly Pick<ReviewedWord, 'word' | 'reading'>[];

/** Each list of reviewed words as pinyinOf applies it: longest first, so a phrase wins over a word inside it. */
const prepared = new WeakMap<WordReadings, { chars: string[]; syllables: string[] }[]>();
function longestFirst(words: WordReadings) {
  let list = prepared.get(words);
  if (!list) {
    list = words
      .map(({ word, reading }) => ({ chars: [...word], syllables: reading.split(' ') }))
      .sort((a, b) => b.chars.length - a.chars.length);
    prepared.set(words, list);
  }
  return list;
}

/** 以……为 ("take … as"): the 为 that a clause's 以 leads to is wéi, whatever pinyin-pro reads alone. */
const YI_WEI = /以[^，。；：！？]*?为(?![了何])/g;

/**
 * Pinyin with tone marks for every character of `text`, read in context (银行 yín háng, 长赣 cháng gàn), one
 * entry per character (characters that are not Chinese map to ''). pinyin-pro reads the text, a rule reads
 * 以……为, and the reviewed `words` have the last word: wherever one occurs, its characters read as reviewed.
 * Tones are the dictionary's: 一 is yī and 不 is bù whatever follows, as in CC-CEDICT.
 */
export function pinyinOf(text: string, words: WordReadings): string[] {
  const chars = [...text];
  const readings = pinyin(text, { type: 'array', toneSandhi: false, nonZh: 'removed' });
  // pinyin-pro drops non-Chinese characters with nonZh: 'removed'; put the readings back on the Chinese ones.
  const out: string[] = [];
  let next = 0;
  for (const char of chars) out.push(HAN.test(char) ? (readings[next++] ?? '') : '');
  // The character index of 为, counted on from the last match: counting from the start each time is quadratic
  // in a long paragraph.
  let counted = 0;
  let countedTo = 0;
  for (const match of text.matchAll(YI_WEI)) {
    // Not the 以 of a word (可以, 以上, 以来 …): it must start the phrase, before a noun.
    const before = text[match.index - 1] ?? '';
    const after = text[match.index + 1] ?? '';
    if (/[可加予得难所足用借]/.test(before) || /[上下来内外及便后前往致免]/.test(after)) continue;
    const wei = match.index + match[0].length - 1;
    counted += [...text.slice(countedTo, wei)].length;
    countedTo = wei;
    out[counted] = 'wéi';
  }
  // A character read by a longer reviewed phrase keeps that reading: the phrase is the wider context.
  const reviewed = new Set<number>();
  for (const { chars: word, syllables } of longestFirst(words)) {
    for (let at = chars.indexOf(word[0]!); at !== -1; at = chars.indexOf(word[0]!, at + 1)) {
      if (!word.every((char, k) => chars[at + k] === char && !reviewed.has(at + k))) continue;
      word.forEach((_, k) => {
        out[at + k] = syllables[k]!;
        reviewed.add(at + k);
      });
    }
  }
  return out;
}

/** CC-CEDICT's numbered pinyin ("yin2 hang2", "lu:4", "An1 yuan3") in tone marks ("yín háng", "lǜ", "Ān yuǎn"). */
export function toneMarks(numbered: string): string {
  return numbered
    .split(' ')
    .map((syllable) => {
      // pinyin-pro marks lower-case syllables only: a capital (a place name) is put back after.
      const marked = convert(syllable.toLowerCase().replace(/u:/g, 'v').replace(/5$/, ''), { format: 'numToSymbol' });
      return /^[A-Z]/.test(syllable) ? marked.charAt(0).toUpperCase() + marked.slice(1) : marked;
    })
    .join(' ');
}
