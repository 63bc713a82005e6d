import { readdir } from 'node:fs/promises';
import path from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit, type Document, type LineCounter } from 'yaml';
import { hasVisibleCharacter } from '../shared/visible-text';
import { describeLink, LINK_HINT, linkNodes } from '../markdown/remark-reject-links';
import { foldEnglish } from '../markdown/rehype-glossary-links';
import { parseContentYaml } from './content-yaml';
import type { Diagnostic } from './diagnostics';
import type { GlossaryEntry } from './glossary-entry-schema';
import { glossaryFileSchema, type GlossaryFile } from './glossary-schema';
import { INVISIBLE_HINT, madeOf } from './rules/invisible-text';
import { readContentFile } from './read-content-file';
import { LANGUAGES } from '../shared/languages';

/** A glossary file, validated, with where it lives for messages about it. */
export type GlossaryRecord = GlossaryFile & Pick<GlossaryEntry, 'id' | 'file' | 'spellings' | 'lines'>;

export const GLOSSARY_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Reads and validates every `*.yaml` file of the glossary folder, reporting each problem with its line; `complete`
 * is false when a file cannot be read (see read-content-file.ts).
 */
export async function loadGlossary(
  dir: string,
  cwd = process.cwd(),
): Promise<{ entries: GlossaryRecord[]; diagnostics: Diagnostic[]; complete: boolean }> {
  const diagnostics: Diagnostic[] = [];
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
  const entries: GlossaryRecord[] = [];
  let complete = true;

  for (const name of names) {
    const file = path.relative(cwd, path.join(dir, name)).split(path.sep).join('/');
    const error = (line: number, message: string, ruleId: string, hint?: string) =>
      diagnostics.push({ file, line, column: 1, severity: 'error', message, ruleId, hint });
    const id = name.replace(/\.yaml$/, '');
    if (!GLOSSARY_ID.test(id)) {
      error(
        1,
        `Glossary file name "${name}" is not a valid id`,
        'glossary-id',
        'Name it in lowercase pinyin joined by hyphens, starting with a letter (digits spelled out): fang-guan-fu.yaml.',
      );
    }
    const { text, diagnostics: problems } = readContentFile(path.join(dir, name), file);
    diagnostics.push(...problems);
    if (text === undefined) {
      complete = false;
      continue;
    }
    const yaml = parseContentYaml(text);
    for (const { line, column, message, hint, ruleId = 'glossary-yaml' } of yaml.problems) {
      diagnostics.push({ file, line, column, severity: 'error', message, ruleId, hint });
    }
    if (yaml.problems.length) continue;
    diagnostics.push(...textProblems(yaml.document, text, yaml.lineCounter, file));
    const lines = yaml.keyLines;
    const parsed = glossaryFileSchema.safeParse(yaml.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
        error(
          lines[key] ?? 1,
          `Glossary entry ${key ? `"${key}"` : ''}: ${issue.message}`.replace('  ', ' '),
          'glossary-schema',
          'Keys: source (official or editorial), note (official) or definition {zh, en} (editorial), zh, forms, en, enForms, absent.',
        );
      }
      continue;
    }
    const entry = parsed.data;
    entries.push({
      ...entry,
      id,
      file,
      lines,
      spellings: { zh: entry.forms ?? [entry.zh], en: [entry.en, ...(entry.enForms ?? [])] },
    });
  }

  // One spelling, one entry: otherwise a word in the text could link to either.
  for (const lang of LANGUAGES) {
    const owner = new Map<string, GlossaryRecord>();
    for (const entry of entries) {
      for (const spelling of entry.spellings[lang]) {
        const key = lang === 'en' ? foldEnglish(spelling) : spelling;
        const first = owner.get(key);
        if (first && first !== entry) {
          diagnostics.push({
            file: entry.file,
            line: entry.lines[lang === 'zh' ? (entry.forms ? 'forms' : 'zh') : 'en'] ?? 1,
            column: 1,
            severity: 'error',
            message: `Spelling "${spelling}" is also claimed by ${first.file}`,
            ruleId: 'glossary-duplicate-spelling',
            hint: 'Each spelling may belong to one entry only: remove it from one of the two files.',
          });
        }
        owner.set(key, entry);
      }
    }
  }
  const notes = new Map<number, GlossaryRecord>();
  for (const entry of entries) {
    if (entry.source !== 'official') continue;
    const first = notes.get(entry.note);
    if (first) {
      diagnostics.push({
        file: entry.file,
        line: entry.lines.note ?? 1,
        column: 1,
        severity: 'error',
        message: `Official note ${entry.note} is also claimed by ${first.file}`,
        ruleId: 'glossary-duplicate-note',
      });
    }
    notes.set(entry.note, entry);
  }
  return { entries, diagnostics, complete };
}

const markdown = unified().use(remarkParse);

/**
 * Links and invisible text in a glossary file's strings, at their place in the file. The glossary shows its
 * strings as text, but they are content like the report's, and hold to the same rules: no link (the site would
 * show the Markdown of one as it is), and no text that shows as nothing.
 */
function textProblems(doc: Document, source: string, counter: LineCounter, file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const error = (offset: number, message: string, ruleId: string, hint: string) => {
    const { line, col } = counter.linePos(offset);
    diagnostics.push({ file, line, column: col, severity: 'error', message, ruleId, hint });
  };
  visit(doc, {
    Scalar(_, node) {
      const value = node.value;
      const [start = 0, end = source.length] = node.range ?? [];
      if (typeof value !== 'string') return;
      if (value && !hasVisibleCharacter(value)) {
        error(start, `The text has no visible character: ${madeOf(value)}`, 'invisible-text', INVISIBLE_HINT);
      }
      // Only a [ or a < can start a link; the few strings with one are parsed.
      if (!/[[<]/.test(value)) return;
      for (const link of linkNodes(markdown.parse(value))) {
        // Found where the file writes it; a string YAML had to unescape or fold is pointed at as a whole.
        const written = value.slice(link.position?.start.offset ?? 0, link.position?.end.offset);
        const at = source.indexOf(written, start);
        error(at !== -1 && at < end ? at : start, `${describeLink(link)} in the glossary`, 'link', LINK_HINT);
      }
    },
  });
  return diagnostics;
}
