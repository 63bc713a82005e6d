import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createReportPipeline, type ReportPipeline, type ReportPipelineOptions } from '../markdown/pipeline';
import { LANGUAGES, type Language } from '../shared/languages';
import { alignTranslations } from './align-translations';
import type { Diagnostic } from './diagnostics';
import { parseReportFile } from './parse-report-file';
import { checkContentBytes, readContentFile } from './read-content-file';
import type { ReportPart } from './report-schema';

export interface LoadReportOptions {
  /** Folder that paths in messages are relative to; the current folder by default. */
  cwd?: string;
  /** Plugins for the files of one language (the glossary links Chinese and English spellings differently). */
  pipeline?: (language: Language) => ReportPipelineOptions;
  /** Texts to read instead of the files on disk, by absolute path: the XLIFF import checks its result unwritten. */
  files?: ReadonlyMap<string, string>;
}

/** One report file to parse: its name in messages and its text. */
interface ParseJob {
  name: string;
  source: string;
}

/**
 * Reads every report file under `dir/zh` and `dir/en` (paths in messages are relative to `cwd`), renders and
 * aligns them. Returns the parts in reading order and every problem found across all files; `complete` is false
 * when a part was left out because one of its files cannot be read (see read-content-file.ts).
 */
export async function loadReport(
  dir: string,
  options: LoadReportOptions = {},
): Promise<{ parts: ReportPart[]; diagnostics: Diagnostic[]; complete: boolean }> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const names = await Promise.all(LANGUAGES.map((lang) => listMarkdown(path.join(dir, lang))));
  const [zhNames, enNames] = names as [string[], string[]];

  for (const [have, lack, lang] of [
    [zhNames, enNames, 'en'],
    [enNames, zhNames, 'zh'],
  ] as const) {
    const other = lang === 'en' ? 'zh' : 'en';
    for (const name of have.filter((n) => !lack.includes(n))) {
      diagnostics.push({
        file: relative(cwd, path.join(dir, other, name)),
        line: 1,
        column: 1,
        severity: 'error',
        message: `No ${lang === 'en' ? 'English' : 'Chinese'} file beside it`,
        ruleId: 'missing-file',
        hint: `Create ${relative(cwd, path.join(dir, lang, name))} with the same block ids.`,
      });
    }
  }

  // One pipeline per language, for all its files: the glossary's spellings differ between the two.
  const pipelines = Object.fromEntries(
    LANGUAGES.map((language) => [language, createReportPipeline({ ...options.pipeline?.(language), language })]),
  ) as Record<Language, ReportPipeline>;
  // One file at a time: reading them all at once would hold a descriptor open for each, past the system's limit.
  const pairs: { name: string; job: Record<Language, ParseJob> }[] = [];
  let complete = true;
  for (const name of zhNames.filter((n) => enNames.includes(n))) {
    const job = {} as Record<Language, ParseJob>;
    let readable = true;
    for (const language of LANGUAGES) {
      const file = relative(cwd, path.join(dir, language, name));
      // Text given in place of the file (an import's result) is checked as the bytes it will be written as.
      const given = options.files?.get(path.resolve(path.join(dir, language, name)));
      const { text, diagnostics: problems } =
        given === undefined
          ? readContentFile(path.join(dir, language, name), file)
          : checkContentBytes(new TextEncoder().encode(given), file);
      diagnostics.push(...problems);
      if (text === undefined) readable = false;
      else job[language] = { name: file, source: text };
    }
    // A part is parsed only when both its files can be: alone, the other would be reported as unpaired.
    if (readable) pairs.push({ name, job });
    else complete = false;
  }
  const parts: ReportPart[] = [];
  for (const { name, job } of pairs) {
    const zh = await parseReportFile(job.zh.name, job.zh.source, pipelines.zh);
    const en = await parseReportFile(job.en.name, job.en.source, pipelines.en);
    diagnostics.push(...zh.diagnostics, ...en.diagnostics);
    const aligned = alignTranslations(zh, en);
    diagnostics.push(...aligned.diagnostics);
    if (!zh.frontmatter || !en.frontmatter) continue;
    parts.push({
      slug: name.replace(/\.md$/, ''),
      order: zh.frontmatter.part,
      numeral: zh.frontmatter.numeral,
      excerpt: zh.frontmatter.excerpt ?? false,
      title: { zh: zh.frontmatter.title, en: en.frontmatter.title },
      files: { zh: zh.path, en: en.path },
      blocks: aligned.blocks,
      notes: en.notes,
    });
  }

  parts.sort((a, b) => a.order - b.order);
  for (let i = 1; i < parts.length; i++) {
    if (parts[i]!.order === parts[i - 1]!.order) {
      diagnostics.push({
        file: parts[i]!.files.zh,
        line: 2,
        column: 1,
        severity: 'error',
        message: `Part number ${parts[i]!.order} is also used by ${parts[i - 1]!.files.zh}`,
        ruleId: 'duplicate-part',
        hint: 'Each file needs its own "part" number: it sets the reading order.',
      });
    }
  }
  // Ids are URL anchors and glossary targets, so they must be unique across the whole report, not just a file.
  const owner = new Map<string, string>();
  for (const part of parts) {
    for (const block of part.blocks) {
      const first = owner.get(block.id);
      if (first && first !== part.files.zh) {
        diagnostics.push({
          file: part.files.zh,
          line: block.zh.line,
          column: 1,
          severity: 'error',
          message: `Block id "${block.id}" is already used in ${first}`,
          ruleId: 'duplicate-id',
          hint: 'Ids must be unique across the report; pick another id in both languages.',
        });
      }
      owner.set(block.id, part.files.zh);
    }
  }
  diagnostics.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
  return { parts, diagnostics, complete };
}

async function listMarkdown(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  } catch {
    return [];
  }
}

function relative(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}
