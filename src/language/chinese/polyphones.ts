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

export function readPolyphones(tsv: string): Polyphone[] {
  const [, ...lines] = tsv.trimEnd().split('\n');
  return lines.map((line) => {
    const [part, block, index, char, context, reading] = line.split('\t') as string[];
    return { part: part!, block: block!, index: Number(index), char: char!, context: context!, reading: reading! };
  });
}

/** The reviewed readings of a block's characters, by character index: more than one where a row is repeated. */
export type ReviewedReadings = Map<number, string[]>;

// The columns the pinyin rule reads.
const PART = COLUMNS.indexOf('part');
const BLOCK = COLUMNS.indexOf('block');
const INDEX = COLUMNS.indexOf('index');
const READING = COLUMNS.indexOf('reading');

/** Where the reviewed readings are, in a content folder; `npm run polyphones` writes them. */
export const REVIEWED_READINGS = 'reading/polyphones.tsv';

/**
 * The reviewed polyphones file as the pinyin rule looks it up: each block's readings (keyed `part#block`) by
 * character index; and every line that is not as `npm run polyphones` writes it (another header, a row without
 * its six columns, an index that is not a number, an empty reading), which the rows read do not include.
 */
export function readReviewedReadings(tsv: string): {
  readings: Map<string, ReviewedReadings>;
  problems: TsvProblem[];
} {
  const byBlock = new Map<string, ReviewedReadings>();
  // Blank lines at the end are the editor's, not rows.
  const { rows, problems } = readTsv(tsv.trimEnd(), COLUMNS);
  for (const { line, cells } of rows) {
    const problem = (cell: number, message: string) =>
      problems.push({ line, column: cellColumn(cells, cell), message });
    const index = cells[INDEX]!;
    if (!/^\d+$/.test(index)) {
      problem(INDEX, `The index "${index}" is not a character index (0, 1, 2 …)`);
      continue;
    }
    const reading = cells[READING]!;
    if (!reading) {
      problem(READING, 'The reading is empty');
      continue;
    }
    const key = `${cells[PART]}#${cells[BLOCK]}`;
    const readings = byBlock.get(key) ?? new Map<number, string[]>();
    byBlock.set(key, readings);
    const listed = readings.get(Number(index));
    if (listed) listed.push(reading);
    else readings.set(Number(index), [reading]);
  }
  return { readings: byBlock, problems };
}
