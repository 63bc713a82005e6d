import { readdirSync } from 'node:fs';
import path from 'node:path';
import { splitSentences } from '../language/split-sentences';
import { nationalSentenceId } from '../markdown/ids';
import { ContentError, type Diagnostic } from './diagnostics';
import { readContentFile } from './read-content-file';

/** Where the national reports lie in a content folder: `gwr-YYYY.zh.txt`, one paragraph a line. */
export const NATIONAL_DIR = 'reference/national';

const FILE_NAME = /^gwr-(\d{4})\.zh\.txt$/;

/** One sentence of a national report, as the reader's splitter cuts it. */
export interface NationalSentence {
  /** `year.n`, n counting the year's sentences from 1 in reading order: stable while the file is unchanged. */
  id: string;
  year: number;
  /** The paragraph it is in, counted from 1 (headings are paragraphs of their own). */
  paragraph: number;
  /** The file's line, counted from 1. */
  line: number;
  text: string;
}

/** The State Council's Report on the Work of the Government of one year. */
export interface NationalReport {
  year: number;
  /** The file, as messages name it. */
  file: string;
  paragraphs: string[];
  sentences: NationalSentence[];
}

/**
 * The sentences of one national report's text: every non-empty line a paragraph, split with the splitter the
 * report's own sentences are cut with, so that a national sentence is what the reader calls one.
 */
export function readNationalReport(year: number, text: string, file = `gwr-${year}.zh.txt`): NationalReport {
  const paragraphs: string[] = [];
  const sentences: NationalSentence[] = [];
  text.split('\n').forEach((raw, index) => {
    const paragraph = raw.trim();
    if (!paragraph) return;
    paragraphs.push(paragraph);
    for (const sentence of splitSentences(paragraph, 'zh')) {
      sentences.push({
        id: nationalSentenceId(year, sentences.length + 1),
        year,
        paragraph: paragraphs.length,
        line: index + 1,
        text: sentence,
      });
    }
  });
  return { year, file, paragraphs, sentences };
}

/**
 * Reads every national report of the content folder `root`, oldest first. Each file passes the byte checks of
 * the report's own files; a file that fails them, or a missing folder, throws a ContentError naming the file.
 */
export function loadNationalReports(root: string, cwd = process.cwd()): NationalReport[] {
  const dir = path.join(root, NATIONAL_DIR);
  const shown = (file: string) => path.relative(cwd, file).split(path.sep).join('/');
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    names = [];
  }
  const years = names
    .map((name) => FILE_NAME.exec(name))
    .filter((match) => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b);
  if (!years.length) {
    throw new ContentError([
      {
        file: shown(dir),
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'national-reports',
        message: 'No national report (gwr-YYYY.zh.txt) is in this folder: the echoes have nothing to compare with',
        hint: `Restore ${shown(dir)} from Git; its README.md says where the reports come from.`,
      },
    ]);
  }
  const problems: Diagnostic[] = [];
  const reports: NationalReport[] = [];
  for (const year of years) {
    const file = shown(path.join(dir, `gwr-${year}.zh.txt`));
    const read = readContentFile(path.join(dir, `gwr-${year}.zh.txt`), file);
    problems.push(...read.diagnostics);
    if (read.text !== undefined) reports.push(readNationalReport(year, read.text, file));
  }
  if (problems.length) throw new ContentError(problems);
  return reports;
}

/** Each year's report as plain text, a paragraph a line: what the keywords count. */
export function nationalTexts(reports: readonly NationalReport[]): Map<number, string> {
  return new Map(reports.map((report) => [report.year, report.paragraphs.join('\n')]));
}
