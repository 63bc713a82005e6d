// The one table of Chinese multipliers, units and measure words the figure reader knows, with their English and
// their conversion to metric. The content check and the figures page both read figures through it.

import { ROMAN } from '../numerals';

/** What a figure measures, for the figures page's filter. */
export const UNIT_FAMILIES = [
  { id: 'money', zh: '金额', en: 'Money' },
  { id: 'share', zh: '比例', en: 'Share' },
  { id: 'area', zh: '面积', en: 'Area' },
  { id: 'mass', zh: '重量', en: 'Mass' },
  { id: 'length', zh: '长度', en: 'Length' },
  { id: 'people', zh: '人口', en: 'People' },
  { id: 'count', zh: '数量', en: 'Count' },
  { id: 'time', zh: '时间', en: 'Time' },
  { id: 'name', zh: '名称', en: 'Name' },
] as const;
export type UnitFamily = (typeof UNIT_FAMILIES)[number]['id'];

/** Chinese multipliers written after a figure: 13.6万 = 136,000; 52亿 = 5.2 billion; 1万亿 = 1 trillion. */
export const MULTIPLIERS: Readonly<Record<string, number>> = { 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

export interface Unit {
  /** As the Chinese writes it after the figure (and its multiplier). */
  zh: string;
  /** The English unit, plural; for a measure word, a generic noun the reviewed figures replace. */
  en: string;
  family: UnitFamily;
  /** A measure word (个, 家, 所 …): it counts the noun of the sentence, which the reader cannot name. */
  measureWord?: boolean;
  /** The figure is part of a name or a class (5G, 206国道, 21号, 1型), not a quantity: how English writes it. */
  name?: (number: string) => string;
  /** The same quantity in metric units: `factor` of `en` per unit. */
  metric?: { factor: number; en: string };
}

/** Every unit and measure word the reader recognises, longest first where one begins another (平方公里 before 公里). */
export const UNITS: readonly Unit[] = [
  { zh: '元', en: 'yuan', family: 'money' },
  { zh: '%', en: 'percent', family: 'share' },
  { zh: '平方公里', en: 'square kilometers', family: 'area' },
  { zh: '公顷', en: 'hectares', family: 'area' },
  // 1 亩 = 1/15 hectare (666.7 m²), the statutory Chinese mu.
  { zh: '亩', en: 'mu', family: 'area', metric: { factor: 1 / 15, en: 'hectares' } },
  // 1 斤 = 0.5 kg; shown in metric tons, as the English names 吨 (US spelling, docs/translation-guide.md).
  { zh: '斤', en: 'jin', family: 'mass', metric: { factor: 0.0005, en: 'metric tons' } },
  { zh: '吨', en: 'metric tons', family: 'mass' },
  { zh: '公里', en: 'kilometers', family: 'length' },
  { zh: '米', en: 'meters', family: 'length' },
  { zh: '户', en: 'households', family: 'people' },
  { zh: '人', en: 'people', family: 'people' },
  { zh: '名', en: 'people', family: 'people' },
  { zh: '个', en: 'units', family: 'count', measureWord: true },
  { zh: '家', en: 'units', family: 'count', measureWord: true },
  { zh: '所', en: 'units', family: 'count', measureWord: true },
  { zh: '座', en: 'units', family: 'count', measureWord: true },
  { zh: '张', en: 'units', family: 'count', measureWord: true },
  { zh: '套', en: 'units', family: 'count', measureWord: true },
  { zh: '项', en: 'units', family: 'count', measureWord: true },
  { zh: '小时', en: 'hours', family: 'time' },
  { zh: '分钟', en: 'minutes', family: 'time' },
  { zh: '年', en: 'years', family: 'time' },
  { zh: '月', en: 'months', family: 'time' },
  { zh: '日', en: 'days', family: 'time' },
  { zh: '国道', en: 'National Highway', family: 'name', name: (n) => `National Highway ${n}` },
  { zh: '号', en: 'number', family: 'name', name: (n) => `No. ${n}` },
  { zh: 'A级', en: 'A-level', family: 'name', name: (n) => `${n}A-level` },
  // China's city classes are written in Roman numerals in English: Type I, Type II.
  { zh: '型', en: 'type', family: 'name', name: (n) => `Type ${ROMAN[Number(n)] ?? n}` },
  { zh: 'G', en: 'generation', family: 'name', name: (n) => `${n}G` },
];

/** The unit of a figure written with a percent sign. */
export const PERCENT: Unit = UNITS.find((unit) => unit.zh === '%')!;

/** The unit written at `index` of `text`, if any (the longest that fits). */
export function unitAt(text: string, index: number): Unit | undefined {
  let found: Unit | undefined;
  for (const unit of UNITS) {
    if (text.startsWith(unit.zh, index) && (!found || unit.zh.length > found.zh.length)) found = unit;
  }
  return found;
}

/** `n` in a unit's metric equivalent (80万亩 → 53,333.33 hectares), or undefined when the unit is metric already. */
export function toMetric(n: number, unit: Unit | undefined): { value: number; en: string } | undefined {
  return unit?.metric ? { value: n * unit.metric.factor, en: unit.metric.en } : undefined;
}
