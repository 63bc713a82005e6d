const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
const CHINESE = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A part's title with its number for navigation: "（三）持续深化改革开放" / "(III) Continue to deepen …". */
export function partLabel(part: { numeral?: string; title: { zh: string; en: string } }): { zh: string; en: string } {
  if (!part.numeral) return part.title;
  const n = CHINESE.indexOf(part.numeral);
  const roman = ROMAN[n] ?? part.numeral;
  // Titles that already carry the number (part II, whose title is not in the excerpt) are left alone.
  return {
    zh: part.title.zh.startsWith('（') ? part.title.zh : `（${part.numeral}）${part.title.zh}`,
    en: part.title.en.startsWith('Part') ? part.title.en : `(${roman}) ${part.title.en}`,
  };
}
