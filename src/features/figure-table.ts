import { FIGURE_KINDS, type FigureRow } from '../content/figure-schema';
import { csv } from '../shared/csv';
import type { Bilingual } from '../shared/languages';
import { QUALIFIERS } from '../language/figures/read-figures';
import { UNIT_FAMILIES } from '../language/figures/units';
import { sentenceId } from '../markdown/ids';

const labels = <T extends readonly { id: string; zh: string; en: string }[]>(list: T) =>
  new Map<string, Bilingual>(list.map((item) => [item.id, item]));
export const KIND_LABELS = labels(FIGURE_KINDS);
export const QUALIFIER_LABELS = labels(QUALIFIERS);
export const FAMILY_LABELS = labels(UNIT_FAMILIES);

/**
 * The sentence link of a figure, relative to the site's base, which lands on its sentence with the figure marked
 * in each language (read by the page's hit highlighter): `part-5/?mark-zh=3个&mark-en=3&n-en=2#infrastructure.4`,
 * where `n-` says which occurrence in the sentence it is when it is not the first.
 */
export function figurePath(row: FigureRow): string {
  const marks = new URLSearchParams();
  for (const [lang, place] of [
    ['zh', row.zh],
    ['en', row.en],
  ] as const) {
    if (!place.figure) continue;
    marks.append(`mark-${lang}`, place.figure);
    if (place.nth && place.nth > 1) marks.append(`n-${lang}`, String(place.nth));
  }
  return `${row.part}/?${marks}#${sentenceId(row.block, row.sentence)}`;
}

/** Makes a site path (`part-5/?…#…`) into the link a download carries. */
export type SiteLink = (path: string) => string;

/** A row as the downloads write it: plain fields, and the sentence link made by `link`. */
function downloadRow(row: FigureRow, link: SiteLink) {
  return {
    id: row.id,
    part: row.part,
    block: row.block,
    sentence: row.sentence,
    figure_zh: row.zh.figure,
    clause_zh: row.zh.text,
    figure_en: row.en.figure ?? '',
    clause_en: row.en.text,
    value: row.value,
    value_to: row.to ?? null,
    percent: row.percent,
    unit: row.unit,
    display: row.display,
    metric: row.metric ?? '',
    qualifiers: row.qualifiers,
    kind: row.kind,
    family: row.family,
    reviewed: row.reviewed,
    note: row.note ?? '',
    permalink: link(figurePath(row)),
  };
}

/** The figures as CSV (UTF-8, header row), one figure a row; `link` makes each sentence link. */
export function figuresCsv(rows: FigureRow[], link: SiteLink): string {
  const records = rows.map((row) => downloadRow(row, link));
  const header = records[0] ? Object.keys(records[0]) : [];
  // A list (the qualifiers) is one field, its items joined by spaces.
  const field = (value: unknown) => (Array.isArray(value) ? value.join(' ') : String(value ?? ''));
  return csv([header, ...records.map((record) => Object.values(record).map(field))]);
}

/** The figures as JSON: one object a figure, with the same fields as the CSV (numbers and booleans typed). */
export function figuresJson(rows: FigureRow[], link: SiteLink): string {
  return JSON.stringify(
    rows.map((row) => downloadRow(row, link)),
    null,
    2,
  );
}
