// The word lists a learner takes away, as files: CSV for spreadsheets and a TSV that Anki imports. One module for
// the reader's own saved words (made in the browser) and each part's full vocabulary (made at build time).

import { csv } from '../shared/csv';
import type { ReviewedGloss } from './chinese/reviewed-lexicon';

/** A word's sense where it stands in `context` (content/reading/glosses.tsv): reviewed, where CC-CEDICT misleads. */
export type ContextSense = Pick<ReviewedGloss, 'context' | 'gloss'>;

/** A context sense as the word lists and the word lookup write it: where it holds, then the gloss. */
export const senseText = (sense: ContextSense) => `in ${sense.context}: ${sense.gloss}`;

/** One word of a list: what a flashcard needs. */
export interface VocabularyWord {
  word: string;
  pinyin: string;
  /** The word's reviewed senses in the text, shown before CC-CEDICT's glosses. */
  senses?: ContextSense[];
  /** CC-CEDICT's first glosses for the word. */
  glosses: string[];
  /** A sentence of the report that uses it, and its link. */
  sentence: string;
  url: string;
  /** The part's URL segment, a tag in Anki. */
  part: string;
  /** Saved words: the day saved (YYYY-MM-DD). Part vocabularies: how often the word occurs in the part. */
  date?: string;
  count?: number;
}

/**
 * The dictionary entry a word list uses: a common word's entry read as the text reads it (a capitalised entry is
 * a name: 三 "surname San"), else any entry read so, else the first common one, else the first.
 */
export function entryFor<T extends { pinyin: string }>(
  entries: T[],
  reading: string,
  marks: (entry: T) => string,
): T | undefined {
  const common = entries.filter((entry) => !/^[A-Z]/.test(entry.pinyin));
  const readAs = (entry: T) => marks(entry).toLowerCase() === reading;
  return common.find(readAs) ?? entries.find(readAs) ?? common[0] ?? entries[0];
}

/** CC-CEDICT's licence, carried by every file that has its glosses. */
export const CEDICT_ATTRIBUTION = 'Glosses: CC-CEDICT (https://cc-cedict.org), CC BY-SA 4.0, entries unaltered';

/** A word's context senses in one field: a sense's gloss may itself hold semicolons. */
const sensesField = (w: VocabularyWord) => (w.senses ?? []).map(senseText).join(' | ');

/**
 * CSV (RFC 4180, UTF-8): a header row, one word a row, the glosses' licence in a column of its own. The reviewed
 * context senses come before CC-CEDICT's glosses, in a column of their own.
 */
export function vocabularyCsv(words: VocabularyWord[]): string {
  const extra = words.some((w) => w.count !== undefined) ? 'count' : 'date';
  const header = ['word', 'pinyin', 'context_glosses', 'glosses', 'sentence', 'url', 'part', extra, 'gloss_source'];
  const rows = words.map((w) => [
    w.word,
    w.pinyin,
    sensesField(w),
    w.glosses.join('; '),
    w.sentence,
    w.url,
    w.part,
    String((extra === 'count' ? w.count : w.date) ?? ''),
    'CC-CEDICT, CC BY-SA 4.0',
  ]);
  return csv([header, ...rows]);
}

/**
 * A tab-separated file that Anki imports as notes: the front is the word; the back its pinyin, its context senses
 * (if reviewed), glosses and sentence; a tag names the part. The header lines are Anki's own file headers, and a
 * comment with the licence.
 */
export function vocabularyAnki(words: VocabularyWord[]): string {
  const clean = (text: string) => text.replace(/[\t\r\n]+/g, ' ');
  const lines = words.map((w) => {
    const senses = sensesField(w);
    // A word the dictionary lacks has no glosses: its field is left out, not left empty between dashes.
    const back = [w.pinyin, senses, w.glosses.join('; '), w.sentence].filter(Boolean).join(' — ');
    return [clean(w.word), clean(back), `ganzhou-report ${w.part}`].join('\t');
  });
  return ['#separator:tab', '#html:false', '#tags column:3', `# ${CEDICT_ATTRIBUTION}`, ...lines].join('\n') + '\n';
}
