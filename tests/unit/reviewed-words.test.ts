import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { checkPinyinCrosscheck } from '../../src/content/rules/pinyin-crosscheck';
import type { RuleContext } from '../../src/content/rules/types';
import { pinyinOf } from '../../src/language/chinese/pinyin';
import { isTonedSyllable, readReviewedWords } from '../../src/language/chinese/reviewed-words';

const HEADER = 'word\treading\tnote';

describe('the reviewed words file', () => {
  it('reads each entry with its line', () => {
    const tsv = `${HEADER}\n粮食\tliáng shi\tneutral tone\n干事\tgàn shì\tkept\n`;
    expect(readReviewedWords(tsv)).toEqual({
      words: [
        { word: '粮食', reading: 'liáng shi', note: 'neutral tone', line: 2 },
        { word: '干事', reading: 'gàn shì', note: 'kept', line: 3 },
      ],
      problems: [],
    });
  });

  it.each([
    ['guī', true],
    ['shi', true],
    ['lǜ', true],
    ['nüè', true],
    ['zhuàng', true],
    ['ér', true],
    ['gūi', false], // the mark on the wrong vowel
    ['xīàn', false], // two marks
    ['yi1', false], // a tone number
    ['Guī', false],
    ['qv', false],
    ['', false],
  ])('takes %s as a syllable of tone-marked pinyin: %s', (syllable, valid) => {
    expect(isTonedSyllable(syllable)).toBe(valid);
  });
});

describe('pinyinOf applies the reviewed words', () => {
  it('wherever a word occurs, a longer phrase first', () => {
    const words = [
      { word: '粮食', reading: 'liáng shi' },
      { word: '粮食安全', reading: 'liáng shí ān quán' },
    ];
    expect(pinyinOf('粮食安全和粮食', words)).toEqual(['liáng', 'shí', 'ān', 'quán', 'hé', 'liáng', 'shi']);
    expect(pinyinOf('粮食', [])).toEqual(['liáng', 'shí']);
  });

  it('shows every entry of content/reading/words.tsv as reviewed, wherever its word is in the Chinese', async () => {
    const { parts, words } = await loadSiteContent('content');
    const wrong: string[] = [];
    for (const { word, reading } of words) {
      let found = 0;
      for (const block of parts.flatMap((part) => part.blocks)) {
        const readings = pinyinOf(block.zh.text, words);
        const chars = [...block.zh.text];
        for (let at = 0; at < chars.length; at++) {
          if (chars.slice(at, at + [...word].length).join('') !== word) continue;
          found++;
          const shown = readings.slice(at, at + [...word].length).join(' ');
          if (shown !== reading) wrong.push(`${block.id}: ${word} ${shown}, reviewed ${reading}`);
        }
      }
      expect(found, word).toBeGreaterThan(0);
    }
    expect(wrong).toEqual([]);
  });
});

describe('the pinyin cross-check', () => {
  const context = (text: string, terms: string[], words: RuleContext['words']) =>
    ({
      root: 'content',
      parts: [
        {
          slug: 'part-1',
          title: { zh: '', en: '' },
          files: { zh: 'zh.md' },
          blocks: [{ id: 'b', zh: { text, line: 3 } }],
        },
      ],
      glossary: [{ spellings: { zh: terms } }],
      words,
      wordsFile: 'words.tsv',
    }) as unknown as RuleContext;
  const messages = (ctx: RuleContext) => checkPinyinCrosscheck(ctx).map((d) => `${d.ruleId}: ${d.message}`);

  it('compares a word CC-CEDICT lacks by its parts: 粮食 inside the term 粮食安全', () => {
    expect(messages(context('保障粮食安全。', ['粮食安全'], []))).toEqual([
      'pinyin-crosscheck: Block "b": "粮食" shows as liáng shí, but CC-CEDICT reads it liáng shi',
    ]);
  });

  it('compares a word without a polyphone: 规矩', () => {
    expect(messages(context('守规矩。', ['规矩'], []))).toEqual([
      'pinyin-crosscheck: Block "b": "规矩" shows as guī jǔ, but CC-CEDICT reads it guī ju',
    ]);
  });

  it('is settled by a reviewed word, kept or corrected, and names an entry the text no longer has', () => {
    const words = [
      { word: '规矩', reading: 'guī ju', note: 'neutral', line: 2 },
      { word: '干事', reading: 'gàn shì', note: 'kept', line: 3 },
      { word: '码头', reading: 'mǎ tou', note: 'gone', line: 4 },
    ];
    expect(messages(context('守规矩，干事创业。', [], words))).toEqual([
      'reviewed-words-unused: "码头" is reviewed as mǎ tou, but occurs nowhere in the Chinese',
    ]);
  });

  it('names the reviewed entry a longer reviewed phrase overrides', () => {
    const words = [
      { word: '规矩', reading: 'guī ju', note: 'neutral', line: 2 },
      { word: '守规矩', reading: 'shǒu guī jǔ', note: 'a phrase', line: 3 },
    ];
    expect(messages(context('守规矩。', ['规矩'], words))).toEqual([
      'pinyin-crosscheck: Block "b": "规矩" shows as guī jǔ, though words.tsv:2 reviews it as guī ju, and CC-CEDICT reads it guī ju',
    ]);
  });
});
