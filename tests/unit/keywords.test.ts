import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import type { AlignedBlock, ReportPart } from '../../src/content/report-schema';
import { concordance, sentenceAt } from '../../src/features/keywords/concordance';
import { logLikelihood, overRepresented } from '../../src/features/keywords/keyness';
import {
  KEYWORD_SETTINGS,
  keywordRows,
  reportKeywords,
  type KeywordSettings,
} from '../../src/features/keywords/report-keywords';
import {
  countedWords,
  countWords,
  keywordSegmenter,
  reportWords,
  type Segmenter,
} from '../../src/features/keywords/words';
import { loadNationalReports, nationalTexts } from '../../src/content/load-national-reports';

/** A segmenter with a known outcome: the longest listed word at each place, else one character. */
function cutBy(words: string[]): Segmenter {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return (text) => {
    const tokens: string[] = [];
    for (let i = 0; i < text.length; ) {
      const word = longestFirst.find((w) => text.startsWith(w, i)) ?? text[i]!;
      tokens.push(word);
      i += word.length;
    }
    return tokens;
  };
}

const WORDS = ['赣南', '脐橙', '大道', '发展', '产业', '改革', '民生', '就业', '十四'];
const cut = cutBy(WORDS);

function block(id: string, zh: string[], en: string[], kind: AlignedBlock['kind'] = 'paragraph'): AlignedBlock {
  const text = (segments: string[]) => ({
    html: '',
    text: segments.join(' ') || 'x',
    terms: [],
    segments,
    segmentTerms: segments.map(() => []),
    line: 1,
  });
  return { id, kind, zh: { ...text(zh), text: zh.join('') }, en: text(en) };
}

function part(slug: string, blocks: AlignedBlock[]): ReportPart {
  return {
    slug,
    order: 1,
    excerpt: false,
    title: { zh: slug, en: slug },
    files: { zh: `${slug}.md`, en: `${slug}.md` },
    blocks,
    notes: [],
  };
}

const PARTS = [
  part('part-2', [
    block(
      'gannan',
      ['赣南脐橙，发展产业。', '赣南大道大道大道。'],
      ['Gannan navel oranges, industry.', 'Gannan Avenue.'],
    ),
    block('heading', ['赣南产业'], ['Gannan industry'], 'heading'),
  ]),
  part('part-3', [block('more', ['赣南产业十四个硒。'], ['Gannan industry.'])]),
];
// 25 counted words: 发展 six times, 产业 once, 赣南 never.
const NATIONAL = new Map([
  [2024, '发展改革民生就业'.repeat(3)],
  [2025, '发展改革民生就业'.repeat(3) + '产业'],
]);
/** Every cut-off open, so that a test closes one at a time. */
const OPEN: KeywordSettings = { minG2: 0, minCount: 1, minBlocks: 1, context: 3 };
const keywordsOf = (settings: Partial<KeywordSettings>) =>
  reportKeywords(PARTS, NATIONAL, cut, { settings: { ...OPEN, ...settings } }).keywords.map((k) => k.word);

describe('G² (log-likelihood) of a word in two corpora', () => {
  it('matches a hand computation on a small corpus', () => {
    const report = countWords(['赣南脐橙赣南发展赣南产业改革就业'], cut);
    const national = countWords(['发展改革民生就业'.repeat(6)], cut);
    expect([report.words, report.counts.get('赣南'), national.words, national.counts.get('赣南')]).toEqual([
      8,
      3,
      24,
      undefined,
    ]);
    // 赣南: 3 of 8 words in the report, 0 of 24 nationally. N = 32; the word 3 times in all, the other words 29.
    //   E(report, 赣南) = 8 × 3 / 32 = 0.75     O = 3    3 ln(3 / 0.75)    =  4.158883
    //   E(national, 赣南) = 24 × 3 / 32 = 2.25  O = 0    0 (0 ln 0 = 0)    =  0
    //   E(report, other) = 8 × 29 / 32 = 7.25   O = 5    5 ln(5 / 7.25)    = -1.857818
    //   E(national, other) = 24 × 29 / 32 = 21.75  O = 24  24 ln(24 / 21.75) = 2.362562
    //   G² = 2 × (4.158883 + 0 − 1.857818 + 2.362562) = 9.327254
    const g2 = logLikelihood({ count: 3, total: report.words }, { count: 0, total: national.words });
    expect(g2).toBeCloseTo(9.327254, 5);
    // 发展: 1 of 8 against 6 of 24, under-represented in the report.
    //   E = 1.75, 5.25, 6.25, 18.75; O = 1, 6, 7, 18
    //   G² = 2 × (1 ln(1/1.75) + 6 ln(6/5.25) + 7 ln(7/6.25) + 18 ln(18/18.75))
    //      = 2 × (−0.559616 + 0.801188 + 0.793301 − 0.734796) = 0.600155
    const study = { count: report.counts.get('发展')!, total: report.words };
    const reference = { count: national.counts.get('发展')!, total: national.words };
    expect(logLikelihood(study, reference)).toBeCloseTo(0.600155, 5);
    expect(overRepresented(study, reference)).toBe(false);
    expect(overRepresented({ count: 3, total: 8 }, { count: 0, total: 24 })).toBe(true);
  });

  it('takes 0 ln 0 as 0: a word absent from one corpus, from both, or the whole of one, has a finite score', () => {
    // 3 in 3,000 against 0 in 97,000: 2 × (3 ln(3/0.09) − 2.908588 + 2.910044) = 21.042258.
    expect(logLikelihood({ count: 3, total: 3000 }, { count: 0, total: 97000 })).toBeCloseTo(21.042258, 5);
    expect(logLikelihood({ count: 0, total: 3000 }, { count: 0, total: 97000 })).toBe(0);
    expect(logLikelihood({ count: 0, total: 0 }, { count: 0, total: 0 })).toBe(0);
    const whole = logLikelihood({ count: 4, total: 4 }, { count: 0, total: 4 });
    // E = 2, 2, 2, 2; O = 4, 0, 0, 4: G² = 2 × (4 ln 2 + 4 ln 2) = 16 ln 2.
    expect(whole).toBeCloseTo(16 * Math.log(2), 9);
    // The same table read the other way round.
    expect(logLikelihood({ count: 0, total: 97000 }, { count: 3, total: 3000 })).toBeCloseTo(21.042258, 5);
  });

  it('at p < 0.0001 asks three uses of a word the national reports lack, at the report’s size', () => {
    expect(KEYWORD_SETTINGS.minG2).toBe(15.13);
    // 2 × (2 ln(2/0.06) − 1.939373 + 1.940019) = 14.027525: two uses in 3,000 words are not enough.
    expect(logLikelihood({ count: 2, total: 3000 }, { count: 0, total: 97000 })).toBeLessThan(KEYWORD_SETTINGS.minG2);
    expect(logLikelihood({ count: 3, total: 3000 }, { count: 0, total: 97000 })).toBeGreaterThan(
      KEYWORD_SETTINGS.minG2,
    );
  });
});

describe('the words that count', () => {
  it('counts words with Han characters outside figures, at their offsets', () => {
    const words = countedWords('新增规上企业20家，建成13.6万户。', keywordSegmenter([], []));
    expect(words).toEqual([
      { word: '新增', index: 0 },
      { word: '规', index: 2 },
      { word: '上', index: 3 },
      { word: '企业', index: 4 },
      { word: '建成', index: 10 },
    ]);
  });

  it('counts Han characters for the rates, figures and punctuation aside', () => {
    expect(countWords(['赣南20家，GDP增长。', '发展'], cut).hanCharacters).toBe(7);
  });

  it('fails on a segmenter that loses characters', () => {
    expect(() => countedWords('赣南脐橙', () => ['赣南'])).toThrow(/lost characters of "赣南脐橙/);
  });
});

describe('the keyword list and its cut-offs', () => {
  it('keeps over-represented words of two characters or more, sorted by G²', () => {
    const result = reportKeywords(PARTS, NATIONAL, cut, { settings: OPEN });
    // 赣南 4 of 15 against 0 of 25, 大道 3 / 0, 产业 3 / 1, 脐橙 1 / 0.
    expect(result.keywords.map((k) => k.word)).toEqual(['赣南', '大道', '产业', '脐橙']);
    const g2s = result.keywords.map((k) => k.g2);
    expect(g2s).toEqual([...g2s].sort((a, b) => b - a));
    // Under-represented (发展), a single character (硒, 个), a numeral (十四): never keywords.
    expect(result.report).toEqual({ words: 15, hanCharacters: 28 });
    expect(result.national).toEqual({ words: 25, hanCharacters: 50, years: [2024, 2025] });
    const [gannan, , industry] = result.keywords;
    expect(gannan!.report).toEqual({ count: 4, per10k: (4 * 10_000) / 28 });
    expect(gannan!.national).toEqual({ count: 0, per10k: 0 });
    expect(gannan!.g2).toBeCloseTo(logLikelihood({ count: 4, total: 15 }, { count: 0, total: 25 }), 12);
    expect(industry!.national).toEqual({ count: 1, per10k: 10_000 / 50 });
  });

  it('drops a word used fewer than minCount times', () => {
    expect(keywordsOf({ minCount: 2 })).toEqual(['赣南', '大道', '产业']);
  });

  it('drops a word all of whose uses stand in fewer than minBlocks blocks', () => {
    expect(keywordsOf({ minBlocks: 2 })).toEqual(['赣南', '产业']);
  });

  it('keeps a word whose G² reaches minG2 and drops one below it', () => {
    const { keywords } = reportKeywords(PARTS, NATIONAL, cut, { settings: OPEN });
    const third = keywords[2]!.g2;
    expect(keywordsOf({ minG2: third })).toEqual(['赣南', '大道', '产业']);
    expect(keywordsOf({ minG2: third + 1e-9 })).toEqual(['赣南', '大道']);
  });

  it('writes the rows of keywords.csv, with the reviewed reading where the caller has one', () => {
    const result = reportKeywords(PARTS, NATIONAL, cut, {
      settings: { ...OPEN, minBlocks: 2 },
      readingOf: (word) => (word === '赣南' ? 'gàn nán' : undefined),
    });
    const rows = keywordRows(result);
    expect(rows[0]!.join(',')).toBe(
      'word,pinyin,count report,count national,rate report per 10k Han characters,rate national per 10k Han characters,G2',
    );
    expect(rows[1]).toEqual(['赣南', 'gàn nán', '4', '0', '1428.57', '0.00', result.keywords[0]!.g2.toFixed(2)]);
    expect(rows[2]).toEqual(['产业', '', '3', '1', '1071.43', '200.00', result.keywords[1]!.g2.toFixed(2)]);
    expect(rows).toHaveLength(3);
    expect(result.keywords[1]).not.toHaveProperty('pinyin');
  });
});

describe('concordance (key word in context)', () => {
  it('places each occurrence in its block and sentence, with clipped context and the English beside it', () => {
    const lines = reportKeywords(PARTS, NATIONAL, cut, { settings: OPEN }).keywords[0]!.lines;
    expect(lines).toEqual([
      {
        part: 'part-2',
        block: 'gannan',
        sentence: 1,
        index: 0,
        left: '',
        word: '赣南',
        right: '脐橙，',
        zh: '赣南脐橙，发展产业。',
        en: 'Gannan navel oranges, industry.',
      },
      {
        part: 'part-2',
        block: 'gannan',
        sentence: 2,
        index: 10,
        left: '产业。',
        word: '赣南',
        right: '大道大',
        zh: '赣南大道大道大道。',
        en: 'Gannan Avenue.',
      },
      {
        part: 'part-2',
        block: 'heading',
        sentence: 1,
        index: 0,
        left: '',
        word: '赣南',
        right: '产业',
        zh: '赣南产业',
        en: 'Gannan industry',
      },
      {
        part: 'part-3',
        block: 'more',
        sentence: 1,
        index: 0,
        left: '',
        word: '赣南',
        right: '产业十',
        zh: '赣南产业十四个硒。',
        en: 'Gannan industry.',
      },
    ]);
  });

  it('numbers sentences from 1 at their boundaries, and has none past the text', () => {
    const segments = ['赣南脐橙，发展产业。', '赣南大道。'];
    expect([9, 10, 14, 15].map((index) => sentenceAt(segments, index))).toEqual([1, 2, 2, undefined]);
  });

  it('shows the whole block where it has no sentence segments', () => {
    const plain = block('plain', [], ['Gannan oranges.']);
    plain.zh.text = '赣南脐橙。';
    plain.en.text = 'Gannan oranges.';
    const [line] = concordance([part('part-9', [plain])], '赣南', [{ part: 'part-9', block: 'plain', index: 0 }], 3);
    expect(line).toEqual({
      part: 'part-9',
      block: 'plain',
      index: 0,
      left: '',
      word: '赣南',
      right: '脐橙。',
      zh: '赣南脐橙。',
      en: 'Gannan oranges.',
    });
  });

  it('names the block when an occurrence is not where it says', () => {
    expect(() => concordance(PARTS, '赣南', [{ part: 'part-2', block: 'gannan', index: 2 }], 3)).toThrow(
      '"赣南" is not at offset 2 of block "gannan" in part "part-2"',
    );
    expect(() => concordance(PARTS, '赣南', [{ part: 'part-2', block: 'gone', index: 0 }], 3)).toThrow(
      'The report has no block "gone" in part "part-2"',
    );
  });
});

describe('the report against the national reports', async () => {
  const { parts, glossary, lexicon } = await loadSiteContent('content');
  const national = nationalTexts(loadNationalReports('content'));
  const segment = keywordSegmenter(glossary, lexicon.phrases);
  const result = reportKeywords(parts, national, segment);
  const words = result.keywords.map((k) => k.word);

  it('reads the twelve national reports, 2013 to 2025 without 2020', () => {
    expect(result.national.years).toEqual([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025]);
  });

  it('ranks the names of Ganzhou and its region first, and keeps its counties and places', () => {
    // Measured: 赣州 18 uses / none nationally, 赣南 9 / none, 大湾区 (a glossary term, kept whole in both) 10 / 11.
    expect(words.slice(0, 2)).toEqual(['赣州', '赣南']);
    expect(words.slice(0, 10)).toContain('大湾区');
    for (const place of ['瑞金', '寻乌', '信丰', '三南', '东江']) expect(words).toContain(place);
  });

  it('has no function word, nor a function character that would pass if single characters counted', () => {
    for (const word of ['进一步', '以及', '通过', '不断', '我们', '坚持', '推进']) expect(words).not.toContain(word);
    const report = reportWords(parts, segment);
    const reference = countWords(national.values(), segment);
    for (const word of ['的', '和', '在', '了', '是', '对', '把', '为', '与', '及', '等', '以', '并', '将']) {
      const study = { count: report.counts.get(word) ?? 0, total: report.words };
      const other = { count: reference.counts.get(word) ?? 0, total: reference.words };
      const key = overRepresented(study, other) && logLikelihood(study, other) >= KEYWORD_SETTINGS.minG2;
      expect(key, `${word}: ${study.count} in the report, ${other.count} nationally`).toBe(false);
    }
  });

  it('gives every keyword every occurrence, each in a sentence of its block, with the English sentence', () => {
    const blocks = new Map(parts.flatMap((p) => p.blocks.map((b) => [`${p.slug}/${b.id}`, b])));
    const han = parts
      .flatMap((p) => p.blocks.map((b) => b.zh.text))
      .join('')
      .match(/\p{Script=Han}/gu)!.length;
    expect(result.report.hanCharacters).toBe(han);
    for (const keyword of result.keywords) {
      expect(keyword.lines).toHaveLength(keyword.report.count);
      expect(keyword.report.per10k).toBeCloseTo((keyword.report.count * 10_000) / han, 9);
      expect(keyword.g2).toBeGreaterThanOrEqual(15.13);
      for (const line of keyword.lines) {
        const b = blocks.get(`${line.part}/${line.block}`)!;
        expect(b.zh.segments[line.sentence! - 1]).toBe(line.zh);
        const { index, left, word, right } = line;
        expect(b.zh.text.slice(index - left.length, index + word.length + right.length)).toBe(left + word + right);
        expect(line.zh).toContain(word);
        expect(b.en.segments[line.sentence! - 1]).toBe(line.en);
        expect(line.en).not.toBe('');
      }
    }
  });
});
