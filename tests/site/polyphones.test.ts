import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { polyphones, readPolyphones } from '../../src/language/chinese/polyphones';

const FILE = 'content/reading/polyphones.tsv';
const reviewed = readPolyphones(readFileSync(FILE, 'utf8'));

/** The characters of a block's ruby HTML in order, each with its reading ('' outside ruby). */
function rubyReadings(html: string): { char: string; reading: string }[] {
  const out: { char: string; reading: string }[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') for (const char of child.value) out.push({ char, reading: '' });
      else if (child.type === 'element' && child.tagName === 'ruby') {
        const base = child.children.find((c) => c.type === 'text');
        const rt = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'rt');
        const reading = rt?.children[0]?.type === 'text' ? rt.children[0].value : '';
        out.push({ char: base?.type === 'text' ? base.value : '', reading });
      } else if (child.type === 'element') walk(child);
    }
  };
  walk(unified().use(rehypeParse, { fragment: true }).parse(html));
  return out;
}

describe('pinyin: the reviewed readings of every polyphone', () => {
  it('lists every polyphone of the text, and nothing else (npm run polyphones updates the file)', async () => {
    const { parts, words } = await loadSiteContent('content');
    const key = (p: { part: string; block: string; index: number; char: string }) =>
      `${p.part}#${p.block}@${p.index} ${p.char}`;
    expect(reviewed.map(key)).toEqual(polyphones(parts, words).map(key));
  });

  it('annotate the whole text: with the pinyin taken out, every block reads as its Chinese, character for character', async () => {
    const { parts } = await loadSiteContent('content');
    for (const part of parts) {
      const aids: Record<string, string> = JSON.parse(readFileSync(`dist/${part.slug}/aids.json`, 'utf8'));
      for (const block of part.blocks) {
        const shown = rubyReadings(aids[block.id]!)
          .map((c) => c.char)
          .join('');
        expect(shown, `${part.slug}#${block.id}`).toBe(block.zh.text);
      }
    }
  });

  it('are the readings the built pages show', () => {
    const wrong: string[] = [];
    const aids = new Map<string, Record<string, string>>();
    for (const entry of reviewed) {
      if (!aids.has(entry.part)) aids.set(entry.part, JSON.parse(readFileSync(`dist/${entry.part}/aids.json`, 'utf8')));
      const shown = rubyReadings(aids.get(entry.part)![entry.block]!)[entry.index];
      expect(shown?.char, `${entry.part}#${entry.block} ${entry.context}`).toBe(entry.char);
      if (shown!.reading !== entry.reading)
        wrong.push(`${entry.context}: built ${shown!.reading}, reviewed ${entry.reading}`);
    }
    expect(wrong).toEqual([]);
  });
});
