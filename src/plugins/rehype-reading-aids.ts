import type { Element, ElementContent, Root, Text } from 'hast';
import { replaceText } from './lib/replace-text';

/** Options for {@link rehypeReadingAids}. */
export interface RehypeReadingAidsOptions {
  /** Splits the block's whole text into words (every character in exactly one word, in order). */
  segment: (text: string) => string[];
  /** One reading per character of the block's whole text, '' for characters that are not Chinese. */
  pinyin: (text: string) => string[];
}

const HAN = /\p{Script=Han}/u;
const CLOSING = /^[。，、；：？！”’）》】〕…—]+/;

/**
 * Annotates a block of Chinese for the reading aids: each word with Chinese characters becomes
 * `<span class="w" data-w="词">`, and each character in it a `<ruby>` with its pinyin in `<rt>`. Words and
 * readings are computed on the block's whole text, so context decides (长赣高铁 cháng), and mapped back onto its
 * text nodes, leaving links and bold untouched. A word that crosses an element boundary is split there.
 */
export default function rehypeReadingAids(options: RehypeReadingAidsOptions) {
  return (tree: Root) => {
    const texts: Text[] = [];
    const collect = (node: Root | Element) => {
      for (const child of node.children) {
        if (child.type === 'text') texts.push(child);
        else if (child.type === 'element') collect(child);
      }
    };
    collect(tree);
    const whole = texts.map((t) => t.value).join('');
    const chars = [...whole];
    const readings = options.pinyin(whole);
    // For every character: the index of the word it belongs to.
    const wordOf: number[] = [];
    const words = options.segment(whole);
    words.forEach((word, index) => wordOf.push(...Array.from(word, () => index)));
    if (wordOf.length !== chars.length) throw new Error(`segmentation lost characters in "${whole.slice(0, 20)}…"`);

    let offset = 0;
    const annotate = (text: Text): ElementContent[] => {
      const own = [...text.value];
      const out: ElementContent[] = [];
      let i = 0;
      while (i < own.length) {
        const at = offset + i;
        const word = wordOf[at]!;
        let end = i;
        while (end < own.length && wordOf[offset + end] === word) end++;
        const piece = own.slice(i, end);
        if (piece.some((char) => HAN.test(char))) {
          const ruby: ElementContent[] = piece.map((char, k) =>
            HAN.test(char)
              ? {
                  type: 'element',
                  tagName: 'ruby',
                  properties: {},
                  children: [
                    { type: 'text', value: char },
                    {
                      type: 'element',
                      tagName: 'rt',
                      properties: {},
                      children: [{ type: 'text', value: readings[at + k] ?? '' }],
                    },
                  ],
                }
              : { type: 'text', value: char },
          );
          out.push({
            type: 'element',
            tagName: 'span',
            properties: { className: ['w'], dataW: words[word]! },
            children: ruby,
          });
        } else {
          let text = piece.join('');
          // Punctuation that closes a word stays with it (in its span), so no line starts with 。or ，when the
          // ruby cells make each character a box of its own.
          const closing = CLOSING.exec(text)?.[0] ?? '';
          const previous = out.at(-1);
          if (closing && previous?.type === 'element') {
            previous.children.push({ type: 'text', value: closing });
            text = text.slice(closing.length);
          }
          if (text) out.push({ type: 'text', value: text });
        }
        i = end;
      }
      offset += own.length;
      return out;
    };
    replaceText(tree, annotate);
  };
}
