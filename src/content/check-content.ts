import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './diagnostics';
import { readReviewedReadings } from '../lib/reading-aids/polyphones';
import { loadSiteContent, type SiteContent } from './load-site-content';
import type { ParseCache } from './parse-cache';
import { checkChineseInEnglish } from './rules/chinese-in-english';
import { checkConsistency } from './rules/consistency';
import { checkFigures } from './rules/figures';
import { checkLeftoverMarkers } from './rules/leftover-markers';
import { checkMarkup } from './rules/markup';
import { checkOfficialNotes } from './rules/official-notes';
import { checkPinyinCrosscheck } from './rules/pinyin-crosscheck';
import { checkReferenceText } from './rules/reference-text';
import { checkSentenceTermsAndFigures } from './rules/sentence-terms-figures';
import type { RuleContext } from './rules/types';

/** The rules that read the whole loaded content (schema, alignment and glossary rules run while loading). */
const RULES: ((context: RuleContext) => Diagnostic[])[] = [
  checkReferenceText,
  checkOfficialNotes,
  checkFigures,
  checkLeftoverMarkers,
  checkChineseInEnglish,
  checkMarkup,
  checkConsistency,
  checkSentenceTermsAndFigures,
  checkPinyinCrosscheck,
];

/** Rules whose warnings become errors with `strict`. */
const STRICT_RULES = ['terminology', 'segment-terminology'];

export interface CheckOptions {
  /** Terminology warnings become errors (CI runs strict). */
  strict?: boolean;
  cwd?: string;
  /** Parsed report files kept from an earlier run: a re-check parses only the files that changed. */
  cache?: ParseCache;
  /** Render the report's HTML, as the pages need (the default); a check that only reports turns it off. */
  html?: boolean;
}

/**
 * Loads the content under `root` (`report/`, `glossary/`, `reference/report.zh.txt`) and runs every rule.
 * The one entry point for `npm run check`, the content loaders and the tests.
 */
export async function checkContent(root: string, options: CheckOptions = {}): Promise<SiteContent> {
  const cwd = options.cwd ?? process.cwd();
  const content = await loadSiteContent(root, { cwd, cache: options.cache, html: options.html });
  const referencePath = path.join(root, 'reference', 'report.zh.txt');
  // Read synchronously: at 50× the readings file is 6 MB, which an asynchronous read decodes in small pieces.
  const referenceText = readIfThere(referencePath);
  const reference = referenceText === undefined ? undefined : { file: path.relative(cwd, referencePath), text: referenceText };
  const pinyinFile = readIfThere(path.join(root, 'reading', 'polyphones.tsv'));
  const reviewedPinyin = pinyinFile === undefined ? undefined : readReviewedReadings(pinyinFile);
  const diagnostics = [...content.diagnostics];
  // Rules that compare the whole text need every file to have loaded; a broken file is reported on its own.
  if (!diagnostics.some((d) => d.severity === 'error')) {
    const context = { root: path.relative(cwd, root).split(path.sep).join('/') || '.', parts: content.parts, glossary: content.glossary, reference, reviewedPinyin };
    for (const rule of RULES) diagnostics.push(...rule(context));
  }
  if (options.strict) for (const d of diagnostics) if (STRICT_RULES.includes(d.ruleId)) d.severity = 'error';
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { ...content, diagnostics };
}

function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}
