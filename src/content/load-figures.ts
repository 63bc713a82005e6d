import path from 'node:path';
import {
  chineseFigures,
  clauseAround,
  englishFigures,
  englishNumber,
  sameFigure,
  type ChineseFigure,
  type Figure,
} from '../language/figures/read-figures';
import { occurrenceAt, wholeFigure } from '../language/figures/whole-figure';
import { toMetric } from '../language/figures/units';
import { parseContentYaml } from './content-yaml';
import type { Diagnostic } from './diagnostics';
import { reviewedFiguresSchema, type FigureRow, type ReviewedFigure, type ReviewedFigures } from './figure-schema';
import type { ReportPart } from './report-schema';
import { placeOf } from './rules/segment-pairs';
import { readContentFile } from './read-content-file';

/** The reviewed figures' file, relative to the content folder. */
export const REVIEWED_FIGURES = 'figures/reviewed.yaml';

interface Review extends ReviewedFigure {
  used: boolean;
}

/** The reviewed figures by block and key; problems with the file; the line an entry is written on. */
interface Reviews {
  reviews: Map<string, Map<string, Review>>;
  diagnostics: Diagnostic[];
  lineOf: (block: string, key: string) => number;
}

/**
 * Every figure of the report's Chinese, one row per occurrence, read by the figure reader and settled by
 * `content/figures/reviewed.yaml` where the reader cannot classify it. Reports a figure that is neither
 * classified nor reviewed, and a review that matches no figure (unless `complete` is false: some of the report
 * could not be read), each with file and line.
 */
export async function loadFigures(
  root: string,
  parts: ReportPart[],
  cwd = process.cwd(),
  { complete = true }: { complete?: boolean } = {},
): Promise<{ rows: FigureRow[]; diagnostics: Diagnostic[] }> {
  const filePath = path.join(root, REVIEWED_FIGURES);
  const file = path.relative(cwd, filePath).split(path.sep).join('/');
  let source = '';
  try {
    const read = readContentFile(filePath, file);
    // Without the reviews every reviewed figure would be reported as unclassified: the file's problems come first.
    if (read.text === undefined) return { rows: [], diagnostics: read.diagnostics };
    source = read.text;
  } catch {
    // No reviews: every figure the reader cannot classify is reported.
  }
  const { reviews, diagnostics, lineOf } = readReviews(file, source);
  const rows: FigureRow[] = [];

  for (const part of parts) {
    for (const block of part.blocks) {
      const seen = new Map<string, number>();
      let inBlock = 0;
      block.zh.segments.forEach((sentence, i) => {
        const english = block.en.segments[i] ?? '';
        const englishFound = englishFigures(english);
        const used: [number, number][] = [];
        const free = (at: number, length: number) => used.every(([from, to]) => at + length <= from || at >= to);
        for (const figure of chineseFigures(sentence)) {
          // An annex note's own number ("7.安静生产期：") labels the note; it is no figure of the text.
          if (part.slug === 'annex' && i === 0 && figure.index === 0 && sentence[figure.source.length] === '.')
            continue;
          const count = (seen.get(figure.source) ?? 0) + 1;
          seen.set(figure.source, count);
          const key = count === 1 ? figure.source : `${figure.source}#${count}`;
          const review = reviews.get(block.id)?.get(key);
          if (review) review.used = true;
          else if (!classified(figure)) {
            const segment = block.zh.source?.segments[i];
            const at = segment ? placeOf(segment, figure.index) : { line: block.zh.line, column: 1 };
            diagnostics.push({
              file: part.files.zh,
              ...at,
              severity: 'error',
              ruleId: 'figure-unclassified',
              message: `Block "${block.id}", sentence ${i + 1}: the figure "${figure.source}" ${whyUnclassified(figure)}`,
              hint: `Review it in ${file}, under "${block.id}:", as "${key}": { kind, unit } (see CONTRIBUTING.md, "Figures").`,
            });
          }
          const en = englishMatch(figure, english, englishFound, free);
          if (en) used.push([en.index, en.index + en.source.length]);
          rows.push(
            toRow(figure, review, {
              id: `f-${block.id}-${++inBlock}`,
              order: rows.length + 1,
              part: part.slug,
              block: block.id,
              sentence: i + 1,
              zh: {
                ...clauseAround(sentence, figure.index, figure.source.length, 'zh'),
                figure: figure.source,
                nth: occurrenceAt(sentence, figure.source, figure.index),
              },
              en: en
                ? {
                    ...clauseAround(english, en.index, en.source.length, 'en'),
                    figure: en.source,
                    nth: occurrenceAt(english, en.source, en.index),
                  }
                : { text: english },
              annex: part.slug === 'annex',
            }),
          );
        }
      });
    }
  }

  // With a part left out (a file that cannot be read), its reviews would be reported as matching nothing.
  for (const [block, figures] of complete ? reviews : []) {
    for (const [key, review] of figures) {
      if (review.used) continue;
      diagnostics.push({
        file,
        line: lineOf(block, key),
        column: 1,
        severity: 'error',
        ruleId: 'figure-review-unused',
        message: `"${block}: ${key}" matches no figure of the report`,
        hint: 'Write the block id and the figure as printed, unit included (100个; 100个#2 for its second occurrence in the block), or remove the entry.',
      });
    }
  }
  return { rows, diagnostics };
}

/**
 * Where the English sentence renders a Chinese figure: the same characters for a figure written alike in both
 * ("5G", "1+5+N", "45%"), else the first English figure of the same value not yet taken by another.
 */
function englishMatch(
  figure: ChineseFigure,
  english: string,
  found: Figure[],
  free: (at: number, length: number) => boolean,
): Pick<Figure, 'index' | 'source'> | undefined {
  if (/^[\x20-\x7e]+$/.test(figure.source)) {
    // Whole figures only: 5% is not the end of 45%, nor 5G the start of 25G.
    for (const m of english.matchAll(wholeFigure(figure.source))) {
      if (free(m.index, figure.source.length)) return { index: m.index, source: figure.source };
    }
  }
  return found.find((candidate) => sameFigure(candidate, figure) && free(candidate.index, candidate.source.length));
}

/** The reader classifies a figure by itself when it knows its unit and the unit names what is counted. */
const classified = (figure: ChineseFigure) => !figure.quoted && figure.unit !== undefined && !figure.unit.measureWord;

function whyUnclassified(figure: ChineseFigure): string {
  if (figure.quoted) return 'stands in quotation marks: part of a name or slogan, or a quantity?';
  if (!figure.unit) return 'has no unit the figure reader knows';
  return `is counted with the measure word ${figure.unit.zh}, which does not say what it counts`;
}

interface RowPlace {
  id: string;
  order: number;
  part: string;
  block: string;
  sentence: number;
  zh: FigureRow['zh'];
  en: FigureRow['en'];
  annex: boolean;
}

function toRow(figure: ChineseFigure, review: ReviewedFigure | undefined, { annex, ...place }: RowPlace): FigureRow {
  const named = figure.unit?.name;
  const kind = review?.kind ?? (named ? 'name' : annex ? 'definition' : 'target');
  const unit = figure.percent ? '%' : (review?.unit ?? figure.unit?.en ?? '');
  const amount =
    figure.to === undefined
      ? englishNumber(figure.value)
      : `${englishNumber(figure.value)}–${englishNumber(figure.to)}`;
  const display =
    review?.display ??
    (named
      ? named(figure.source.slice(0, -figure.unit!.zh.length))
      : kind === 'name'
        ? figure.source
        : figure.percent
          ? `${amount}%`
          : `${amount} ${unit}`);
  const metric = kind === 'name' ? undefined : toMetric(figure.value, figure.unit);
  return {
    ...place,
    value: figure.value,
    to: figure.to,
    percent: figure.percent,
    unit,
    family: review?.family ?? (kind === 'name' ? 'name' : (figure.unit?.family ?? 'count')),
    display,
    metric: metric && `${metricNumber(metric.value)} ${metric.en}`,
    qualifiers: review?.qualifiers ?? figure.qualifiers,
    kind,
    reviewed: review !== undefined,
    note: review?.note,
  };
}

/** A metric equivalent as a reader takes it in: 2.6 million metric tons; ≈ 53,333 hectares. */
function metricNumber(n: number): string {
  const [scaled, word] = n >= 1e9 ? [n / 1e9, ' billion'] : n >= 1e6 ? [n / 1e6, ' million'] : [n, ''];
  const shown = Number(scaled.toFixed(word ? 2 : 0));
  return `${Math.abs(shown - scaled) > 1e-9 * scaled ? '≈ ' : ''}${englishNumber(shown)}${word}`;
}

const toReviews = (data: ReviewedFigures): Reviews['reviews'] =>
  new Map(
    Object.entries(data).map(([block, figures]) => [
      block,
      new Map(Object.entries(figures).map(([key, review]) => [key, { ...review, used: false }])),
    ]),
  );

const REVIEW_HINT =
  'Each entry: block id, then the figure as printed, then { kind, unit, family, display, qualifiers, note } (see CONTRIBUTING.md, "Figures").';

/** The reviewed figures by block and key, and each entry's line; problems with the file as diagnostics. */
function readReviews(file: string, source: string): Reviews {
  const diagnostics: Diagnostic[] = [];
  const noLines = { reviews: new Map(), diagnostics, lineOf: () => 1 };
  const error = (line: number, column: number, message: string, hint = REVIEW_HINT, ruleId = 'figure-review') =>
    diagnostics.push({ file, line, column, severity: 'error', message, ruleId, hint });
  if (!source) return noLines;
  const yaml = parseContentYaml(source);
  for (const problem of yaml.problems)
    error(problem.line, problem.column, problem.message, problem.hint, problem.ruleId);
  if (yaml.problems.length) return noLines;
  const parsed = reviewedFiguresSchema.safeParse(yaml.value ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      error(yaml.lineOf(issue.path), 1, `${issue.path.join(' → ')}: ${issue.message}`);
    return noLines;
  }
  return { reviews: toReviews(parsed.data), diagnostics, lineOf: (block, key) => yaml.lineOf([block, key]) };
}
