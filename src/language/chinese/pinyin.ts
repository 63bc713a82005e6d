import { convert, customPinyin, pinyin } from 'pinyin-pro';
import { HAN } from './cjk-spacing';

/**
 * Words and phrases of this report that pinyin-pro reads wrongly in context, with the right reading: a word where
 * the word decides, a longer phrase where only the phrase does (项目的: 的 is de after 项目, though 目的 is mùdì).
 * Every polyphone of the text has a reviewed reading in content/reading/polyphones.tsv, which a test holds the
 * build to: a wrong reading there is fixed here, or by a rule in {@link pinyinOf}.
 */
export const PINYIN_CORRECTIONS: Record<string, string> = {
  调水: 'diào shuǐ', // 引梅入瑞、引桃入定调水工程: tiáo without this
  大城市: 'dà chéng shì', // 向1型大城市迈进: dài without this
  长征: 'cháng zhēng', // 长征国家文化公园: zhǎng without this
  干部: 'gàn bù', // 领导干部: gān without this
  北斗: 'běi dǒu', // 北斗应用: dòu without this
  知识: 'zhī shi', // 知识产权: the dictionary's neutral tone, in every context
  码头: 'mǎ tou',
  功夫: 'gōng fu',
  困难: 'kùn nan',
  干就赣好: 'gàn jiù gàn hǎo', // the slogan: 干 "do", punning on 赣
  干在实处: 'gàn zài shí chù',
  稳得住: 'wěn de zhù',
  长制: 'zhǎng zhì', // 河（湖）长制、林长制: the chief system, 长 "chief"
  三重一大: 'sān zhòng yī dà',
  风正劲: 'fēng zhèng jìng',
  紧密地: 'jǐn mì de',
  项目的: 'xiàng mù de', // 工程建设项目的所有…: not 目的 mùdì
  厦蓉: 'xià róng', // 厦蓉高速, Xiamen–Chengdu
  济广: 'jǐ guǎng', // 济广高速, Jinan–Guangzhou
  减量: 'jiǎn liàng',
  填埋量: 'tián mái liàng',
};

/** 以……为 ("take … as"): the 为 that a clause's 以 leads to is wéi, whatever pinyin-pro reads alone. */
const YI_WEI = /以[^，。；：！？]*?为(?![了何])/g;

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
