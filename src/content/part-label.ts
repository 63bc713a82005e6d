import { CHINESE_NUMERALS, ROMAN } from '../language/numerals';
import type { Bilingual } from '../shared/languages';

/** A part's number in both languages, "（三）" / "(III)", if it has one (the closing address and annex do not). */
export function partNumber(part: { numeral?: string }): Bilingual | undefined {
  if (!part.numeral) return undefined;
  return { zh: `（${part.numeral}）`, en: `(${ROMAN[CHINESE_NUMERALS.indexOf(part.numeral)] ?? part.numeral})` };
}

/** A part's title with its number for navigation: "（三）持续深化改革开放" / "(III) Continue to deepen …". */
export function partLabel(part: { numeral?: string; title: Bilingual }): Bilingual {
  const number = partNumber(part);
  if (!number) return part.title;
  // Titles that already carry the number (part II, whose title is not in the excerpt) are left alone.
  return {
    zh: part.title.zh.startsWith('（') ? part.title.zh : `${number.zh}${part.title.zh}`,
    en: part.title.en.startsWith('Part') ? part.title.en : `${number.en} ${part.title.en}`,
  };
}
