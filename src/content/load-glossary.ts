import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { foldEnglish } from '../plugins/rehype-glossary-links';
import { parseContentYaml } from './content-yaml';
import type { Diagnostic } from './diagnostics';
import { glossaryFileSchema, type GlossaryFile } from './glossary-schema';

/** A glossary file, validated, with where it lives for messages about it. */
export type GlossaryRecord = GlossaryFile & {
  id: string;
  file: string;
  /** Spellings to link in each language (`forms` or `zh`; `en` and `enForms`). */
  spellings: { zh: string[]; en: string[] };
  /** Line of each key in the file. */
  lines: Record<string, number>;
};

export const GLOSSARY_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Reads and validates every `*.yaml` file of the glossary folder, reporting each problem with its line. */
export async function loadGlossary(dir: string, cwd = process.cwd()): Promise<{ entries: GlossaryRecord[]; diagnostics: Diagnostic[] }> {
  const diagnostics: Diagnostic[] = [];
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith('.yaml')).sort();
  const entries: GlossaryRecord[] = [];

  for (const name of names) {
    const file = path.relative(cwd, path.join(dir, name)).split(path.sep).join('/');
    const error = (line: number, message: string, ruleId: string, hint?: string) =>
      diagnostics.push({ file, line, column: 1, severity: 'error', message, ruleId, hint });
    const id = name.replace(/\.yaml$/, '');
    if (!GLOSSARY_ID.test(id)) {
      error(1, `Glossary file name "${name}" is not a valid id`, 'glossary-id', 'Name it in lowercase pinyin joined by hyphens, starting with a letter (digits spelled out): fang-guan-fu.yaml.');
    }
    const yaml = parseContentYaml(await readFile(path.join(dir, name), 'utf8'));
    for (const { line, column, message, hint } of yaml.problems) {
      diagnostics.push({ file, line, column, severity: 'error', message, ruleId: 'glossary-yaml', hint });
    }
    if (yaml.problems.length) continue;
    const lines = yaml.keyLines;
    const parsed = glossaryFileSchema.safeParse(yaml.value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : ''));
        error(lines[key] ?? 1, `Glossary entry ${key ? `"${key}"` : ''}: ${issue.message}`.replace('  ', ' '), 'glossary-schema',
          'Keys: source (official or editorial), note (official) or definition {zh, en} (editorial), zh, forms, en, enForms, absent.');
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
  for (const lang of ['zh', 'en'] as const) {
    const owner = new Map<string, GlossaryRecord>();
    for (const entry of entries) {
      for (const spelling of entry.spellings[lang]) {
        const key = lang === 'en' ? foldEnglish(spelling) : spelling;
        const first = owner.get(key);
        if (first && first !== entry) {
          diagnostics.push({
            file: entry.file, line: entry.lines[lang === 'zh' ? (entry.forms ? 'forms' : 'zh') : 'en'] ?? 1, column: 1, severity: 'error',
            message: `Spelling "${spelling}" is also claimed by ${first.file}`, ruleId: 'glossary-duplicate-spelling',
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
        file: entry.file, line: entry.lines.note ?? 1, column: 1, severity: 'error',
        message: `Official note ${entry.note} is also claimed by ${first.file}`, ruleId: 'glossary-duplicate-note',
      });
    }
    notes.set(entry.note, entry);
  }
  return { entries, diagnostics };
}
