import { lookUp } from '../../language/chinese/cedict';
import { pinyinOf, toneMarks } from '../../language/chinese/pinyin';
import { polyphoneIndices } from '../../language/chinese/polyphones';
import { segmentChinese } from '../../language/chinese/segment';
import type { Diagnostic } from '../diagnostics';
import type { RuleContext } from './types';

const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * Two sources for every word's pinyin: where CC-CEDICT's reading of a jieba word disagrees with the one the site
 * shows (pinyin-pro's, with its corrections), a warning, unless the reviewed readings
 * (content/reading/polyphones.tsv) settle every polyphone of the word. Runs only where that file exists.
 */
export function checkPinyinCrosscheck({ parts, glossary, reviewedPinyin, reviewedWords }: RuleContext): Diagnostic[] {
  if (!reviewedPinyin) return [];
  const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      // Where every polyphone of the block is reviewed as shown, no word can disagree unsettled: skip the
      // dictionary (loading CC-CEDICT is most of this rule's cost).
      const found = polyphoneIndices(block.zh.text);
      if (!found.length) continue;
      const readings = pinyinOf(block.zh.text);
      // A character listed twice is settled by either reading, as the file says.
      const reviewed = reviewedPinyin.get(`${part.slug}#${block.id}`);
      const reviewedAs = (index: number) => reviewed?.get(index)?.includes(readings[index]!) ?? false;
      if (found.every(reviewedAs)) continue;
      const polyphone = new Set(found);
      let index = 0;
      for (const word of segmentChinese(block.zh.text, keepWhole, reviewedWords?.phrases)) {
        const length = [...word].length;
        const at = index;
        index += length;
        if (length < 2 || !ALL_HAN.test(word)) continue;
        const shown = readings.slice(at, at + length);
        const dictionary = [...new Set(lookUp(word).map((entry) => toneMarks(entry.pinyin).toLowerCase()))];
        if (!dictionary.length || dictionary.includes(shown.join(' '))) continue;
        // Reviewed: every polyphone of the word has the reading shown. (Its other characters have one reading.)
        if (shown.every((_, k) => !polyphone.has(at + k) || reviewedAs(at + k))) continue;
        diagnostics.push({
          file: part.files.zh,
          line: block.zh.line,
          column: 1,
          severity: 'warning',
          ruleId: 'pinyin-crosscheck',
          message: `Block "${block.id}": "${word}" shows as ${shown.join(' ')}, but CC-CEDICT reads it ${dictionary.join(' or ')}`,
          hint: 'Check the reading; fix it in src/language/chinese/pinyin.ts if it is wrong, then run npm run polyphones and review the word in content/reading/polyphones.tsv.',
        });
      }
    }
  }
  return diagnostics;
}
