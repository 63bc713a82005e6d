import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { exportXliff } from '../../src/features/interchange/xliff';

/** The content copy of the current test (see useReportCopy). */
export let root: string;
/** The XLIFF export of the current test's content copy. */
export let xliff: string;

/**
 * Gives each test of the file calling it a copy of `content/` in a temporary folder (`root`) and its XLIFF export
 * (`xliff`), so that an import can write into it; the copy is removed after the test.
 */
export function useReportCopy() {
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'xliff-test-'));
    await cp('content', root, { recursive: true });
    xliff = exportXliff((await loadSiteContent(root)).parts);
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
