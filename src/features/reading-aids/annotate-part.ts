import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import rehypeReadingAids from '../../markdown/rehype-reading-aids';
import type { GlossaryEntry } from '../../content/glossary-entry-schema';
import type { ReportPart } from '../../content/report-schema';
import { pinyinOf } from '../../language/chinese/pinyin';
import { segmentChinese } from '../../language/chinese/segment';

export interface AnnotatedPart {
  /** Each block's Chinese HTML with word spans and pinyin ruby. */
  blocks: Record<string, string>;
  /** Every word of the part that has Chinese characters, in first-seen order. */
  words: string[];
}

const cache = new Map<string, AnnotatedPart>();

/** Annotates a part's Chinese for the reading aids (see rehype-reading-aids); computed once per build. */
export async function annotatePart(part: ReportPart, glossary: GlossaryEntry[]): Promise<AnnotatedPart> {
  const cached = cache.get(part.slug);
  if (cached) return cached;
  const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
  const words = new Set<string>();
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeReadingAids, {
      segment: (text: string) => {
        const tokens = segmentChinese(text, keepWhole);
        for (const token of tokens) if (/\p{Script=Han}/u.test(token)) words.add(token);
        return tokens;
      },
      pinyin: pinyinOf,
    })
    .use(rehypeStringify);
  const blocks: Record<string, string> = {};
  for (const block of part.blocks) blocks[block.id] = String(await processor.process(block.zh.html));
  const annotated = { blocks, words: [...words] };
  cache.set(part.slug, annotated);
  return annotated;
}
