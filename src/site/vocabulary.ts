import type { ReportPart } from '../content/report-schema';
import { partVocabulary } from '../features/reading-aids/part-vocabulary';
import type { VocabularyWord } from '../language/vocabulary-files';
import { oncePerBuildBy } from './once-per-build';
import { getAnnotatedPart } from './reading-aids';
import { getPart } from './report';
import { anchorPath } from '../markdown/ids';
import { permalink } from './urls';

/** The CSV and the TSV download of a part list the same words: made once per part and build. */
const bySlug = oncePerBuildBy(async (slug: string) =>
  partVocabulary(await getPart(slug), await getAnnotatedPart({ slug }), (id) => permalink(anchorPath(slug, id))),
);

/** A part's vocabulary as the site publishes it, each word with its sentence's {@link permalink}. */
export const publishedVocabulary = (part: Pick<ReportPart, 'slug'>): Promise<VocabularyWord[]> => bySlug(part.slug);
