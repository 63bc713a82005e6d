import { polyphonic } from 'pinyin-pro';
import { HAN } from '../cjk-spacing';
import { pinyinOf } from './pinyin';

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
export function polyphones(parts: { slug: string; blocks: { id: string; zh: { text: string } }[] }[]): Polyphone[] {
  const out: Polyphone[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      const indices = polyphoneIndices(block.zh.text);
      if (!indices.length) continue;
      const chars = [...block.zh.text];
      const readings = pinyinOf(block.zh.text);
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

/**
 * The reviewed polyphones file as the pinyin rule looks it up: each block's readings (keyed `part#block`) by
 * character index. The same rows as {@link readPolyphones}, without an object per row (at 50× the file has 68,000).
 */
export function readReviewedReadings(tsv: string): Map<string, ReviewedReadings> {
  const byBlock = new Map<string, ReviewedReadings>();
  const [, ...lines] = tsv.trimEnd().split('\n');
  for (const line of lines) {
    const [part, block, index, , , reading] = line.split('\t', 6) as string[];
    const key = `${part}#${block}`;
    let readings = byBlock.get(key);
    if (!readings) byBlock.set(key, (readings = new Map()));
    const at = Number(index);
    const listed = readings.get(at);
    if (listed) listed.push(reading!);
    else readings.set(at, [reading!]);
  }
  return byBlock;
}
