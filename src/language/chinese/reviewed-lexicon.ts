// The reviewed words of the reading aids, as data a person checked: where the segmenter must cut a phrase of the
// text otherwise than jieba does (content/reading/segmentation.tsv), and the sense a word has in a context where
// CC-CEDICT's first sense misleads (content/reading/glosses.tsv).

import { z } from 'astro/zod';
import { cellColumn, readTsv, type TsvProblem } from '../../shared/tsv';
import type { PhraseCut } from './segment';

/** Where the reviewed segmentation and glosses are, in a content folder. */
export const REVIEWED_SEGMENTATION = 'reading/segmentation.tsv';
export const REVIEWED_GLOSSES = 'reading/glosses.tsv';

const SEGMENTATION_COLUMNS = ['phrase', 'words', 'note'] as const;
const GLOSS_COLUMNS = ['word', 'context', 'gloss', 'note'] as const;

/**
 * A phrase of the text and the words it is cut into: one word to keep it whole, several to split it (a
 * PhraseCut of the segmenter, with its note and line). One line of segmentation.tsv, as the `segmentation`
 * collection holds it.
 */
export const reviewedPhraseSchema = z.object({
  text: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
  note: z.string(),
  /** Its line in the file, for messages. */
  line: z.number().int(),
});
export type ReviewedPhrase = z.output<typeof reviewedPhraseSchema>;

/**
 * The sense of a word where it stands inside `context`, a stretch of the report's Chinese. One line of
 * glosses.tsv, as the `glosses` collection holds it.
 */
export const reviewedGlossSchema = z.object({
  word: z.string().min(1),
  context: z.string().min(1),
  gloss: z.string().min(1),
  note: z.string(),
  line: z.number().int(),
});
export type ReviewedGloss = z.output<typeof reviewedGlossSchema>;

/** Both files, as the segmenter, the word lookup and the vocabulary read them. */
export interface ReviewedLexicon {
  phrases: ReviewedPhrase[];
  glosses: ReviewedGloss[];
}

/** The reviewed segmentation file: its phrases, and every line that cannot be read as one. */
export function readReviewedSegmentation(tsv: string): { phrases: ReviewedPhrase[]; problems: TsvProblem[] } {
  const { rows, problems } = readTsv(tsv, SEGMENTATION_COLUMNS);
  const phrases: ReviewedPhrase[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const [text, written, note] = cells as [string, string, string];
    const problem = (cell: number, message: string) =>
      problems.push({ line, column: cellColumn(cells, cell), message });
    const words = written.split(' ').filter(Boolean);
    if (!text) problem(0, 'The phrase is empty');
    else if (/\s/.test(text)) problem(0, `The phrase "${text}" has a space: write it as the text has it`);
    else if (words.join('') !== text)
      problem(
        1,
        `The words "${written}" do not make up the phrase "${text}": write its words in order, separated by spaces`,
      );
    else if (!note) problem(2, 'The note is empty: say why the phrase is cut so');
    else if (seen.has(text)) problem(0, `"${text}" is listed already, on line ${seen.get(text)}`);
    else {
      seen.set(text, line);
      phrases.push({ text, words, note, line });
    }
  }
  return { phrases, problems };
}

/** The reviewed glosses file: its glosses, and every line that cannot be read as one. */
export function readReviewedGlosses(tsv: string): { glosses: ReviewedGloss[]; problems: TsvProblem[] } {
  const { rows, problems } = readTsv(tsv, GLOSS_COLUMNS);
  const glosses: ReviewedGloss[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows) {
    const [word, context, gloss, note] = cells as [string, string, string, string];
    const problem = (cell: number, message: string) =>
      problems.push({ line, column: cellColumn(cells, cell), message });
    const key = `${word}\t${context}`;
    if (!word) problem(0, 'The word is empty');
    else if (!context.includes(word)) problem(1, `The context "${context}" does not contain the word "${word}"`);
    else if (!gloss) problem(2, 'The gloss is empty');
    else if (!note) problem(3, 'The note is empty: say what CC-CEDICT gives and why it misleads here');
    else if (seen.has(key)) problem(0, `"${word}" in "${context}" is listed already, on line ${seen.get(key)}`);
    else {
      seen.set(key, line);
      glosses.push({ word, context, gloss, note, line });
    }
  }
  return { glosses, problems };
}

/** Every index at which `needle` starts in `text`. */
function indicesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/**
 * A question to ask of a text's segmentation: whether `words` are its tokens from offset `index` on (offsets in
 * UTF-16 units, as String.indexOf gives them).
 */
export function segmentedAt(tokens: readonly string[]): (index: number, words: readonly string[]) => boolean {
  const starts = new Map<number, number>();
  let offset = 0;
  tokens.forEach((token, n) => {
    starts.set(offset, n);
    offset += token.length;
  });
  return (index, words) => {
    const n = starts.get(index);
    return n !== undefined && words.every((word, k) => tokens[n + k] === word);
  };
}

/** Whether a text (cut into `tokens`) has the phrase somewhere, cut as reviewed. */
export function phraseCutAsReviewed(text: string, at: ReturnType<typeof segmentedAt>, phrase: PhraseCut): boolean {
  return indicesOf(text, phrase.text).some((index) => at(index, phrase.words));
}

/** Whether a gloss is for this text: its context is there, with the word as a word of the segmentation in it. */
export function glossApplies(
  text: string,
  at: ReturnType<typeof segmentedAt>,
  gloss: Pick<ReviewedGloss, 'word' | 'context'>,
): boolean {
  return indicesOf(text, gloss.context).some((start) =>
    indicesOf(gloss.context, gloss.word).some((offset) => at(start + offset, [gloss.word])),
  );
}
