import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { chineseFigures } from '../../src/language/figures/read-figures';
import type { WordEntry } from '../../src/site/part-data';
import { requireBuild } from '../support/require-build';

requireBuild();
const { parts, lexicon } = await loadSiteContent('content');
const HAN = /\p{Script=Han}/u;

/** One use of a word in the built reading aids: where its Chinese characters stand in the block's text. */
interface PlacedWord {
  word: string;
  /** The offsets (UTF-16, as the figures reader counts) of its Chinese characters. */
  chars: number[];
  /** The glossary link each character is in (its index in the block), or -1 outside any. */
  terms: number[];
}

/**
 * A block of the built aids.json read back: its text (ruby readings left out), each word's placement, and the
 * stretch of each glossary link. A word the page splits at an element's edge (span.w on both sides) is one word,
 * put together again from its pieces.
 */
function readAids(html: string): { text: string; words: PlacedWord[]; links: { start: number; end: number }[] } {
  let text = '';
  const words: PlacedWord[] = [];
  const links: { start: number; end: number }[] = [];
  const hanCount = (word: string) => [...word].filter((char) => HAN.test(char)).length;
  const walk = (node: Root | Element, word: string | undefined, link: number) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        for (const char of child.value) {
          if (word && HAN.test(char)) {
            const open = words.at(-1);
            const piece = open && open.word === word && open.chars.length < hanCount(word) ? open : undefined;
            if (piece) {
              piece.chars.push(text.length);
              piece.terms.push(link);
            } else words.push({ word, chars: [text.length], terms: [link] });
          }
          text += char;
        }
      } else if (child.type === 'element' && child.tagName !== 'rt') {
        if (child.tagName === 'a' && String(child.properties.className).split(' ').includes('term')) {
          const index = links.push({ start: text.length, end: text.length }) - 1;
          walk(child, word, index);
          links[index]!.end = text.length;
        } else {
          const own = child.properties.dataW;
          walk(child, typeof own === 'string' ? own : word, link);
        }
      }
    }
  };
  walk(unified().use(rehypeParse, { fragment: true }).parse(html), undefined, -1);
  return { text, words, links };
}

const aids = new Map(
  parts.map((part) => {
    const blocks: Record<string, string> = JSON.parse(readFileSync(`dist/${part.slug}/aids.json`, 'utf8'));
    return [part.slug, part.blocks.map((block) => ({ block, ...readAids(blocks[block.id]!) }))] as const;
  }),
);

/** What a part's vocabulary downloads and word lookup list, by word. */
function vocabulary(slug: string) {
  const csv: Record<string, string>[] = parseCsv(readFileSync(`dist/downloads/vocabulary-${slug}.csv`, 'utf8'), {
    columns: true,
  });
  const tsv = readFileSync(`dist/downloads/vocabulary-${slug}.tsv`, 'utf8')
    .trimEnd()
    .split('\n')
    .filter((line) => !line.startsWith('#'))
    .map((line) => line.split('\t')[0]!);
  const dict: Record<string, WordEntry> = JSON.parse(readFileSync(`dist/${slug}/dict.json`, 'utf8'));
  return { csv, tsv, dict };
}

describe('the words of the reading aids, the word lookup and the vocabulary downloads', () => {
  it('read back as the Chinese of each block, character for character', () => {
    for (const [slug, blocks] of aids)
      for (const { block, text } of blocks) expect(text, `${slug}#${block.id}`).toBe(block.zh.text);
  });

  it('are the words the vocabulary downloads and the word lookup list, part by part', () => {
    for (const [slug, blocks] of aids) {
      const shown = [...new Set(blocks.flatMap(({ words }) => words.map((w) => w.word)))].sort();
      const { csv, tsv, dict } = vocabulary(slug);
      expect(csv.map((row) => row.word).sort(), slug).toEqual(shown);
      expect([...tsv].sort(), slug).toEqual(shown);
      expect(
        shown.filter((word) => !dict[word]),
        slug,
      ).toEqual([]);
    }
  });

  it('no vocabulary entry spans a figure or crosses the edge of a glossary term', () => {
    const wrong: string[] = [];
    for (const [slug, blocks] of aids) {
      const { csv, dict } = vocabulary(slug);
      const listed = new Set([...csv.map((row) => row.word!), ...Object.keys(dict)]);
      for (const { block, words, links } of blocks) {
        const inLink = (start: number, end: number) => links.some((link) => start < link.end && end > link.start);
        // A figure inside a term (“2小时经济生活圈”) is part of that one word.
        const figures = chineseFigures(block.zh.text)
          .map((f) => ({ source: f.source, start: f.index, end: f.index + f.source.length }))
          .filter((f) => !inLink(f.start, f.end));
        for (const { word, chars, terms } of words) {
          if (!listed.has(word)) wrong.push(`${slug}#${block.id}: "${word}" is not in the vocabulary`);
          if (new Set(terms).size > 1) wrong.push(`${slug}#${block.id}: "${word}" crosses the edge of a glossary term`);
          for (const figure of figures) {
            const inside = chars.filter((at) => at >= figure.start && at < figure.end).length;
            const around = chars.some((at) => at < figure.start) && chars.some((at) => at >= figure.end);
            if ((inside && inside < chars.length) || around)
              wrong.push(`${slug}#${block.id}: "${word}" spans the figure ${figure.source}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('cut every reviewed phrase as content/reading/segmentation.tsv says, wherever it occurs', () => {
    expect(lexicon.phrases.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    const cut = new Map(lexicon.phrases.map((phrase) => [phrase.text, 0]));
    for (const [slug, blocks] of aids) {
      for (const { block, text, words } of blocks) {
        for (const phrase of lexicon.phrases) {
          for (let at = text.indexOf(phrase.text); at !== -1; at = text.indexOf(phrase.text, at + 1)) {
            const end = at + phrase.text.length;
            const there = words.filter(({ chars }) => chars.some((c) => c >= at && c < end));
            const shown = there.map((w) => w.word);
            const inside = there.every(({ chars }) => chars.every((c) => c >= at && c < end));
            if (inside && shown.join(' ') === phrase.words.join(' ')) cut.set(phrase.text, cut.get(phrase.text)! + 1);
            else wrong.push(`${slug}#${block.id}: "${phrase.text}" shows as ${shown.join(' | ')}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect([...cut].filter(([, count]) => count === 0).map(([text]) => text)).toEqual([]);
  });

  it('show every reviewed gloss first, in the word lookup and the vocabulary of the part its context is in', () => {
    expect(lexicon.glosses.length).toBeGreaterThan(0);
    for (const gloss of lexicon.glosses) {
      const part = parts.find((p) => p.blocks.some((b) => b.zh.text.includes(gloss.context)))!;
      const { csv, dict } = vocabulary(part.slug);
      const sense = { context: gloss.context, gloss: gloss.gloss };
      expect(dict[gloss.word]?.senses, `${gloss.word} in ${gloss.context}`).toContainEqual(sense);
      const row = csv.find((r) => r.word === gloss.word)!;
      expect(row.context_glosses, `${gloss.word} in ${gloss.context}`).toContain(`in ${gloss.context}: ${gloss.gloss}`);
    }
  });
});
