import { pinyinOf, type WordReadings } from '../../language/chinese/pinyin';
import type { Diagnostic } from '../diagnostics';
import { noteBlockId } from '../../markdown/ids';
import { ANNEX_SLUG } from '../load-site-content';
import type { RuleContext } from './types';

/** "7.安静生产期：…": an annex note's number and the term it defines. */
const NOTE = /^\s*(\d+)\.(.+?)：/;

/**
 * The annex and the glossary agree: every note of the annex has its official glossary entry (the glossary shows
 * the note as the term's definition, and links the term in the text), and an official entry's headword is the
 * term its note defines in the reference source ("7.安静生产期：…" defines 安静生产期), so the glossary never
 * drifts from the report it explains.
 */
export function checkOfficialNotes({ parts, glossary, reference, root, words }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const official = new Set(glossary.flatMap((entry) => (entry.source === 'official' ? [entry.note] : [])));
  for (const part of parts.filter((p) => p.slug === ANNEX_SLUG)) {
    for (const block of part.blocks) {
      const match = NOTE.exec(block.zh.text);
      if (!match || block.id !== noteBlockId(Number(match[1])) || official.has(Number(match[1]))) continue;
      const [, note, term] = match as unknown as [string, string, string];
      diagnostics.push({
        file: part.files.zh,
        line: block.zh.line,
        column: 1,
        severity: 'error',
        ruleId: 'official-note-missing',
        message: `Annex note ${note} defines "${term}", but no glossary entry has source: official and note: ${note}`,
        hint: `Create ${root}/glossary/${glossaryIdOf(term, words)}.yaml with source: official, note: ${note}, zh: ${term} and en: its English (see CONTRIBUTING.md, "Add a glossary term").`,
      });
    }
  }

  if (!reference) return diagnostics;
  const terms = new Map<number, string>();
  for (const match of reference.text.matchAll(new RegExp(NOTE.source, 'gm')))
    terms.set(Number(match[1]), match[2]!.trim());
  for (const entry of glossary) {
    if (entry.source !== 'official' || entry.note === undefined) continue;
    const term = terms.get(entry.note);
    if (term === entry.zh) continue;
    diagnostics.push({
      file: entry.file,
      line: entry.lines.zh ?? 1,
      column: 1,
      severity: 'error',
      ruleId: 'official-note',
      message: term
        ? `Official note ${entry.note} defines "${term}" in the reference source, but this entry's headword is "${entry.zh}"`
        : `The reference source has no note ${entry.note}`,
      hint: `Copy the term exactly as ${reference.file} prints it before the "：" of note ${entry.note}.`,
    });
  }
  return diagnostics;
}

const DIGITS = ['ling', 'yi', 'er', 'san', 'si', 'wu', 'liu', 'qi', 'ba', 'jiu'];

/**
 * A glossary file name for a term, as the glossary names its files: the pinyin syllables without tones, joined by
 * hyphens, digits spelled out and + read as jia (三线一单 → san-xian-yi-dan, “1+5+N”产业集群 →
 * yi-jia-wu-jia-n-chan-ye-ji-qun); quotation marks and other punctuation are left out.
 */
export function glossaryIdOf(term: string, words: WordReadings): string {
  const readings = pinyinOf(term, words);
  const syllables: string[] = [];
  let latin = false;
  [...term].forEach((char, i) => {
    const letter = /[A-Za-z]/.test(char);
    // Latin letters written together are one word: GDP → gdp.
    if (letter && latin) syllables[syllables.length - 1] += char.toLowerCase();
    else if (letter) syllables.push(char.toLowerCase());
    else if (readings[i])
      syllables.push(
        readings[i]!.normalize('NFD')
          .replace(/u\u0308/g, 'v')
          .replace(/\p{M}/gu, ''),
      );
    else if (/[0-9]/.test(char)) syllables.push(DIGITS[Number(char)]!);
    else if (char === '+') syllables.push('jia');
    latin = letter;
  });
  return syllables.join('-');
}
