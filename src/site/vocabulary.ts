import type { ReportPart } from '../content/report-schema';
import { partVocabulary } from '../features/reading-aids/part-vocabulary';
import type { VocabularyWord } from '../language/vocabulary-files';
import { getGlossary } from './glossary';
import { getReviewedWords } from './reviewed-words';
import { href } from './urls';

/** A part's vocabulary as the site publishes it: the sentence links are the site's absolute permalinks. */
export async function publishedVocabulary(part: ReportPart, site: URL | undefined): Promise<VocabularyWord[]> {
  return partVocabulary(
    part,
    await getGlossary(),
    await getReviewedWords(),
    (id) => new URL(href(`${part.slug}/#${id}`), site).href,
  );
}
