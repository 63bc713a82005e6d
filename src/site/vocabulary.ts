import type { ReportPart } from '../content/report-schema';
import { partVocabulary } from '../features/reading-aids/part-vocabulary';
import type { VocabularyWord } from '../language/vocabulary-files';
import { getGlossary } from './glossary';
import { getReviewedWords } from './reviewed-words';
import { href } from './urls';

/** The CSV and the TSV download of a part list the same words: made once per part and build. */
const byPart = new Map<string, Promise<VocabularyWord[]>>();

/** A part's vocabulary as the site publishes it: the sentence links are the site's absolute permalinks. */
export function publishedVocabulary(part: ReportPart, site: URL | undefined): Promise<VocabularyWord[]> {
  const key = `${part.slug} ${site?.href ?? ''}`;
  let words = byPart.get(key);
  if (!words) {
    words = Promise.all([getGlossary(), getReviewedWords()]).then(([glossary, reviewed]) =>
      partVocabulary(part, glossary, reviewed, (id) => new URL(href(`${part.slug}/#${id}`), site).href),
    );
    byPart.set(key, words);
  }
  return words;
}
