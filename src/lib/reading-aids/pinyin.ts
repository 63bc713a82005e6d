import { convert, customPinyin, pinyin } from 'pinyin-pro';

/**
 * Words of this report that pinyin-pro reads wrongly in context, with the right reading. Each has a test in
 * tests/unit/reading-aids.test.ts; add a word here when a reader reports one.
 */
export const PINYIN_CORRECTIONS: Record<string, string> = {
  调水: 'diào shuǐ', // 引梅入瑞、引桃入定调水工程: tiáo without this
  大城市: 'dà chéng shì', // 向1型大城市迈进: dài without this
  长征: 'cháng zhēng', // 长征国家文化公园: zhǎng without this
  干部: 'gàn bù', // 领导干部: gān without this
  北斗: 'běi dǒu', // 北斗应用: dòu without this
};

let corrected = false;

/**
 * Pinyin with tone marks for every character of `text`, read in context (银行 yín háng, 长赣 cháng gàn), one
 * entry per character (characters that are not Chinese map to ''). Tones are the dictionary's: 一 is yī and
 * 不 is bù whatever follows, as in CC-CEDICT.
 */
export function pinyinOf(text: string): string[] {
  if (!corrected) {
    customPinyin(PINYIN_CORRECTIONS);
    corrected = true;
  }
  const chars = [...text];
  const readings = pinyin(text, { type: 'array', toneSandhi: false, nonZh: 'removed' });
  // pinyin-pro drops non-Chinese characters with nonZh: 'removed'; put the readings back on the Chinese ones.
  const out: string[] = [];
  let next = 0;
  for (const char of chars) out.push(/\p{Script=Han}/u.test(char) ? (readings[next++] ?? '') : '');
  return out;
}

/** CC-CEDICT's numbered pinyin ("yin2 hang2", "lu:4") in tone marks ("yín háng", "lǜ"), for display. */
export function toneMarks(numbered: string): string {
  return numbered
    .split(' ')
    .map((syllable) => convert(syllable.replace(/u:/g, 'v').replace(/5$/, ''), { format: 'numToSymbol' }))
    .join(' ');
}
