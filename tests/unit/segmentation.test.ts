import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content';
import { loadSiteContent } from '../../src/content/load-site-content';
import {
  glossApplies,
  phraseCutAsReviewed,
  readReviewedGlosses,
  readReviewedSegmentation,
  segmentedAt,
} from '../../src/language/chinese/reviewed-lexicon';
import { segmentChinese } from '../../src/language/chinese/segment';
import { chineseFigures } from '../../src/language/figures/read-figures';

const phrases = readReviewedSegmentation(readFileSync('content/reading/segmentation.tsv', 'utf8')).phrases;

describe('segmentation: number rules', () => {
  it('keeps a measure word with its number: 20所以上 is 20 | 所 | 以上, never 所以', () => {
    expect(segmentChinese('建成三级医院20所以上，新增床位', [])).toEqual([
      '建成',
      '三级',
      '医院',
      '20',
      '所',
      '以上',
      '，',
      '新增',
      '床位',
    ]);
  });

  it('cuts a figure into its number, its multiplier and its unit, each a word', () => {
    expect(segmentChinese('改造老旧小区13.6万户', [])).toContain('13.6');
    expect(segmentChinese('改造老旧小区13.6万户', []).slice(-3)).toEqual(['13.6', '万', '户']);
    expect(segmentChinese('贷款余额突破1万亿元。', []).slice(-4)).toEqual(['1', '万亿', '元', '。']);
    expect(segmentChinese('比重达45%以上', []).slice(-2)).toEqual(['45%', '以上']);
    expect(segmentChinese('每月1-25日，', []).slice(-3)).toEqual(['1-25', '日', '，']);
  });

  it('gives a reviewed phrase no power over a figure: the figure is cut first', () => {
    expect(segmentChinese('三级医院20所以上', [], [{ text: '所以', words: ['所以'] }]).slice(-3)).toEqual([
      '20',
      '所',
      '以上',
    ]);
  });
});

describe('segmentation: reviewed phrases and glossary terms', () => {
  it('cuts a reviewed phrase as reviewed: 线上线下 is 线上 | 线下, not 线 | 上线 | 下', () => {
    const text = '设立首位产业线上线下“全产业一链办”专区';
    const tokens = segmentChinese(text, ['全产业一链办'], phrases);
    expect(tokens).toEqual(expect.arrayContaining(['线上', '线下', '全产业一链办']));
    expect(tokens).not.toContain('上线');
    expect(tokens.join('')).toBe(text);
  });

  it('keeps a glossary term whole before any figure or reviewed phrase', () => {
    const term = '2小时经济生活圈';
    const overlapping = { text: '经济生活', words: ['经济', '生活'] };
    const tokens = segmentChinese(`积极融入大湾区“${term}”`, [term], [...phrases, overlapping]);
    expect(tokens).toContain(term);
    expect(tokens).toContain('大湾区');
  });

  it('over the whole report, no word runs into or out of a figure, and every reviewed phrase cuts somewhere', async () => {
    const { parts, glossary, lexicon } = await loadSiteContent('content');
    const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
    expect(lexicon.phrases).toEqual(phrases);
    const crossing: string[] = [];
    const cut = new Set<string>();
    for (const block of parts.flatMap((part) => part.blocks)) {
      const text = block.zh.text;
      const tokens = segmentChinese(text, keepWhole, phrases);
      expect(tokens.join('')).toBe(text);
      const at = segmentedAt(tokens);
      for (const phrase of phrases) if (phraseCutAsReviewed(text, at, phrase)) cut.add(phrase.text);
      const starts = new Set<number>();
      let offset = 0;
      for (const token of tokens) {
        starts.add(offset);
        offset += token.length;
      }
      starts.add(offset);
      for (const figure of chineseFigures(text)) {
        const end = figure.index + figure.source.length;
        const inTerm = keepWhole.some((term) => {
          for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1))
            if (i <= figure.index && i + term.length >= end) return true;
          return false;
        });
        if (!inTerm && (!starts.has(figure.index) || !starts.has(end))) crossing.push(`${block.id}: ${figure.source}`);
      }
    }
    expect(crossing).toEqual([]);
    expect(phrases.map((p) => p.text).filter((text) => !cut.has(text))).toEqual([]);
  });
});

describe('reviewed words: reading the files', () => {
  it('reads the phrases and glosses of the project, with their lines', () => {
    const glosses = readReviewedGlosses(readFileSync('content/reading/glosses.tsv', 'utf8'));
    expect(glosses.problems).toEqual([]);
    expect(glosses.glosses.find((g) => g.word === '干事')).toMatchObject({ context: '干事创业', line: 2 });
    expect(phrases.find((p) => p.text === '线上线下')).toMatchObject({ words: ['线上', '线下'], line: 2 });
  });

  it('applies a gloss only where its word is a word of its context', () => {
    const text = '提振干事创业精气神';
    const at = segmentedAt(segmentChinese(text, [], phrases));
    expect(glossApplies(text, at, { word: '干事', context: '干事创业' })).toBe(true);
    expect(glossApplies(text, at, { word: '事', context: '干事创业' })).toBe(false);
    expect(glossApplies(text, at, { word: '干事', context: '干事业' })).toBe(false);
  });

  it('makes a stale reviewed line an error with strict', async () => {
    for (const name of ['segmentation-unused', 'gloss-context']) {
      const strict = await checkContent(path.join('tests/fixtures/check', name), { strict: true });
      expect(strict.diagnostics.map((d) => d.severity)).toContain('error');
      expect(strict.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    }
  });
});
