import type { Diagnostic } from '../diagnostics';
import { wordingPattern, type SpellingVariant } from '../english-lists';
import { segmentDiagnostic, segmentPairs } from './segment-pairs';
import type { RuleContext } from './types';

/**
 * One spelling convention: a form that `content/english/spellings.yaml` lists as a variant (a UK spelling where
 * the English uses US spelling) in the report's English, its translator's notes or the glossary's English.
 */
export function checkSpelling({ parts, glossary, english }: RuleContext): Diagnostic[] {
  const spellings = english?.spellings ?? [];
  if (!spellings.length) return [];
  const byVariant = new Map(spellings.map((spelling) => [spelling.variant.toLowerCase(), spelling]));
  // One pass over each text for the whole list; whole words only, in any case: a variant is a word the English
  // never uses.
  const pattern = wordingPattern([...byVariant.keys()], { anyCase: true, plural: false });
  const found = (text: string) =>
    [...text.matchAll(pattern)].map((m) => ({ spelling: byVariant.get(m[0].toLowerCase())!, m }));
  const fields = (spelling: SpellingVariant, written: string) => ({
    severity: 'error' as const,
    ruleId: 'spelling',
    message: `"${written}" is not the spelling the English uses: write "${sameCase(spelling.preferred, written)}"`,
    hint: `The English follows US spelling, as the official English of the national report does (docs/translation-guide.md, "Spelling"; the variant is listed at ${spelling.file}:${spelling.line}).`,
  });

  const diagnostics: Diagnostic[] = [];
  for (const pair of segmentPairs(parts)) {
    for (const { spelling, m } of found(pair.en.text))
      diagnostics.push(segmentDiagnostic(pair, 'en', m.index, fields(spelling, m[0])));
  }
  for (const part of parts) {
    for (const note of part.notes) {
      for (const { spelling, m } of found(note.text)) {
        const { message, ...rest } = fields(spelling, m[0]);
        diagnostics.push({
          file: part.files.en,
          line: note.line,
          column: 1,
          ...rest,
          message: `Note [^${note.label}]: ${message}`,
        });
      }
    }
  }
  for (const entry of glossary) {
    const texts: [string, string][] = entry.spellings.en.map((spelling, i) => [i ? 'enForms' : 'en', spelling]);
    if (entry.source === 'editorial') texts.push(['definition', entry.definition.en]);
    for (const [key, text] of texts) {
      for (const { spelling, m } of found(text)) {
        const { message, ...rest } = fields(spelling, m[0]);
        diagnostics.push({
          file: entry.file,
          line: entry.lines[key] ?? 1,
          column: 1,
          ...rest,
          message: `Glossary ${key === 'definition' ? 'definition' : 'English'}: ${message}`,
        });
      }
    }
  }
  return diagnostics;
}

/** The preferred form written as the variant was: capitalised, or all in capitals. */
function sameCase(preferred: string, written: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return preferred.toUpperCase();
  if (written[0] === written[0]?.toUpperCase()) return preferred[0]!.toUpperCase() + preferred.slice(1);
  return preferred;
}
