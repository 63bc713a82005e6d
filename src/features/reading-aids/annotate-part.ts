import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeReadingAids from '../../markdown/rehype-reading-aids';
import type { GlossaryEntry } from '../../content/glossary-entry-schema';
import { partLabel } from '../../content/part-label';
import type { ReportPart } from '../../content/report-schema';
import { HAN } from '../../language/chinese/cjk-spacing';
import { pinyinOf, type WordReadings } from '../../language/chinese/pinyin';
import { glossApplies, segmentedAt, type ReviewedLexicon } from '../../language/chinese/reviewed-lexicon';
import { segmentChinese } from '../../language/chinese/segment';
import type { ContextSense } from '../../language/vocabulary-files';

export interface AnnotatedPart {
  /** Each block's Chinese HTML with word spans and pinyin ruby. */
  blocks: Record<string, string>;
  /** The part's title as the page shows it when the part has no heading of its own (partLabel), annotated. */
  title: string;
  /** Every word of the part that has Chinese characters, in first-seen order. */
  words: string[];
  /** The reviewed senses of the part's words, where their contexts are in the part (content/reading/glosses.tsv). */
  senses: Map<string, ContextSense[]>;
}

/**
 * Annotates a part's Chinese for the reading aids (see rehype-reading-aids): words cut by the segmenter with the
 * reviewed phrases, pinyin with the reviewed readings, and the reviewed senses in context.
 */
export async function annotatePart(
  part: ReportPart,
  glossary: GlossaryEntry[],
  reviewedWords: WordReadings,
  lexicon: ReviewedLexicon,
): Promise<AnnotatedPart> {
  const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
  const words = new Set<string>();
  const senses = new Map<string, ContextSense[]>();
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeReadingAids, {
      segment: (text: string) => {
        const tokens = segmentChinese(text, keepWhole, lexicon.phrases);
        for (const token of tokens) if (HAN.test(token)) words.add(token);
        const at = segmentedAt(tokens);
        for (const { word, context, gloss } of lexicon.glosses) {
          const known = senses.get(word) ?? [];
          if (known.some((sense) => sense.context === context) || !glossApplies(text, at, { word, context })) continue;
          senses.set(word, [...known, { context, gloss }]);
        }
        return tokens;
      },
      pinyin: (text: string) => pinyinOf(text, reviewedWords),
    })
    .use(rehypeStringify);
  const blocks: Record<string, string> = {};
  for (const block of part.blocks) blocks[block.id] = String(await processor.process(block.zh.html));
  // The title is plain text, not HTML: it enters as a text node.
  const titleText: Root = { type: 'root', children: [{ type: 'text', value: partLabel(part).zh }] };
  const titleTree = await processor.run(titleText);
  const title = processor.stringify(titleTree as Root);
  return { blocks, title, words: [...words], senses };
}
