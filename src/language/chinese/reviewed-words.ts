import { z } from 'astro/zod';
import { convert } from 'pinyin-pro';
import { cellColumn, readTsv, type TsvProblem } from '../../shared/tsv';

/**
 * A reviewed reading of a word or phrase: wherever it occurs in the text, its characters read `reading`. It
 * either corrects what pinyin-pro reads (粮食 liáng shi, the dictionary's neutral tone; 调水 diào shuǐ in
 * context) or keeps it where CC-CEDICT reads the word otherwise, `note` saying why.
 */
export const reviewedWordSchema = z.object({
  word: z.string().min(2),
  /** One tone-marked syllable per character, separated by spaces; a neutral tone has no mark. */
  reading: z.string().min(1),
  note: z.string(),
  /** The entry's line in the file, for messages. */
  line: z.number().int(),
});
export type ReviewedWord = z.output<typeof reviewedWordSchema>;

/** Where the reviewed words are, in a content folder. */
export const REVIEWED_WORDS = 'reading/words.tsv';

const COLUMNS = ['word', 'reading', 'note'] as const;

// A syllable of Hanyu Pinyin without its tone mark: an initial, then a final (ü written as ü).
const SYLLABLE =
  /^(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?(?:i(?:a(?:o|ng?)?|e|u|ong|ng?)?|u(?:a(?:i|ng?)?|o|i|n|e|an)?|ü(?:e|an|n)?|a(?:i|o|ng?)?|o(?:u|ng)?|e(?:i|ng?|r)?)$/;

/**
 * Whether `syllable` is one syllable of tone-marked pinyin: letters of a pinyin syllable, and at most one tone mark,
 * on the vowel that carries it (guī, not gūi); no mark is the neutral tone.
 */
export function isTonedSyllable(syllable: string): boolean {
  // symbolToNum writes the tone as a digit after the letters, 0 for none: guī → gui1, shi → shi0.
  const numbered = convert(syllable, { format: 'symbolToNum' });
  const match = /^([a-zü]+)([0-4])$/.exec(numbered);
  if (!match || !SYLLABLE.test(match[1]!)) return false;
  const [, letters, tone] = match as unknown as [string, string, string];
  if (tone === '0') return syllable === letters;
  // pinyin-pro writes ü as v on the way back (lv4 → lǜ, nve4 → nvè).
  return convert(`${letters.replace(/ü/g, 'v')}${tone}`, { format: 'numToSymbol' }).replace(/v/g, 'ü') === syllable;
}

const WORD = /^\p{Script=Han}{2,}$/u;

/**
 * The reviewed words file: a TSV with a header row (word, reading, note), one word a line. Returns the entries
 * it can read and every line it cannot (another header, a row without its three columns, a word that is not two
 * or more Chinese characters, a reading that is not one tone-marked syllable per character, a word listed twice),
 * which the entries read do not include.
 */
export function readReviewedWords(tsv: string): { words: ReviewedWord[]; problems: TsvProblem[] } {
  const words: ReviewedWord[] = [];
  const { rows, problems } = readTsv(tsv, COLUMNS);
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const problem = (cell: number, message: string) =>
      problems.push({ line, column: cellColumn(cells, cell), message });
    const [word, reading, note] = cells as [string, string, string];
    const syllables = reading.split(' ');
    const chars = [...word].length;
    const wrong = syllables.find((syllable) => !isTonedSyllable(syllable));
    if (!WORD.test(word)) problem(0, `"${word}" is not a word of two or more Chinese characters`);
    else if (syllables.length !== chars)
      problem(1, `"${reading}" has ${syllables.length} syllables for the ${chars} characters of ${word}`);
    else if (wrong !== undefined) problem(1, `"${wrong}" in "${reading}" is not a syllable of tone-marked pinyin`);
    else if (!note.trim()) problem(2, `The note is empty: say why ${word} reads ${reading}`);
    else if (seen.has(word)) problem(0, `${word} is listed already, on line ${seen.get(word)}`);
    else {
      seen.set(word, line);
      words.push({ word, reading, note, line });
    }
  }
  return { words, problems };
}
