import type { Diagnostic } from '../diagnostics';
import type { RuleContext } from './types';

/** A figure as a value: 13.6万 and 136,000 are both { value: 136000 }; 45% is { value: 45, percent: true }. */
export interface Figure {
  value: number;
  percent: boolean;
  /** As written, for messages. */
  source: string;
}

const CHINESE_MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 万亿: 1e12 };
const ENGLISH_MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** Arabic figures in Chinese text, with 万, 亿 and 万亿 applied. */
export function chineseFigures(text: string): Figure[] {
  return [...text.matchAll(/(\d+(?:\.\d+)?)(%|万亿|亿|万)?/g)].map((m) => ({
    value: Number(m[1]) * (CHINESE_MULTIPLIERS[m[2] ?? ''] ?? 1),
    percent: m[2] === '%',
    source: m[0],
  }));
}

const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5 };

/**
 * Figures in English text: 2,000; 2.5%; 5.2 billion; 1st (as 1); and a class in Roman numerals ("Type I" for
 * 1型, as classifications are written). Words ("two") are not figures.
 */
export function englishFigures(text: string): Figure[] {
  const classes = [...text.matchAll(/\b(?:Type|Class|Grade|Level) (I{1,3}|IV|V)\b/g)].map((m) => ({
    value: ROMAN[m[1]!]!,
    percent: false,
    source: m[0],
  }));
  const numbers = [...text.matchAll(/(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(\s*%|\s+per\s?cent)?(?:\s+(thousand|million|billion|trillion)\b)?/gi)].map((m) => ({
    value: Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')) * (ENGLISH_MULTIPLIERS[m[4]?.toLowerCase() ?? ''] ?? 1),
    percent: Boolean(m[3]),
    source: m[0].trim(),
  }));
  return [...classes, ...numbers];
}

/** Two figures of equal value (and both percentages or neither). */
export const sameFigure = (a: Figure, b: Figure) => a.percent === b.percent && Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;
/** A figure as the messages write it: 136,000; 45%. */
export const showFigure = (f: Figure) => `${f.value.toLocaleString('en-US', { maximumFractionDigits: 6 })}${f.percent ? '%' : ''}`;

/** Every figure of a Chinese paragraph must appear in its English paragraph with the same value, as often. */
export function checkFigures({ parts }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      const english = englishFigures(block.en.text);
      const unmatched = [...english];
      for (const figure of chineseFigures(block.zh.text)) {
        const match = unmatched.findIndex((candidate) => sameFigure(candidate, figure));
        if (match !== -1) {
          unmatched.splice(match, 1);
          continue;
        }
        diagnostics.push({
          file: part.files.en,
          line: block.en.line,
          column: 1,
          severity: 'error',
          message: `Block "${block.id}": the Chinese has ${figure.source} (${showFigure(figure)}) but the English has no ${showFigure(figure)}` +
            (english.length ? `; its figures are ${english.map((f) => f.source).join(', ')}` : ''),
          ruleId: 'figures',
          hint: '万 = 10,000, 亿 = 100 million, 万亿 = trillion: 13.6万 → 136,000; 52亿 → 5.2 billion; 1万亿 → 1 trillion.',
        });
      }
    }
  }
  return diagnostics;
}
