// The one number reader of the project: the content check compares the figures of each Chinese paragraph and
// sentence with its English through it, and the figures page lists every figure of the report with it.
import type { Language } from '../../shared/languages';
import { ROMAN } from '../numerals';
import { MULTIPLIERS, PERCENT, unitAt, type Unit } from './units';

/** A figure as a value: 13.6万 and 136,000 are both { value: 136000 }; 45% is { value: 45, percent: true }. */
export interface Figure {
  value: number;
  percent: boolean;
  /** As written, for messages. */
  source: string;
  /** Where it starts in the text read. */
  index: number;
}

/** What a figure's wording says about it, next to the number or earlier in its clause. */
export const QUALIFIERS = [
  { id: 'target', zh: '力争', en: 'target' },
  { id: 'at-least', zh: '以上', en: 'at least' },
  { id: 'over', zh: '超', en: 'over' },
  { id: 'exceed', zh: '突破', en: 'exceed' },
  { id: 'reach', zh: '达到', en: 'reach' },
  { id: 'about', zh: '左右', en: 'about' },
  { id: 'within', zh: '以内', en: 'within' },
] as const;
export type Qualifier = (typeof QUALIFIERS)[number]['id'];

/** A figure of Chinese text, read with all that is written around it. */
export interface ChineseFigure extends Figure {
  /** The end of a range (1-25日 → value 1, to 25). */
  to?: number;
  /** The numbers of a compound name (“1+5+N” → 1, 5; “3+2” → 3, 2). */
  parts?: number[];
  /** The unit or measure word after the number, if the reader knows it. */
  unit?: Unit;
  qualifiers: Qualifier[];
  /** Inside quotation marks: a slogan or a name (“2小时经济生活圈”, “5020”项目), which only a reviewer can classify. */
  quoted: boolean;
}

const NUMBER = String.raw`\d+(?:\.\d+)?`;
const MULTIPLIER = '万亿|亿|万|千';
// A number with its multiplier; then either a range (1-25) or a compound (1+5+N); then a percent sign.
const CHINESE_FIGURE = new RegExp(
  String.raw`(${NUMBER})(${MULTIPLIER})?(?:[-–~～至](${NUMBER})(${MULTIPLIER})?|((?:\+(?:${NUMBER}|[A-Z]))+))?(%)?`,
  'g',
);
// Words right before a figure, and right after it (and its unit).
const BEFORE: [string, Qualifier][] = [
  ['提高到', 'reach'],
  ['达到', 'reach'],
  ['突破', 'exceed'],
  ['超过', 'over'],
  ['至少', 'at-least'],
  ['达', 'reach'],
  ['超', 'over'],
];
const AFTER: [string, Qualifier][] = [
  ['以上', 'at-least'],
  ['左右', 'about'],
  ['以内', 'within'],
];
/** What joins two figures that share the verb before the first: 分别达100%和90%以上 (reach 100% and over 90%). */
const JOINED = /^[和、及]$/;
/** Punctuation that ends a clause: 力争 ("strive to") governs the figures of its own clause. */
const CLAUSE_END = /^[，；。！？：]/;
const ENGLISH_CLAUSE_END = /^[,;:] /;

/** Precise enough for any figure of the report, without the float noise of 13.6 × 10,000. */
const scale = (n: number, by: number) => Number((n * by).toPrecision(12));

/** Every figure written in Arabic digits in Chinese text, with 万, 亿, 万亿 and 千 applied. */
export function chineseFigures(text: string): ChineseFigure[] {
  const figures: ChineseFigure[] = [];
  let previous: { end: number; verb: Qualifier | undefined } | undefined;
  for (const m of text.matchAll(CHINESE_FIGURE)) {
    const [written, first, ownMultiplier, last, lastMultiplier, compound, percent] = m;
    const index = m.index;
    let end = index + written.length;
    let unit = percent ? PERCENT : unitAt(text, end);
    if (unit && !percent) end += unit.zh.length;
    // 2025年 is a year, not 2,025 years: a reviewer says what it is.
    if (unit?.zh === '年' && /^\d{4}$/.test(first!)) unit = undefined;
    // In a range the multiplier written once counts for both ends: 10-20万 is 100,000 to 200,000.
    const multiplier = ownMultiplier ?? (last ? lastMultiplier : undefined);
    const value = scale(Number(first), MULTIPLIERS[multiplier ?? ''] ?? 1);
    const verb =
      verbBefore(text, index) ?? (previous && JOINED.test(text.slice(previous.end, index)) ? previous.verb : undefined);
    previous = { end, verb };
    figures.push({
      value,
      percent: Boolean(percent),
      source: text.slice(index, end),
      index,
      to: last ? scale(Number(last), MULTIPLIERS[lastMultiplier ?? multiplier ?? ''] ?? 1) : undefined,
      parts: compound ? [value, ...(compound.match(/\d+(?:\.\d+)?/g) ?? []).map(Number)] : undefined,
      unit,
      qualifiers: qualifiersOf(text, index, end, verb),
      quoted: insideQuotes(text, index),
    });
  }
  return figures;
}

/** The qualifier of the word right before a figure (达, 突破 …), if there is one. */
function verbBefore(text: string, start: number): Qualifier | undefined {
  return BEFORE.find(([word]) => text.endsWith(word, start))?.[1];
}

function qualifiersOf(text: string, start: number, end: number, verb: Qualifier | undefined): Qualifier[] {
  const found = new Set<Qualifier>();
  if (text.slice(clauseStart(text, start), start).includes('力争')) found.add('target');
  if (verb) found.add(verb);
  const after = AFTER.find(([word]) => text.startsWith(word, end));
  if (after) found.add(after[1]);
  return QUALIFIERS.map((q) => q.id).filter((id) => found.has(id));
}

/** Whether `index` lies inside “…” (or 「…」) in `text`. */
function insideQuotes(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index; i++) {
    if (text[i] === '“' || text[i] === '「') depth++;
    else if ((text[i] === '”' || text[i] === '」') && depth > 0) depth--;
  }
  return depth > 0;
}

/**
 * The clause of `text` that holds `length` characters at `index`, with "…" where it is cut from its sentence, and
 * where the figure stands in it. Chinese clauses end at ，；。！？：, English ones at , ; : followed by a space.
 */
export function clauseAround(
  text: string,
  index: number,
  length: number,
  language: Language,
): { text: string; at: number } {
  const ends = language === 'zh' ? CLAUSE_END : ENGLISH_CLAUSE_END;
  // A clause ends at `i` when a clause-ending mark stands there.
  const endsAt = (i: number) => ends.test(text.slice(i, i + 2));
  let start = clauseStart(text, index, ends);
  let end = index + length;
  while (end < text.length && !endsAt(end)) end++;
  // A list item alone ("5G," among industries) says little: take in the clauses after it, then before it, up to
  // a readable length.
  const least = language === 'zh' ? 12 : 40;
  while (end - start < least && (start > 0 || end < text.length)) {
    if (end < text.length) {
      end++;
      while (end < text.length && !endsAt(end)) end++;
    } else {
      start = clauseStart(text, start - 1, ends);
    }
  }
  // A Chinese clause keeps its punctuation mark; an English one is cut before it.
  if (language === 'zh' && end < text.length) end++;
  while (text[start] === ' ') start++;
  const lead = start > 0 ? '…' : '';
  const trail = end < text.length ? '…' : '';
  return { text: lead + text.slice(start, end) + trail, at: lead.length + index - start };
}

/** Where the clause that holds `index` begins: after the last clause-ending mark before it. */
function clauseStart(text: string, index: number, ends = CLAUSE_END): number {
  let start = index;
  while (start > 0 && !ends.test(text.slice(start - 1, start + 1))) start--;
  return start;
}

/** Each value a Chinese figure states, as the check compares them with the English: a range's both ends, a
 * compound's every number. */
export function comparableFigures(figures: ChineseFigure[]): Figure[] {
  return figures.flatMap((figure) => {
    const values = figure.parts ?? (figure.to === undefined ? [figure.value] : [figure.value, figure.to]);
    return values.map((value) => ({ value, percent: figure.percent, source: figure.source, index: figure.index }));
  });
}

const ENGLISH_MULTIPLIERS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * Figures in English text: 2,000; 2.5%; 5.2 billion; 1st (as 1); and a class in Roman numerals ("Type I" for
 * 1型, as classifications are written). Words ("two") are not figures.
 */
export function englishFigures(text: string): Figure[] {
  const classes = [...text.matchAll(/\b(?:Type|Class|Grade|Level) (I{1,3}|IV|V)\b/g)].map((m) => ({
    value: ROMAN.indexOf(m[1]!),
    percent: false,
    source: m[0],
    index: m.index,
  }));
  const numbers = [
    ...text.matchAll(
      /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:st|nd|rd|th)?(\s*%|\s+per\s?cent)?(?:\s+(thousand|million|billion|trillion)\b)?/gi,
    ),
  ].map((m) => ({
    value: Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')) * (ENGLISH_MULTIPLIERS[m[4]?.toLowerCase() ?? ''] ?? 1),
    percent: Boolean(m[3]),
    source: m[0].trim(),
    index: m.index,
  }));
  return [...classes, ...numbers];
}

/** Two figures of equal value (and both percentages or neither). */
export const sameFigure = (a: Figure, b: Figure) =>
  a.percent === b.percent && Math.abs(a.value - b.value) <= Math.abs(a.value) * 1e-9;

// One formatter for every figure: `toLocaleString` builds a new one per call, which would make it the slowest
// step of reading the figures.
const englishNumbers = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A number as English writes it: 136,000; 0.5; 2,000,000,000. */
export const englishNumber = (n: number) => englishNumbers.format(n);

/** A figure as the messages write it: 136,000; 45%. */
export const showFigure = (f: Pick<Figure, 'value' | 'percent'>) => `${englishNumber(f.value)}${f.percent ? '%' : ''}`;
