import { describe, expect, it } from 'vitest';
import { readNationalReport } from '../../src/content/load-national-reports';
import {
  echoRecords,
  echoRows,
  localFormulations,
  longestEchoes,
  yearShares,
} from '../../src/features/echoes/context-tables';
import { findEchoes } from '../../src/features/echoes/find-echoes';
import { splitSentences } from '../../src/language/split-sentences';

const national = (years: Record<number, string>) =>
  Object.entries(years).map(([year, text]) => readNationalReport(Number(year), text));

/** The echoes of a report of one part, `{ block id: Chinese paragraph }`. */
const echoesOf = (blocks: Record<string, string>, years: Record<number, string>) =>
  findEchoes(
    [
      {
        slug: 'part-1',
        blocks: Object.entries(blocks).map(([id, text]) => ({ id, zh: { segments: splitSentences(text, 'zh') } })),
      },
    ],
    national(years),
  );

const YEARS = {
  2021: '加快建设现代化产业体系。持续优化营商环境。',
  2023: '加快建设现代化产业体系，推动高质量发展。',
};
const REPORT = {
  p1: '加快建设现代化产业体系，打造赣南脐橙富硒产业高地。今年完成投资100亿元。',
  p2: '持续优化营商环境，建好章贡区。',
};

describe('local formulations: the stretches of the report no national sentence shares', () => {
  it('gives the un-echoed stretches, cut of their edge punctuation, longest first, each with its sentence', () => {
    const local = localFormulations(echoesOf(REPORT, YEARS));
    expect(local.map(({ text, han, part, block, sentence }) => [text, han, `${part}/#${block}.${sentence}`])).toEqual([
      ['打造赣南脐橙富硒产业高地', 12, 'part-1/#p1.1'],
      ['今年完成投资100亿元', 8, 'part-1/#p1.2'],
      ['建好章贡区', 5, 'part-1/#p2.1'],
    ]);
  });

  it('keeps the longest, and drops stretches shorter than asked', () => {
    const echoes = echoesOf(REPORT, YEARS);
    expect(localFormulations(echoes, { limit: 1 }).map((l) => l.text)).toEqual(['打造赣南脐橙富硒产业高地']);
    expect(localFormulations(echoes, { minHan: 6 }).map((l) => l.han)).toEqual([12, 8]);
  });

  it('gives a sentence without any echo whole, and a wholly echoed one nothing', () => {
    const local = localFormulations(echoesOf({ p1: '全面推进乡村振兴。' }, { 2022: '全面推进乡村振兴。' }));
    expect(local).toEqual([]);
    const whole = localFormulations(echoesOf({ p1: '瑞金红色旅游。' }, { 2022: '全面推进乡村振兴。' }));
    expect(whole).toEqual([{ part: 'part-1', block: 'p1', sentence: 1, text: '瑞金红色旅游', han: 6 }]);
  });
});

describe('the tables of the context page and its downloads', () => {
  const echoes = echoesOf(REPORT, YEARS);

  it('lists each shared run once, longest first, at its first place with the earliest year', () => {
    const longest = longestEchoes(echoes);
    expect(longest.map((e) => [e.run.text, e.year, e.national, e.block, e.sentence, e.run.firstYear])).toEqual([
      ['加快建设现代化产业体系', 2021, '2021.1', 'p1', 1, 2021],
      ['持续优化营商环境', 2021, '2021.2', 'p2', 1, 2021],
    ]);
    expect(longestEchoes(echoes, 1)).toHaveLength(1);
  });

  it('leaves out a run inside a longer one of the same sentence, found in another year', () => {
    const nested = echoesOf(
      { p1: '让我们更加紧密地团结在以习近平同志为核心的党中央周围。' },
      { 2016: '让我们更加紧密地团结在以习近平同志为核心的党中央周围。', 2017: '更加紧密地团结在党中央周围。' },
    );
    expect(longestEchoes(nested).map((e) => [e.run.text, e.year])).toEqual([
      ['让我们更加紧密地团结在以习近平同志为核心的党中央周围', 2016],
    ]);
  });

  it('ranks the national reports by the Han characters of the report they share', () => {
    expect(yearShares(echoes)).toEqual([
      { year: 2021, formulations: 2, han: 19 },
      { year: 2023, formulations: 1, han: 11 },
    ]);
  });

  it('gives one download record per match, with its runs and their first years, the same in CSV rows', () => {
    const records = echoRecords(echoes, (path) => `/${path}`);
    expect(records.map((r) => [r.link, r.year, r.national_id, r.runs.map((run) => run.first_year)])).toEqual([
      ['/part-1/#p1.1', 2021, '2021.1', [2021]],
      ['/part-1/#p1.1', 2023, '2023.1', [2021]],
      ['/part-1/#p2.1', 2021, '2021.2', [2021]],
    ]);
    const rows = echoRows(records);
    expect(rows[0]).toContain('shared runs');
    expect(rows).toHaveLength(records.length + 1);
    expect(rows[2]).toEqual([
      'part-1',
      'p1',
      '1',
      '/part-1/#p1.1',
      '加快建设现代化产业体系，打造赣南脐橙富硒产业高地。',
      '2023',
      '2023.1',
      '加快建设现代化产业体系，推动高质量发展。',
      '加快建设现代化产业体系',
      '2021',
    ]);
  });
});
