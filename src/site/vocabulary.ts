import type { ReportPart } from '../content/report-schema';
import { partVocabulary } from '../features/reading-aids/part-vocabulary';
import type { VocabularyWord } from '../language/vocabulary-files';
import { getGlossary } from './glossary';
import { getReviewedWords } from './readings';
import { getReviewedLexicon } from './lexicon';
import { href } from './urls';

/** The CSV and the TSV download of a part list the same words: made once per part and build. */
const byPart = new Map<string, Promise<VocabularyWord[]>>();

/** A part's vocabulary as the site publishes it: the sentence links are the site's absolute permalinks. */
export function publishedVocabulary(part: ReportPart, site: URL | undefined): Promise<VocabularyWord[]> {
  const key = `${part.slug} ${site?.href ?? ''}`;
  let words = byPart.get(key);
  if (!words) {
    words = Promise.all([getGlossary(), getReviewedWords(), getReviewedLexicon()]).then(
      ([glossary, readings, lexicon]) =>
        partVocabulary(part, glossary, readings, lexicon, (id) => new URL(href(`${part.slug}/#${id}`), site).href),
    );
    byPart.set(key, words);
  }
  return words;
}
