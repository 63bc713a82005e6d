import type { Element, ElementContent, Root, Text } from 'hast';
import { HAN } from '../language/chinese/cjk-spacing';
import { replaceText } from './lib/replace-text';

/** Options for {@link rehypeReadingAids}. */
export interface RehypeReadingAidsOptions {
  /** Splits the block's whole text into words (every character in exactly one word, in order). */
  segment: (text: string) => string[];
  /** One reading per character of the block's whole text, '' for characters that are not Chinese. */
  pinyin: (text: string) => string[];
}

const CLOSING = /^[。，、；：？！”’）》】〕…—]+/;
const OPENING = /[“‘（《【〔]+$/;

/**
 * Puts punctuation at one end of a word's span, bound to the character next to it in a `<span class="nb">` that
 * the page keeps on one line: binding the whole word would stop some browsers breaking between words at all.
 */
function attach(word: Element, punctuation: string, end: 'start' | 'end') {
  const text = { type: 'text' as const, value: punctuation };
  if (end === 'end') {
    const last = word.children.pop();
    const bound = last?.type === 'element' && last.properties.className?.toString() === 'nb';
    if (bound) last.children.push(text);
    word.children.push(bound ? last : nb(last ? [last, text] : [text]));
  } else {
    const first = word.children.shift();
    const bound = first?.type === 'element' && first.properties.className?.toString() === 'nb';
    if (bound) first.children.unshift(text);
    word.children.unshift(bound ? first : nb(first ? [text, first] : [text]));
  }
}

const nb = (children: ElementContent[]): Element => ({
  type: 'element',
  tagName: 'span',
  properties: { className: ['nb'] },
  children,
});

/**
 * Punctuation stays with its word, in the word's span: closing marks with the word before, opening marks with
 * the word after. With pinyin on, each character is a box of its own, and a line must not start with 。 or end
 * with “.
 */
function bindPunctuation(pieces: ElementContent[]): ElementContent[] {
  // Neighbouring pieces of text (one per word the segmenter found: ” and 。) are one run of punctuation.
  const nodes: ElementContent[] = [];
  for (const piece of pieces) {
    const last = nodes.at(-1);
    if (piece.type === 'text' && last?.type === 'text') last.value += piece.value;
    else nodes.push(piece.type === 'text' ? { ...piece } : piece);
  }
  const out: ElementContent[] = [];
  nodes.forEach((node, n) => {
    if (node.type !== 'text') return out.push(node);
    let value = node.value;
    const previous = out.at(-1);
    const closing = CLOSING.exec(value)?.[0];
    if (closing && previous?.type === 'element') {
      attach(previous, closing, 'end');
      value = value.slice(closing.length);
    }
    const next = nodes[n + 1];
    const opening = OPENING.exec(value)?.[0];
    if (opening && next?.type === 'element') {
      attach(next, opening, 'start');
      value = value.slice(0, -opening.length);
    }
    if (value) out.push({ type: 'text', value });
  });
  return out;
}
const TONE_MARKS = ['āēīōūǖ', 'áéíóúǘ', 'ǎěǐǒǔǚ', 'àèìòùǜ'];

/** A syllable's tone, from its mark: 1 to 4, or 5 for the neutral tone (no mark); for the tone colours. */
export function toneOf(syllable: string): string {
  const tone = TONE_MARKS.findIndex((marks) => [...syllable].some((char) => marks.includes(char)));
  return String(tone === -1 ? 5 : tone + 1);
}

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
                      properties: { dataT: toneOf(readings[at + k] ?? '') },
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
          out.push({ type: 'text', value: piece.join('') });
        }
        i = end;
      }
      offset += own.length;
      return bindPunctuation(out);
    };
    replaceText(tree, annotate);
    bindAcrossElements(tree);
  };
}

/** The first or last word span inside an element (a glossary link holds its term's words). */
function wordIn(node: ElementContent, end: 'first' | 'last'): Element | undefined {
  if (node.type !== 'element') return undefined;
  if ((node.properties.className as string[] | undefined)?.includes('w')) return node;
  const children = end === 'first' ? node.children : [...node.children].reverse();
  for (const child of children) {
    const found = wordIn(child, end);
    if (found) return found;
  }
  return undefined;
}

/** bindPunctuation across an element boundary: “ before a glossary link joins the link's first word, and ” after
 * it the last. */
function bindAcrossElements(parent: Root | Element) {
  const children = parent.children as ElementContent[];
  children.forEach((child, n) => {
    if (child.type === 'element') return bindAcrossElements(child);
    if (child.type !== 'text') return;
    const opening = OPENING.exec(child.value)?.[0];
    const next = children[n + 1] && wordIn(children[n + 1]!, 'first');
    if (opening && next) {
      attach(next, opening, 'start');
      child.value = child.value.slice(0, -opening.length);
    }
    const closing = CLOSING.exec(child.value)?.[0];
    const previous = n > 0 ? wordIn(children[n - 1]!, 'last') : undefined;
    if (closing && previous) {
      attach(previous, closing, 'end');
      child.value = child.value.slice(closing.length);
    }
  });
  parent.children = parent.children.filter((child) => child.type !== 'text' || child.value) as typeof parent.children;
}
