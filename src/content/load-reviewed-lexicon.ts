import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  readReviewedGlosses,
  readReviewedSegmentation,
  REVIEWED_GLOSSES,
  REVIEWED_SEGMENTATION,
  type ReviewedLexicon,
} from '../language/chinese/reviewed-lexicon';
import type { TsvProblem } from '../shared/tsv';
import type { Diagnostic } from './diagnostics';
import { readContentFile } from './read-content-file';

/**
 * The reviewed segmentation and glosses of a content folder (`root`), with an error at its line for every line
 * that cannot be read. A folder without the files has no reviewed words: jieba's words and CC-CEDICT's senses
 * stand as they are.
 */
export function loadReviewedLexicon(root: string, cwd: string): { words: ReviewedLexicon; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const read = <T>(
    relative: string,
    ruleId: string,
    hint: string,
    parse: (text: string) => { problems: TsvProblem[] } & T,
  ): T | undefined => {
    const file = path.join(root, relative);
    if (!existsSync(file)) return undefined;
    const name = path.relative(cwd, file).split(path.sep).join('/');
    const { text, diagnostics: bytes } = readContentFile(file, name);
    diagnostics.push(...bytes);
    if (text === undefined) return undefined;
    const parsed = parse(text);
    for (const { line, column, message } of parsed.problems)
      diagnostics.push({ file: name, line, column, severity: 'error', ruleId, message, hint });
    return parsed;
  };
  const segmentation = read(
    REVIEWED_SEGMENTATION,
    'reviewed-segmentation',
    'Write each line as phrase, words (separated by spaces) and note, separated by tabs (see CONTRIBUTING.md, "Words of the reading aids").',
    readReviewedSegmentation,
  );
  const glosses = read(
    REVIEWED_GLOSSES,
    'reviewed-glosses',
    'Write each line as word, context (the words around it, as the text has them), gloss and note, separated by tabs (see CONTRIBUTING.md, "Words of the reading aids").',
    readReviewedGlosses,
  );
  return { words: { phrases: segmentation?.phrases ?? [], glosses: glosses?.glosses ?? [] }, diagnostics };
}
