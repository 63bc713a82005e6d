import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/content/diagnostics';
import { loadNationalReports, readNationalReport } from '../../src/content/load-national-reports';
import { loadSiteContent } from '../../src/content/load-site-content';
import { findEchoes, type EchoOptions } from '../../src/features/echoes/find-echoes';
import { splitSentences } from '../../src/language/split-sentences';

/** National reports from `{ year: text }`, each text one paragraph a line. */
const national = (years: Record<number, string>) =>
  Object.entries(years).map(([year, text]) => readNationalReport(Number(year), text));

/** The echoes of one Chinese paragraph of the report (its sentences split as the pipeline splits them). */
function echoesOf(paragraph: string, years: Record<number, string>, options?: EchoOptions) {
  const report = [{ slug: 'part', blocks: [{ id: 'p1', zh: { segments: splitSentences(paragraph, 'zh') } }] }];
  return findEchoes(report, national(years), options);
}

const firstSentence = (paragraph: string, years: Record<number, string>, options?: EchoOptions) =>
  echoesOf(paragraph, years, options).parts[0]!.blocks[0]!.sentences[0]!;

describe('the national reports reader', () => {
  it('numbers the sentences of a year from 1, each with its paragraph and line, cut by the report’s splitter', () => {
    const report = readNationalReport(2022, '政府工作报告\n各位代表：\n一是稳增长。二是“保就业”！\n\n三是防风险？');
    expect(report.paragraphs).toEqual(['政府工作报告', '各位代表：', '一是稳增长。二是“保就业”！', '三是防风险？']);
    expect(report.sentences.map(({ id, paragraph, line, text }) => [id, paragraph, line, text])).toEqual([
      ['2022.1', 1, 1, '政府工作报告'],
      ['2022.2', 2, 2, '各位代表：'],
      ['2022.3', 3, 3, '一是稳增长。'],
      ['2022.4', 3, 3, '二是“保就业”！'],
      ['2022.5', 4, 5, '三是防风险？'],
    ]);
  });

  const temp = mkdtempSync(path.join(tmpdir(), 'national-'));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('holds the files to the byte rules of content, naming file and line', () => {
    const dir = path.join(temp, 'crlf', 'reference', 'national');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'gwr-2021.zh.txt'), '政府工作报告\n各位代表：\n');
    writeFileSync(path.join(dir, 'gwr-2022.zh.txt'), '政府工作报告\n各位代表：\r\n');
    const read = () => loadNationalReports(path.join(temp, 'crlf'), temp);
    expect(read).toThrow(ContentError);
    expect(read).toThrow(
      /crlf\/reference\/national\/gwr-2022\.zh\.txt:2:6 {2}error {2}The file has Windows line endings/,
    );
  });

  it('refuses a folder without any report, with a hint', () => {
    expect(() => loadNationalReports(path.join(temp, 'none'), temp)).toThrow(
      /none\/reference\/national:1:1 {2}error {2}No national report .*\n {4}hint: Restore none\/reference\/national from Git/,
    );
  });

  it('reads the corpus of the content folder: 2013 to 2025 without 2020, oldest first, ids unique', () => {
    const reports = loadNationalReports('content');
    expect(reports.map((report) => report.year)).toEqual([
      2013, 2014, 2015, 2016, 2017, 2018, 2019, 2021, 2022, 2023, 2024, 2025,
    ]);
    const ids = reports.flatMap((report) => report.sentences.map((sentence) => sentence.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(reports[0]!.file).toBe('content/reference/national/gwr-2013.zh.txt');
  });

  it('keeps the files as the README lists them, byte for byte', () => {
    const dir = 'content/reference/national';
    const listed = [
      ...readFileSync(path.join(dir, 'README.md'), 'utf8').matchAll(
        /`(gwr-\d{4}\.zh\.txt)` \| [\d,]+ \| `([0-9a-f]{16})`/g,
      ),
    ];
    const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));
    expect(listed.map(([, file]) => file).sort()).toEqual(files.sort());
    for (const [, file, sha] of listed) {
      const digest = createHash('sha256')
        .update(readFileSync(path.join(dir, file!)))
        .digest('hex');
      expect(digest.slice(0, 16), file).toBe(sha);
    }
  });
});

describe('echoes: the maximal common runs of at least six Han characters', () => {
  it('finds a run across quotation marks and punctuation, with offsets in both original sentences', () => {
    const zh = '深入开展“我为群众办实事”实践活动，成效明显。';
    const text = '广泛开展我为群众办实事实践活动。';
    const sentence = firstSentence(zh, { 2022: text });
    const [match] = sentence.matches;
    expect(match!.sentence).toEqual({ id: '2022.1', paragraph: 1, text });
    const [run] = match!.runs;
    expect(run!.text).toBe('开展我为群众办实事实践活动');
    expect(run!.length).toBe(13);
    expect(zh.slice(run!.zh.start, run!.zh.end)).toBe('开展“我为群众办实事”实践活动');
    expect(text.slice(run!.national.start, run!.national.end)).toBe('开展我为群众办实事实践活动');
  });

  it('finds a run at both edges of a sentence', () => {
    const zh = '积极应对人口老龄化，加快发展养老服务。';
    const text = '我们要积极应对人口老龄化。加快发展养老服务。';
    const sentence = firstSentence(zh, { 2016: text });
    expect(sentence.matches.map((match) => match.sentence.id)).toEqual(['2016.1', '2016.2']);
    const [first, second] = sentence.matches.map((match) => match.runs[0]!);
    expect(first!.zh).toEqual({ start: 0, end: 9 });
    expect(second!.zh).toEqual({ start: 10, end: 18 });
    expect(zh.slice(second!.zh.start, second!.zh.end)).toBe('加快发展养老服务');
    const [, nationalSecond] = splitSentences(text, 'zh');
    expect(nationalSecond!.slice(second!.national.start, second!.national.end)).toBe('加快发展养老服务');
    expect(sentence.spans).toEqual([{ start: 0, end: 18 }]);
  });

  it('lists a run the national sentence repeats once, and each place of a run the report repeats', () => {
    const text = '攻克关键核心技术，加强关键核心技术攻关。';
    const once = firstSentence('突破一批关键核心技术。', { 2021: text });
    expect(once.matches).toHaveLength(1);
    expect(once.matches[0]!.runs.map((run) => [run.zh, run.national])).toEqual([
      [
        { start: 4, end: 10 },
        { start: 2, end: 8 },
      ],
    ]);
    expect(once.matches[0]!.runs[0]!.years).toEqual([2021]);

    const twice = firstSentence('关键核心技术要突破，关键核心技术要攻关。', { 2021: text });
    expect(twice.matches[0]!.runs.map((run) => run.zh.start)).toEqual([0, 10]);
    expect(twice.matches[0]!.shared).toBe(12);
    expect(twice.echoed).toBe(12);
  });

  it('keeps two national sentences that share one sentence of the report, and counts each character once', () => {
    const zh = '加快建设现代化产业体系，持续优化营商环境。';
    const sentence = firstSentence(zh, {
      2023: '加快建设现代化产业体系。坚持稳中求进。',
      2024: '持续优化营商环境，激发市场活力。',
    });
    expect(sentence.matches.map((match) => [match.sentence.id, match.shared, match.runs[0]!.text])).toEqual([
      ['2023.1', 11, '加快建设现代化产业体系'],
      ['2024.1', 8, '持续优化营商环境'],
    ]);
    expect([sentence.han, sentence.echoed, sentence.share]).toEqual([19, 19, 1]);
  });

  it('does not count a run of five characters, unless told to', () => {
    const zh = '人口老龄化加快发展。';
    const years = { 2018: '积极应对人口老龄化，推动发展。' };
    expect(firstSentence(zh, years).matches).toEqual([]);
    expect(firstSentence(zh, years).echoed).toBe(0);
    expect(firstSentence(zh, years, { minRun: 5 }).matches[0]!.runs[0]!.text).toBe('人口老龄化');
  });

  it('stops a run at a digit or a Latin letter: figures are no formulation', () => {
    const sentence = firstSentence('城镇新增就业5万人以上，GDP增长较快。', { 2019: '城镇新增就业1100万人以上。' });
    expect(sentence.matches[0]!.runs.map((run) => run.text)).toEqual(['城镇新增就业']);
  });

  it('gives each run the years that have it and the first of them; ranks the longest run first', () => {
    const zh = '突破一批关键核心技术。';
    const sentence = firstSentence(zh, {
      2013: '突破一批关键核心技术。',
      2019: '加强关键核心技术攻关。',
      2021: '关键核心技术攻关取得进展。',
      2022: '完善社会保障体系。',
    });
    expect(
      sentence.matches.map((match) => [match.year, match.shared, match.runs[0]!.text, match.runs[0]!.firstYear]),
    ).toEqual([
      [2013, 10, '突破一批关键核心技术', 2013],
      [2019, 6, '关键核心技术', 2013],
      [2021, 6, '关键核心技术', 2013],
    ]);
    expect(sentence.matches.map((match) => match.runs[0]!.years)).toEqual([
      [2013],
      [2013, 2019, 2021],
      [2013, 2019, 2021],
    ]);
  });

  it('keeps at most two national sentences of a year (or as many as told), the most shared first', () => {
    const zh = '坚持以人民为中心的发展思想，推动高质量发展，扎实推进共同富裕。';
    const years = {
      2022: '坚持以人民为中心的发展思想。推动高质量发展取得新成效。扎实推进共同富裕。',
      2023: '推动高质量发展。',
    };
    const sentence = firstSentence(zh, years);
    expect(sentence.matches.map((match) => [match.sentence.id, match.shared])).toEqual([
      ['2022.1', 13],
      ['2022.3', 8],
      ['2023.1', 7],
    ]);
    expect(sentence.omitted).toBe(1);
    // The capped sentence's run is still echoed: the spans and the share count every run.
    expect([sentence.han, sentence.echoed]).toEqual([28, 28]);
    const one = firstSentence(zh, years, { perYear: 1 });
    expect(one.matches.map((match) => match.sentence.id)).toEqual(['2022.1', '2023.1']);
    expect(one.omitted).toBe(2);
  });

  it('compares a Han character outside the Basic Multilingual Plane as one character', () => {
    const zh = '𠀾𠀾建设美丽中国先行区。';
    const sentence = firstSentence(zh, { 2024: '𠀾建设美丽中国先行区。' });
    const [run] = sentence.matches[0]!.runs;
    expect(run!.text).toBe('𠀾建设美丽中国先行区');
    expect([run!.length, run!.zh, run!.national]).toEqual([10, { start: 2, end: 13 }, { start: 0, end: 11 }]);
    expect(sentence.han).toBe(11);
    // Five characters in six code units are no run of six.
    expect(firstSentence('𠀾建设美丽。', { 2024: '新𠀾建设美丽' }).matches).toEqual([]);
  });

  it('adds up the echoed characters of sentences, paragraphs, parts and the report', () => {
    const years = { 2022: '积极应对人口老龄化。' };
    const report = [
      {
        slug: 'a',
        blocks: [
          { id: 'a1', zh: { segments: ['积极应对人口老龄化。', '办好赣州的事。'] } },
          { id: 'a2', zh: { segments: ['（一）'] } },
        ],
      },
      { slug: 'b', blocks: [{ id: 'b1', zh: { segments: ['加快发展。'] } }] },
    ];
    const echoes = findEchoes(report, national(years));
    const [a, b] = echoes.parts;
    expect(a!.blocks.map((block) => [block.id, block.han, block.echoed])).toEqual([
      ['a1', 15, 9],
      ['a2', 1, 0],
    ]);
    expect([a!.han, a!.echoed, b!.han, b!.echoed, b!.share]).toEqual([16, 9, 4, 0, 0]);
    expect([echoes.han, echoes.echoed, echoes.share]).toEqual([20, 9, 9 / 20]);
    expect(echoes.years).toEqual([2022]);
  });
});

describe('echoes of the report against the national corpus', async () => {
  const { parts } = await loadSiteContent('content');
  const echoes = findEchoes(parts, loadNationalReports('content'));

  it('finds the elderly-care sentence of part 7 nearly whole in 2022', () => {
    const sentence = echoes.parts
      .find((part) => part.slug === 'part-7')!
      .blocks.flatMap((block) => block.sentences)
      .find((found) => found.text.includes('医养康养相结合'))!;
    const best = sentence.matches[0]!;
    expect(best.year).toBe(2022);
    expect(Math.max(...best.runs.map((run) => run.length))).toBeGreaterThanOrEqual(36);
  });

  it('echoes about a quarter of the report’s Han characters', () => {
    // Measured: 1,462 of 6,219 (0.235).
    expect(echoes.share).toBeGreaterThan(0.18);
    expect(echoes.share).toBeLessThan(0.3);
    expect(echoes.han).toBe(
      parts.reduce(
        (sum, part) =>
          sum +
          part.blocks.reduce((inPart, block) => inPart + (block.zh.text.match(/\p{Script=Han}/gu)?.length ?? 0), 0),
        0,
      ),
    );
  });
});
