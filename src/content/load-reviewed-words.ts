import path from 'node:path';
import { readReviewedWords, REVIEWED_WORDS, type ReviewedWord } from '../language/chinese/reviewed-words';
import type { Diagnostic } from './diagnostics';
import { readContentFile } from './read-content-file';

/** The reviewed words of a content folder, the file as messages name it, and the file's problems. */
export interface LoadedWords {
  words: ReviewedWord[];
  file: string;
  diagnostics: Diagnostic[];
}

/**
 * Reads `reading/words.tsv` of the content folder `root`. No file is no reviewed word: every reading that differs
 * from CC-CEDICT's is then reported by the pinyin rule. A line that cannot be read is an error at its place, and
 * is not applied.
 */
export function loadReviewedWords(root: string, cwd = process.cwd()): LoadedWords {
  const filePath = path.join(root, REVIEWED_WORDS);
  const file = path.relative(cwd, filePath).split(path.sep).join('/');
  let source: string;
  try {
    const read = readContentFile(filePath, file);
    if (read.text === undefined) return { words: [], file, diagnostics: read.diagnostics };
    source = read.text;
  } catch {
    return { words: [], file, diagnostics: [] };
  }
  const { words, problems } = readReviewedWords(source);
  return {
    words,
    file,
    diagnostics: problems.map(({ line, column, message }) => ({
      file,
      line,
      column,
      severity: 'error',
      ruleId: 'reviewed-words',
      message,
      hint: 'Write each line as word, reading and note, separated by tabs: the reading one tone-marked syllable per character, separated by spaces (粮食\tliáng shi\twhy); see CONTRIBUTING.md, "Pinyin readings".',
    })),
  };
}
