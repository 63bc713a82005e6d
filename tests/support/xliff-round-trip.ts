import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { importXliff } from '../../src/features/interchange/import-xliff';
import { exportXliff } from '../../src/features/interchange/xliff';
import { exportXliff12 } from '../../src/features/interchange/xliff12';

/** The content copy of the current test (see useReportCopy). */
export let root: string;
/** The XLIFF export of the current test's content copy. */
export let xliff: string;
/** The XLIFF 1.2 export of the same copy. */
export let xliff12: string;

/**
 * Gives each test of the file calling it a copy of `content/` in a temporary folder (`root`) and its XLIFF export
 * (`xliff`, and `xliff12` in XLIFF 1.2), so that an import can write into it; the copy is removed after the test.
 */
export function useReportCopy() {
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'xliff-test-'));
    await cp('content', root, { recursive: true });
    const { parts } = await loadSiteContent(root);
    xliff = exportXliff(parts);
    xliff12 = exportXliff12(parts);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));
}

/** Every file of the content copy, for "nothing was written" checks. */
export async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const lang of ['zh', 'en']) {
    const dir = path.join(root, 'report', lang);
    for (const name of await readdir(dir)) out[`${lang}/${name}`] = await readFile(path.join(dir, name), 'utf8');
  }
  return out;
}

/** The file with `edit` applied to each `<target>`: the translator's edits, not the export's record of the English. */
export const editTargets = (xml: string, edit: (target: string) => string) =>
  xml.replace(/<target>[\s\S]*?<\/target>/g, edit);

/** The line of `text` where the first match of `pattern` ends: where an element the pattern leads to starts. */
export function lineAt(text: string, pattern: RegExp): number {
  const match = pattern.exec(text)!;
  return text.slice(0, match.index + match[0].length).split('\n').length;
}

/** The English file that fixAfterExport changes. */
export const part3 = () => path.join(root, 'report/en/part-3.md');
export const EXPORTED =
  'Benchmark fully against the Greater Bay Area and make the "Get It Done Well in Gan" brand well known.';
export const FIXED = EXPORTED.replace('fully', 'thoroughly');

/** The tester's edit after the export: a sentence fixed, and its paragraph marked reviewed. */
export async function fixAfterExport() {
  const text = await readFile(part3(), 'utf8');
  await writeFile(
    part3(),
    text.replace(EXPORTED, FIXED).replace('{#business-environment}', '{#business-environment status=reviewed}'),
  );
}

/** The lines that differ between two texts of the same line count, as [before, after] pairs. */
export function lineDiff(a: string, b: string): [string, string][] {
  const left = a.split('\n');
  const right = b.split('\n');
  expect(right).toHaveLength(left.length);
  return left.flatMap((line, i) => (line === right[i] ? [] : [[line, right[i]!] as [string, string]]));
}

/** Imports the XLIFF text into the content copy and writes what the import returns, as the CLI does. */
export async function importAndWrite(xml: string) {
  const result = await importXliff(xml, root);
  for (const [file, text] of result.files) await writeFile(file, text);
  return result;
}

/** The problems of an import that must be refused: it returns no file and the content is as it was. */
export async function problemsOf(xml: string) {
  const before = await snapshot();
  const { problems, files } = await importAndWrite(xml);
  expect(files.size).toBe(0);
  expect(await snapshot()).toEqual(before);
  return problems;
}
