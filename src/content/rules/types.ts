import type { ReportPart } from '../report-schema';
import type { ReviewedReadings } from '../../language/chinese/polyphones';
import type { ReviewedWord } from '../../language/chinese/reviewed-words';
import type { GlossaryEntry } from '../glossary-entry-schema';
import type { ReviewedLexicon } from '../../language/chinese/reviewed-lexicon';
import type { EnglishLists } from '../english-lists';

/** What every content rule reads: the loaded report and glossary, and the reference text if there is one. */
export interface RuleContext {
  /** The content folder, as messages name it (relative to the folder the check runs in). */
  root: string;
  parts: ReportPart[];
  glossary: GlossaryEntry[];
  /** The reference Chinese source, and its path for messages; undefined when the file is missing. */
  reference?: { file: string; text: string };
  /**
   * The reviewed pinyin of every polyphone (content/reading/polyphones.tsv), when the content has it: each
   * block's readings (keyed `part#block`) by character index.
   */
  reviewedPinyin?: Map<string, ReviewedReadings>;
  /** The reviewed segmentation and glosses of the reading aids (content/reading/segmentation.tsv, glosses.tsv). */
  lexicon?: ReviewedLexicon;
  /** The reviewed renderings of terms and the spelling variants (content/english/), where the content has them. */
  english?: Omit<EnglishLists, 'diagnostics'>;
  /** The reviewed readings of words (content/reading/words.tsv): what the site's pinyin applies. */
  words: ReviewedWord[];
  /** The reviewed words' file, as messages name it. */
  wordsFile: string;
}
