import { describe, expect, it } from 'vitest';
import { readNationalReport } from '../../src/content/load-national-reports';
import { loadNationalSources, readNationalSources } from '../../src/content/national-sources';
import { ContentError } from '../../src/content/diagnostics';
import { findEchoes } from '../../src/features/echoes/find-echoes';
import { echoedNationalSentences, mergeSpans } from '../../src/features/echoes/national-links';
import { cutAtSpans } from '../../src/shared/spans';

describe('the echoes seen from the national reports', () => {
  const national = [
    readNationalReport(2021, '坚持以人民为中心的发展思想。\n深入实施创新驱动发展战略，加快建设科技强国。'),
    readNationalReport(2022, '深入实施创新驱动发展战略，巩固壮大实体经济根基。'),
  ];
  const report = [
    {
      slug: 'part-1',
      blocks: [{ id: 'a', zh: { segments: ['我们坚持以人民为中心的发展思想。', '要加快建设科技强国。'] } }],
    },
    { slug: 'part-2', blocks: [{ id: 'b', zh: { segments: ['深入实施创新驱动发展战略，推动产业升级。'] } }] },
  ];
  const echoed = echoedNationalSentences(findEchoes(report, national));

  it('names each echoed national sentence with the report sentences that echo it, numbered from 1', () => {
    expect([...echoed.keys()].sort()).toEqual(['2021.1', '2021.2', '2022.1']);
    expect(echoed.get('2021.1')!.sources).toEqual([{ part: 'part-1', block: 'a', sentence: 1 }]);
    // Two report sentences echo two stretches of one national sentence: both are linked, both stretches marked.
    expect(echoed.get('2021.2')!.sources).toEqual([
      { part: 'part-1', block: 'a', sentence: 2 },
      { part: 'part-2', block: 'b', sentence: 1 },
    ]);
    expect(echoed.get('2021.2')!.spans).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 21 },
    ]);
    expect(echoed.get('2022.1')!.sources).toEqual([{ part: 'part-2', block: 'b', sentence: 1 }]);
  });

  it('marks the shared stretches in the national sentence', () => {
    const sentence = national[1]!.sentences[0]!;
    const pieces = cutAtSpans(sentence.text, echoed.get('2022.1')!.spans);
    expect(pieces.filter((p) => p.marked).map((p) => p.text)).toEqual(['深入实施创新驱动发展战略']);
    expect(pieces.map((p) => p.text).join('')).toBe(sentence.text);
  });

  it('joins overlapping and touching stretches', () => {
    expect(
      mergeSpans([
        { start: 5, end: 9 },
        { start: 0, end: 3 },
        { start: 3, end: 4 },
        { start: 7, end: 8 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
  });
});

describe('the national reports’ source pages', () => {
  it('are read from the README’s table, one a year', () => {
    const sources = readNationalSources(
      '| year | file |\n| 2013 | `gwr-2013.zh.txt` | 13,925 | `ac18` | https://zh.wikisource.org/wiki/2013 |\n',
    );
    expect(sources).toEqual(new Map([[2013, 'https://zh.wikisource.org/wiki/2013']]));
  });

  it('are there for every year of the content folder', () => {
    const sources = loadNationalSources('content', [2013, 2022, 2025]);
    expect(sources.get(2022)).toMatch(/^https:\/\/zh\.wikisource\.org\/wiki\/2022/);
  });

  it('stop the build, naming the README, when a year has none', () => {
    expect(() => loadNationalSources('content', [2020])).toThrow(ContentError);
    expect(() => loadNationalSources('content', [2020])).toThrow(/README\.md[\s\S]*2020/);
  });
});

describe('cutting a text at spans', () => {
  it('marks a span that overlaps the one before from where that one ends', () => {
    expect(
      cutAtSpans('abcdefgh', [
        { start: 1, end: 4 },
        { start: 2, end: 6 },
        { start: 3, end: 5 },
      ]),
    ).toEqual([
      { text: 'a', marked: false },
      { text: 'bcd', marked: true },
      { text: 'ef', marked: true },
      { text: 'gh', marked: false },
    ]);
  });
});
