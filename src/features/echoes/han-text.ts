import { HAN } from '../../language/chinese/cjk-spacing';

/**
 * A sentence as the echo matcher compares it: its Han characters only, one code unit each, with a break where a
 * run of shared characters must stop. Punctuation (quotation marks, brackets, dashes, the enumeration comma, %)
 * and white space are left out, so a run crosses them; anything else that is not Han (digits, Latin letters,
 * symbols) is a break: figures differ from report to report, and "85%以上" and "90%以上" share no formulation.
 */
export interface HanText {
  /** One code unit per Han character, BREAK between stretches a run may not cross. */
  units: string;
  /** The offset in the original sentence where the character of each unit starts (-1 for a BREAK). */
  starts: number[];
  /** The offset where it ends. */
  ends: number[];
  /** How many Han characters the sentence has. */
  han: number;
}

/** Equal to no Han unit: a sentence's text has no NUL (the byte checks refuse it). */
export const BREAK = '\0';

const IGNORED = /[\p{P}\s]/u;

/**
 * Makes HanText of sentences with one shared table for the Han characters outside the Basic Multilingual Plane
 * (CJK extension B and on), each given one code unit of the Private Use Area, so that a unit is a character and
 * a run never starts in the middle of one. Use one converter for the texts that are compared.
 */
export function hanTextConverter(): (text: string) => HanText {
  const astral = new Map<number, string>();
  const unitOf = (code: number, char: string) => {
    if (char.length === 1) return char;
    let unit = astral.get(code);
    if (unit === undefined) {
      // 6,400 code points: more astral Han characters than all the reports together will ever hold.
      if (astral.size >= 0x1900) throw new Error('Too many distinct Han characters outside the BMP to compare');
      unit = String.fromCharCode(0xe000 + astral.size);
      astral.set(code, unit);
    }
    return unit;
  };
  return (text) => {
    const units: string[] = [];
    const starts: number[] = [];
    const ends: number[] = [];
    let han = 0;
    for (let i = 0; i < text.length; ) {
      const code = text.codePointAt(i)!;
      const char = String.fromCodePoint(code);
      if (HAN.test(char)) {
        units.push(unitOf(code, char));
        starts.push(i);
        ends.push(i + char.length);
        han++;
      } else if (!IGNORED.test(char) && units.length && units.at(-1) !== BREAK) {
        units.push(BREAK);
        starts.push(-1);
        ends.push(-1);
      }
      i += char.length;
    }
    return { units: units.join(''), starts, ends, han };
  };
}
