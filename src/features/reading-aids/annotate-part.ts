import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeReadingAids from '../../markdown/rehype-reading-aids';
import type { GlossaryEntry } from '../../content/glossary-entry-schema';
import type { ReportPart } from '../../content/report-schema';
import { pinyinOf } from '../../language/chinese/pinyin';
import { glossApplies, segmentedAt, type ReviewedWords } from '../../language/chinese/reviewed-words';
import { segmentChinese } from '../../language/chinese/segment';
import type { ContextSense } from '../../language/vocabulary-files';

export interface AnnotatedPart {
  /** Each block's Chinese HTML with word spans and pinyin ruby. */
  blocks: Record<string, string>;
  /** Every word of the part that has Chinese characters, in first-seen order. */
  words: string[];
  /** The reviewed senses of the part's words, where their contexts are in the part (content/reading/glosses.tsv). */
  senses: Map<string, ContextSense[]>;
}

const cache = new Map<string, AnnotatedPart>();

/** Annotates a part's Chinese for the reading aids (see rehype-reading-aids); computed once per build. */
export async function annotatePart(
  part: ReportPart,
  glossary: GlossaryEntry[],
  reviewed: ReviewedWords,
): Promise<AnnotatedPart> {
  const cached = cache.get(part.slug);
  if (cached) return cached;
  const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
  const words = new Set<string>();
  const senses = new Map<string, ContextSense[]>();
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeReadingAids, {
      segment: (text: string) => {
        const tokens = segmentChinese(text, keepWhole, reviewed.phrases);
        for (const token of tokens) if (/\p{Script=Han}/u.test(token)) words.add(token);
        const at = segmentedAt(tokens);
        for (const { word, context, gloss } of reviewed.glosses) {
          const known = senses.get(word) ?? [];
          if (known.some((sense) => sense.context === context) || !glossApplies(text, at, { word, context })) continue;
          senses.set(word, [...known, { context, gloss }]);
        }
        return tokens;
      },
      pinyin: pinyinOf,
    })
    .use(rehypeStringify);
  const blocks: Record<string, string> = {};
  for (const block of part.blocks) blocks[block.id] = String(await processor.process(block.zh.html));
  const annotated = { blocks, words: [...words], senses };
  cache.set(part.slug, annotated);
  return annotated;
}
