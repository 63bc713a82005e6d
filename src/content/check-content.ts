import path from 'node:path';
import type { Diagnostic } from './diagnostics';
import { readReviewedReadings, REVIEWED_READINGS } from '../language/chinese/polyphones';
import { readEnglishLists } from './english-lists';
import { loadSiteContent, type SiteContent } from './load-site-content';
import { readContentFile, type ContentText } from './read-content-file';
import { checkChineseInEnglish } from './rules/chinese-in-english';
import { checkConsistency } from './rules/consistency';
import { checkFigures } from './rules/figures';
import { checkInvisibleText } from './rules/invisible-text';
import { checkLeftoverMarkers } from './rules/leftover-markers';
import { checkMarkup } from './rules/markup';
import { checkOfficialNotes } from './rules/official-notes';
import { checkPinyinCrosscheck } from './rules/pinyin-crosscheck';
import { checkReferenceText } from './rules/reference-text';
import { checkReviewedLexicon } from './rules/reviewed-lexicon';
import { checkSentenceTermsAndFigures } from './rules/sentence-terms-figures';
import { checkSpelling } from './rules/spelling';
import { checkTermRenderings } from './rules/term-renderings';
import type { RuleContext } from './rules/types';

/** The rules that read the whole loaded content (schema, alignment and glossary rules run while loading). */
const RULES: ((context: RuleContext) => Diagnostic[])[] = [
  checkReferenceText,
  checkOfficialNotes,
  checkFigures,
  checkLeftoverMarkers,
  checkInvisibleText,
  checkChineseInEnglish,
  checkMarkup,
  checkConsistency,
  checkTermRenderings,
  checkSpelling,
  checkSentenceTermsAndFigures,
];

/**
 * The rules that hold the reviewed reading data to the text: every word's pinyin against CC-CEDICT, and every
 * reviewed word cut and gloss still where it says. They change nothing the site shows (the site applies the
 * reviewed data either way), and loading the dictionary and the segmenter for them is most of the check's time.
 */
const REVIEW_RULES: ((context: RuleContext) => Diagnostic[])[] = [checkPinyinCrosscheck, checkReviewedLexicon];

/** Rules whose warnings become errors with `strict`. */
const STRICT_RULES = [
  'terminology',
  'segment-terminology',
  'pinyin-crosscheck',
  'segmentation-unused',
  'gloss-context',
];

export interface CheckOptions {
  /** The warnings on terminology, unsettled pinyin and unused reviewed cuts or glosses become errors (CI runs strict). */
  strict?: boolean;
  cwd?: string;
  /** Report texts to read instead of the files on disk, by absolute path (see LoadReportOptions). */
  files?: ReadonlyMap<string, string>;
  /**
   * Whether to run the REVIEW_RULES; true unless set false. The build sets it false: `npm run check` and the
   * test command run them.
   */
  review?: boolean;
}

/**
 * Loads the content under `root` (`report/`, `glossary/`, `reference/report.zh.txt`) and runs every rule.
 * The one entry point for `npm run check`, the content loaders and the tests.
 */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<SiteContent> {
  const cwd = options.cwd ?? process.cwd();
  const content = await loadSiteContent(root, { cwd, files: options.files });
  const diagnostics = [...content.diagnostics];
  // Undefined when the file is missing; a file with a problem reads as no text, and the problem stops the rules below.
  const readChecked = (file: string): ContentText | undefined => {
    let read: ContentText;
    try {
      read = readContentFile(file, path.relative(cwd, file).split(path.sep).join('/'));
    } catch {
      return undefined;
    }
    diagnostics.push(...read.diagnostics);
    return read;
  };
  const referencePath = path.join(root, 'reference', 'report.zh.txt');
  const referenceText = readChecked(referencePath)?.text;
  const reference =
    referenceText === undefined ? undefined : { file: path.relative(cwd, referencePath), text: referenceText };
  const messagesRoot = path.relative(cwd, root).split(path.sep).join('/') || '.';
  const readings = reviewedReadings(root, messagesRoot, readChecked);
  const { diagnostics: listProblems, ...english } = readEnglishLists(messagesRoot, (relative) =>
    readChecked(path.join(root, relative)),
  );
  // Rules that compare the whole text need every file to have loaded; a broken file is reported on its own.
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const context = {
      root: messagesRoot,
      parts: content.parts,
      glossary: content.glossary,
      reference,
      reviewedPinyin: readings.reviewed,
      lexicon: content.lexicon,
      english,
      words: content.words,
      wordsFile: content.wordsFile,
    };
    for (const rule of RULES) diagnostics.push(...rule(context));
    if (options.review !== false) for (const rule of REVIEW_RULES) diagnostics.push(...rule(context));
  }
  diagnostics.push(...readings.diagnostics, ...listProblems);
  if (options.strict) for (const d of diagnostics) if (STRICT_RULES.includes(d.ruleId)) d.severity = 'error';
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { ...content, diagnostics };
}

/**
 * The reviewed readings of every polyphone, which the pinyin rule needs; an error if the file is missing or a line
 * of it cannot be read. Without the whole file the pinyin rule does not run: a missing review would show as
 * warnings about words that are settled.
 */
function reviewedReadings(
  root: string,
  messagesRoot: string,
  readChecked: (file: string) => ContentText | undefined,
): { reviewed?: RuleContext['reviewedPinyin']; diagnostics: Diagnostic[] } {
  const file = `${messagesRoot}/${REVIEWED_READINGS}`;
  const regenerate = `npm run polyphones${messagesRoot === 'content' ? '' : ` -- --dir ${messagesRoot}`}`;
  const read = readChecked(path.join(root, REVIEWED_READINGS));
  if (!read) {
    return {
      diagnostics: [
        {
          file,
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'reviewed-readings-missing',
          message: 'The reviewed readings file is missing: without it no pinyin of a polyphone is checked',
          hint: `If it was deleted, restore it from Git (git checkout -- ${file}): its readings were reviewed by hand. Else run ${regenerate}, which writes every polyphone of the Chinese with the reading the site gives it, and review them (see CONTRIBUTING.md, "Pinyin readings").`,
        },
      ],
    };
  }
  // Bytes that are not text are reported by readChecked already.
  if (read.text === undefined) return { diagnostics: [] };
  const { readings, problems } = readReviewedReadings(read.text);
  if (!problems.length) return { reviewed: readings, diagnostics: [] };
  return {
    diagnostics: problems.map(({ line, column, message }) => ({
      file,
      line,
      column,
      severity: 'error',
      ruleId: 'reviewed-readings',
      message,
      hint: `Write the line as ${regenerate} writes it: part, block, index (in characters, from 0), char, context and reading, separated by tabs.`,
    })),
  };
}
