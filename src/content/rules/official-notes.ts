import type { Diagnostic } from '../diagnostics';
import type { RuleContext } from './types';

/**
 * An official glossary entry's headword must be the term its annex note defines in the reference source
 * ("7.安静生产期：…" defines 安静生产期), so the glossary never drifts from the report it explains.
 */
export function checkOfficialNotes({ glossary, reference }: RuleContext): Diagnostic[] {
  if (!reference) return [];
  const terms = new Map<number, string>();
  for (const match of reference.text.matchAll(/^\s*(\d+)\.(.+?)：/gm)) terms.set(Number(match[1]), match[2]!.trim());
  const diagnostics: Diagnostic[] = [];
  for (const entry of glossary) {
    if (entry.source !== 'official' || entry.note === undefined) continue;
    const term = terms.get(entry.note);
    if (term === entry.zh) continue;
    diagnostics.push({
      file: entry.file, line: entry.lines.zh ?? 1, column: 1, severity: 'error', ruleId: 'official-note',
      message: term
        ? `Official note ${entry.note} defines "${term}" in the reference source, but this entry's headword is "${entry.zh}"`
        : `The reference source has no note ${entry.note}`,
      hint: `Copy the term exactly as ${reference.file} prints it before the "：" of note ${entry.note}.`,
    });
  }
  return diagnostics;
}
