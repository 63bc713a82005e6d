import { polyphonic } from 'pinyin-pro';
import { HAN } from './cjk-spacing';
import { pinyinOf, type WordReadings } from './pinyin';
import { cellColumn, readTsv, type TsvProblem } from '../../shared/tsv';

/** One occurrence of a character with more than one reading, and the reading the site gives it. */
export interface Polyphone {
  part: string;
  block: string;
  /** Index of the character in the block's text (counted in characters, not UTF-16 units). */
  index: number;
  char: string;
  /** The character in its context, bracketed: 工程建设项[目]的所有. */
  context: string;
  reading: string;
}

const CONTEXT = 6;

/**
 * How many readings pinyin-pro lists for a character. polyphonic() lists a character's readings from the dictionary,
 * whatever its context (a unit test holds it to that over the whole report), so each character is asked once and
 * not once per sentence: the pinyin rule of the check asks for every block.
 */
const readingCounts = new Map<string, number>();
function readingCount(char: string): number {
  let count = readingCounts.get(char);
  if (count === undefined) {
    count = new Set(polyphonic(char, { type: 'array' })[0] ?? []).size;
    readingCounts.set(char, count);
  }
  return count;
}

/** Where the polyphonic characters of `text` are: their indices, counted in characters (not UTF-16 units). */
export function polyphoneIndices(text: string): number[] {
  const indices: number[] = [];
  let index = 0;
  for (const char of text) {
    if (HAN.test(char) && readingCount(char) > 1) indices.push(index);
    index++;
  }
  return indices;
}

/** Every occurrence of a polyphonic character in the Chinese of the given blocks, with the built reading. */
export function polyphones(
  parts: { slug: string; blocks: { id: string; zh: { text: string } }[] }[],
  words: WordReadings,
): Polyphone[] {
  const out: Polyphone[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      const indices = polyphoneIndices(block.zh.text);
      if (!indices.length) continue;
      const chars = [...block.zh.text];
      const readings = pinyinOf(block.zh.text, words);
      for (const index of indices) {
        const context =
          chars.slice(Math.max(0, index - CONTEXT), index).join('') +
          `[${chars[index]}]` +
          chars.slice(index + 1, index + 1 + CONTEXT).join('');
        out.push({ part: part.slug, block: block.id, index, char: chars[index]!, context, reading: readings[index]! });
      }
    }
  }
  return out;
}

const COLUMNS = ['part', 'block', 'index', 'char', 'context', 'reading'] as const;

/** The reviewed polyphones file: a TSV with a header row, one occurrence a line. */
export function writePolyphones(rows: Polyphone[]): string {
  return (
    [COLUMNS.join('\t'), ...rows.map((row) => COLUMNS.map((column) => String(row[column])).join('\t'))].join('\n') +
    '\n'
  );
}

/** The reviewed readings of a block's characters, by character index: more than one where a row is repeated. */
export type ReviewedReadings = Map<number, string[]>;

// The columns whose cells are checked.
const INDEX = COLUMNS.indexOf('index');
const READING = COLUMNS.indexOf('reading');

/** Where the reviewed readings are, in a content folder; `npm run polyphones` writes them. */
export const REVIEWED_READINGS = 'reading/polyphones.tsv';

/**
 * The reviewed polyphones file: its rows, each with its line; and every line that is not as `npm run polyphones`
 * writes it (another header, a row without its six columns, an index that is not a number, an empty reading),
 * which the rows do not include.
 */
export function readPolyphones(tsv: string): { rows: (Polyphone & { line: number })[]; problems: TsvProblem[] } {
  const rows: (Polyphone & { line: number })[] = [];
  // Blank lines at the end are the editor's, not rows.
  const { rows: read, problems } = readTsv(tsv.trimEnd(), COLUMNS);
  for (const { line, cells } of read) {
    const problem = (cell: number, message: string) =>
      problems.push({ line, column: cellColumn(cells, cell), message });
    const [part, block, index, char, context, reading] = cells as [string, string, string, string, string, string];
    if (!/^\d+$/.test(index)) problem(INDEX, `The index "${index}" is not a character index (0, 1, 2 …)`);
    else if (!reading) problem(READING, 'The reading is empty');
    else rows.push({ line, part, block, index: Number(index), char, context, reading });
  }
  problems.sort((x, y) => x.line - y.line || x.column - y.column);
  return { rows, problems };
}

/**
 * The reviewed polyphones file as the pinyin rule looks it up: each block's readings (keyed `part#block`) by
 * character index, and the lines {@link readPolyphones} cannot read.
 */
export function readReviewedReadings(tsv: string): {
  readings: Map<string, ReviewedReadings>;
  problems: TsvProblem[];
} {
  const byBlock = new Map<string, ReviewedReadings>();
  const { rows, problems } = readPolyphones(tsv);
  for (const { part, block, index, reading } of rows) {
    const key = `${part}#${block}`;
    const readings = byBlock.get(key) ?? new Map<number, string[]>();
    byBlock.set(key, readings);
    const listed = readings.get(index);
    if (listed) listed.push(reading);
    else readings.set(index, [reading]);
  }
  return { readings: byBlock, problems };
}
