import type { ReportPart } from '../content/report-schema';
import { partVocabulary } from '../features/reading-aids/part-vocabulary';
import type { VocabularyWord } from '../language/vocabulary-files';
import { getGlossary } from './glossary';
import { getReviewedWords } from './readings';
import { getReviewedLexicon } from './lexicon';
import { permalink } from './urls';

/** The CSV and the TSV download of a part list the same words: made once per part and build. */
const byPart = new Map<string, Promise<VocabularyWord[]>>();

/** A part's vocabulary as the site publishes it, each word with its sentence's {@link permalink}. */
export function publishedVocabulary(part: ReportPart): Promise<VocabularyWord[]> {
  let words = byPart.get(part.slug);
  if (!words) {
    words = Promise.all([getGlossary(), getReviewedWords(), getReviewedLexicon()]).then(
      ([glossary, readings, lexicon]) =>
        partVocabulary(part, glossary, readings, lexicon, (id) => permalink(`${part.slug}/#${id}`)),
    );
    byPart.set(part.slug, words);
  }
  return words;
}
