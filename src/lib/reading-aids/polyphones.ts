import { polyphonic } from 'pinyin-pro';
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

/** Every occurrence of a polyphonic character in the Chinese of the given blocks, with the built reading. */
export function polyphones(parts: { slug: string; blocks: { id: string; zh: { text: string } }[] }[]): Polyphone[] {
  const out: Polyphone[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      const chars = [...block.zh.text];
      const readings = pinyinOf(block.zh.text);
      const choices = polyphonic(block.zh.text, { type: 'array', nonZh: 'consecutive' });
      // polyphonic() has one entry per Chinese character (and one per run of other text): walk them together.
      let choice = 0;
      chars.forEach((char, index) => {
        if (!/\p{Script=Han}/u.test(char)) {
          if (index === 0 || /\p{Script=Han}/u.test(chars[index - 1]!)) choice++;
          return;
        }
        const readingsOfChar = new Set(choices[choice++] ?? []);
        if (readingsOfChar.size < 2) return;
        const context =
          chars.slice(Math.max(0, index - CONTEXT), index).join('') +
          `[${char}]` +
          chars.slice(index + 1, index + 1 + CONTEXT).join('');
        out.push({ part: part.slug, block: block.id, index, char, context, reading: readings[index]! });
      });
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
