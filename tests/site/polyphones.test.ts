import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { polyphones, readPolyphones } from '../../src/language/chinese/polyphones';
import { rubyReadings } from '../support/ruby';

const FILE = 'content/reading/polyphones.tsv';
const { rows: reviewed } = readPolyphones(readFileSync(FILE, 'utf8'));

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
