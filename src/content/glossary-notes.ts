import type { GlossaryEntry } from './glossary-entry-schema';
import { noteBlockId } from '../markdown/ids';

/** The glossary entry that explains each official note of the annex, by the note's block id (`note-3`). */
export function glossaryEntryByNote(glossary: readonly GlossaryEntry[]): Map<string, string> {
  return new Map(glossary.filter((entry) => entry.note).map((entry) => [noteBlockId(entry.note!), entry.id]));
}
