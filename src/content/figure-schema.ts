import { z } from 'astro/zod';
import { QUALIFIERS } from '../language/figures/read-figures';
import { UNIT_FAMILIES } from '../language/figures/units';

/** What a figure is: a commitment of the work plan, a standing fact, a definition in the annex, or part of a name. */
export const FIGURE_KINDS = [
  { id: 'target', zh: '目标', en: 'Target' },
  { id: 'fact', zh: '事实', en: 'Fact' },
  { id: 'definition', zh: '释义', en: 'Definition' },
  { id: 'name', zh: '名称', en: 'Name' },
] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number]['id'];

const ids = <T extends readonly { id: string }[]>(list: T) =>
  list.map((item) => item.id) as unknown as [T[number]['id'], ...T[number]['id'][]];
const kind = z.enum(ids(FIGURE_KINDS));
const family = z.enum(ids(UNIT_FAMILIES));
const qualifier = z.enum(ids(QUALIFIERS));
const nonEmpty = z.string().trim().min(1);

/**
 * One reviewed figure of `content/figures/reviewed.yaml`: what the number reader cannot tell by itself. Every
 * key is optional; what is given replaces what the reader found.
 */
export const reviewedFigureSchema = z
  .object({
    kind: kind.optional(),
    /** The English noun the figure counts, plural ("projects"): a measure word (个, 家) names none. */
    unit: nonEmpty.optional(),
    family: family.optional(),
    /** The value as the page writes it, where the number and unit alone would mislead ("the 1st to the 25th …"). */
    display: nonEmpty.optional(),
    qualifiers: z.array(qualifier).optional(),
    /** A line for the reader of the page: what a name's number stands for. */
    note: nonEmpty.optional(),
  })
  .strict();
export type ReviewedFigure = z.output<typeof reviewedFigureSchema>;

/** The reviewed file: block id → figure as printed (`100个`, its second occurrence `100个#2`) → review. */
export const reviewedFiguresSchema = z.record(z.string(), z.record(z.string(), reviewedFigureSchema));

/** A clause, and the figure in it: where it stands in the clause, and which occurrence it is in its sentence. */
const place = z.object({
  text: z.string(),
  figure: z.string().optional(),
  at: z.number().int().optional(),
  nth: z.number().int().optional(),
});

/** One figure of the report as the figures page and its downloads receive it. */
export const figureRowSchema = z.object({
  /** Anchor on the figures page: `f-<block>-<n>`, n counting the block's figures from 1. */
  id: z.string(),
  order: z.number().int(),
  part: z.string(),
  block: z.string(),
  /** The sentence (from 1) that holds the figure, as in sentence links `#block.n`. */
  sentence: z.number().int(),
  /** The figure as printed (`20亿元`), and its clause with where the figure stands in it. */
  zh: place.extend({ figure: z.string(), at: z.number().int(), nth: z.number().int() }),
  /** The English clause that renders it, with the English figure where the reader found its value. */
  en: place,
  value: z.number(),
  to: z.number().optional(),
  percent: z.boolean(),
  /** The English unit or noun ("yuan", "projects"). */
  unit: z.string(),
  family,
  /** The value as the page writes it: `2,000,000,000 yuan`, `45%`, `National Highway 206`. */
  display: z.string(),
  /** The same in metric units, where the unit is Chinese (亩, 斤): `≈ 53,333 hectares`. */
  metric: z.string().optional(),
  qualifiers: z.array(qualifier),
  kind,
  reviewed: z.boolean(),
  note: z.string().optional(),
});
export type FigureRow = z.output<typeof figureRowSchema>;
export type ReviewedFigures = z.output<typeof reviewedFiguresSchema>;
