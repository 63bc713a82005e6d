/** Roman numerals by value (ROMAN[3] = 'III'), as English numbers parts and classes (Type I). */
export const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];
/** Chinese numerals by value (CHINESE_NUMERALS[3] = '三'), as the report numbers its parts. */
export const CHINESE_NUMERALS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
