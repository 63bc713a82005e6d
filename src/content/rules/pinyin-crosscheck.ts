import { ALL_HAN } from '../../language/chinese/cjk-spacing';
import { lookUp } from '../../language/chinese/cedict';
import { pinyinOf, toneMarks } from '../../language/chinese/pinyin';
import { segmentChinese } from '../../language/chinese/segment';
import type { Diagnostic } from '../diagnostics';
import type { RuleContext } from './types';

/** CC-CEDICT's readings of a word in tone marks, lower-cased: a capital (a place name) is no difference. */
const dictionaryReadings = (word: string) => [
  ...new Set(lookUp(word).map((entry) => toneMarks(entry.pinyin).toLowerCase())),
];

/**
 * The words of a jieba word that CC-CEDICT can be asked about, each with its character offset: the word itself if
 * CC-CEDICT has it, else the longest CC-CEDICT words it is made of, left to right (粮食安全 → 粮食, 安全), so that
 * a word missing from the dictionary hides none of its parts.
 */
function comparable(word: string): { word: string; at: number }[] {
  const chars = [...word];
  if (lookUp(word).length) return [{ word, at: 0 }];
  const pieces: { word: string; at: number }[] = [];
  let at = 0;
  while (at < chars.length - 1) {
    let length = chars.length - at;
    // Not the whole word again: it is not in the dictionary.
    if (at === 0) length--;
    while (length >= 2 && !lookUp(chars.slice(at, at + length).join('')).length) length--;
    if (length < 2) {
      at++;
      continue;
    }
    pieces.push({ word: chars.slice(at, at + length).join(''), at });
    at += length;
  }
  return pieces;
}

/**
 * Two sources for every word's pinyin: wherever the reading the site shows for a word (jieba's segmentation, a
 * word CC-CEDICT lacks compared by its parts) is none of CC-CEDICT's readings, the reviewed words
 * (content/reading/words.tsv) must settle it, once per word: an entry that keeps the reading shown or corrects it
 * (the site shows what the entry says). An entry whose word is nowhere in the text any more is reported too.
 */
export function checkPinyinCrosscheck({ parts, glossary, words, wordsFile, lexicon }: RuleContext): Diagnostic[] {
  const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
  const reviewed = new Map(words.map((entry) => [entry.word, entry]));
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      const readings = pinyinOf(block.zh.text, words);
      // One message per word and reading in a block: its line is the block's.
      const reported = new Set<string>();
      let index = 0;
      for (const token of segmentChinese(block.zh.text, keepWhole, lexicon?.phrases)) {
        const start = index;
        index += [...token].length;
        if (index - start < 2 || !ALL_HAN.test(token)) continue;
        // A reviewed phrase (三重一大) is settled whole, the dictionary's words inside it with it.
        if (reviewed.get(token)?.reading === readings.slice(start, index).join(' ')) continue;
        for (const { word, at } of comparable(token)) {
          const shown = readings.slice(start + at, start + at + [...word].length).join(' ');
          const dictionary = dictionaryReadings(word);
          if (dictionary.includes(shown)) continue;
          const entry = reviewed.get(word);
          if (entry?.reading === shown || reported.has(`${word} ${shown}`)) continue;
          reported.add(`${word} ${shown}`);
          diagnostics.push({
            file: part.files.zh,
            line: block.zh.line,
            column: 1,
            severity: 'warning',
            ruleId: 'pinyin-crosscheck',
            message: entry
              ? `Block "${block.id}": "${word}" shows as ${shown}, though ${wordsFile}:${entry.line} reviews it as ${entry.reading}, and CC-CEDICT reads it ${dictionary.join(' or ')}`
              : `Block "${block.id}": "${word}" shows as ${shown}, but CC-CEDICT reads it ${dictionary.join(' or ')}`,
            hint: entry
              ? `A longer reviewed phrase of ${wordsFile} covers "${word}" here: give that phrase the reading of "${word}".`
              : `Decide the reading and add a line to ${wordsFile}: "${word}", the reading the site should show (CC-CEDICT's, or ${shown} to keep it) and why, separated by tabs (see CONTRIBUTING.md, "Pinyin readings").`,
          });
        }
      }
    }
  }
  const text = parts.flatMap((part) => [part.title.zh, ...part.blocks.map((block) => block.zh.text)]).join('\n');
  for (const entry of words) {
    if (text.includes(entry.word)) continue;
    diagnostics.push({
      file: wordsFile,
      line: entry.line,
      column: 1,
      severity: 'error',
      ruleId: 'reviewed-words-unused',
      message: `"${entry.word}" is reviewed as ${entry.reading}, but occurs nowhere in the Chinese`,
      hint: 'Remove the line if the word left the text; correct it if it is misspelt.',
    });
  }
  return diagnostics;
}
