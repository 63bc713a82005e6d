import type { ReportPart } from '../content/report-schema';
import { annotatePart, type AnnotatedPart } from '../features/reading-aids/annotate-part';
import { getGlossary } from './glossary';
import { getReviewedLexicon } from './lexicon';
import { oncePerBuildBy } from './once-per-build';
import { getReviewedWords } from './readings';
import { getPart } from './report';

const bySlug = oncePerBuildBy(async (slug: string) => {
  const [part, glossary, words, lexicon] = await Promise.all([
    getPart(slug),
    getGlossary(),
    getReviewedWords(),
    getReviewedLexicon(),
  ]);
  return annotatePart(part, glossary, words, lexicon);
});

/**
 * A part's Chinese annotated for the reading aids, as `aids.json`, `dict.json`, the vocabulary downloads and the
 * pinyin e-book all show it: made once per part and build.
 */
export const getAnnotatedPart = (part: Pick<ReportPart, 'slug'>): Promise<AnnotatedPart> => bySlug(part.slug);
