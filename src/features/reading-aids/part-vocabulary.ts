import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { ReportPart } from '../../content/report-schema';
import { entryFor, type VocabularyWord } from '../../language/vocabulary-files';
import type { AnnotatedPart } from './annotate-part';
import { lookUp } from '../../language/chinese/cedict';
import { toneMarks } from '../../language/chinese/pinyin';
import { sentenceId } from '../../markdown/ids';

/**
 * Every word of a part's Chinese (as `annotated`, the part's reading aids, cuts and reads it), in order of first
 * use, with the reading its ruby shows (the reviewed one), its reviewed senses in the part's contexts, CC-CEDICT's
 * first glosses, the first sentence that uses it, and how often the part uses it.
 */
export function partVocabulary(
  part: ReportPart,
  { blocks, senses }: Pick<AnnotatedPart, 'blocks' | 'senses'>,
  sentenceUrl: (id: string) => string,
): VocabularyWord[] {
  const words = new Map<string, VocabularyWord>();
  for (const block of part.blocks) {
    const tree = unified()
      .use(rehypeParse, { fragment: true })
      .parse(blocks[block.id] ?? '');
    const walk = (node: Root | Element, sentence: number) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const n = child.properties.dataS === undefined ? sentence : Number(child.properties.dataS);
        const word = child.properties.dataW;
        if (typeof word !== 'string') {
          walk(child, n);
          continue;
        }
        const known = words.get(word);
        if (known) {
          known.count!++;
          continue;
        }
        const pinyin = readingsIn(child).join(' ');
        const inContext = senses.get(word);
        words.set(word, {
          word,
          pinyin,
          ...(inContext ? { senses: inContext } : {}),
          glosses: entryFor(lookUp(word), pinyin, (entry) => toneMarks(entry.pinyin))?.glosses.slice(0, 3) ?? [],
          sentence: block.zh.segments[n - 1] ?? block.zh.text,
          url: sentenceUrl(sentenceId(block.id, n)),
          part: part.slug,
          count: 1,
        });
      }
    };
    walk(tree, 1);
  }
  return [...words.values()];
}

/** The syllables of every <rt> inside an element, in order (a word's rubies may sit in a span.nb). */
function readingsIn(node: Element): string[] {
  return node.children.flatMap((child) => {
    if (child.type !== 'element') return [];
    if (child.tagName === 'rt') return child.children[0]?.type === 'text' ? [child.children[0].value] : [];
    return readingsIn(child);
  });
}
