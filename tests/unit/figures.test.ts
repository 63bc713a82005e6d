import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as reader from '../../src/language/figures/read-figures';
import { occurrenceAt, wholeFigure } from '../../src/language/figures/whole-figure';
import { MULTIPLIERS, PERCENT, UNITS, UNIT_FAMILIES, toMetric, unitAt } from '../../src/language/figures/units';
import { expectFixture } from '../support/fixtures';

const { chineseFigures, clauseAround, comparableFigures, englishFigures } = reader;
const FIXTURES = 'tests/fixtures/figures';

it('the figure reader exports what the check and the figures page use', () => {
  expect(Object.keys(reader).sort()).toEqual([
    'QUALIFIERS',
    'chineseFigures',
    'clauseAround',
    'comparableFigures',
    'englishFigures',
    'englishNumber',
    'sameFigure',
    'showFigure',
  ]);
});

it('writes numbers as English does, and figures as the messages quote them', () => {
  expect([136000, 0.5, 2e9, 1234.5678901].map(reader.englishNumber)).toEqual([
    '136,000',
    '0.5',
    '2,000,000,000',
    '1,234.56789',
  ]);
  expect(reader.showFigure({ value: 45, percent: true })).toBe('45%');
});

// Each folder holds a Chinese sentence with one form of number (input.txt) and what the reader makes of it
// (output.json: each figure as printed, its value, range end, parts, unit, qualifiers and whether it is quoted).
describe('the figure reader reads every form of number the report uses', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, () => {
      const text = readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8').trim();
      const figures = chineseFigures(text).map((f) => ({
        source: f.source,
        value: f.value,
        ...(f.to === undefined ? {} : { to: f.to }),
        ...(f.parts ? { parts: f.parts } : {}),
        percent: f.percent,
        unit: f.unit?.zh ?? null,
        qualifiers: f.qualifiers,
        quoted: f.quoted,
      }));
      for (const figure of figures) expect(text).toContain(figure.source);
      expectFixture(path.join(FIXTURES, name, 'output.json'), JSON.stringify(figures, null, 2) + '\n');
    });
  }

  it('gives the check every value a figure states: a range by both ends, a compound name by each number', () => {
    const values = comparableFigures(chineseFigures('每月1-25日，“1+5+N”产业集群，13.6万户')).map((f) => f.value);
    expect(values).toEqual([1, 25, 1, 5, 136000]);
  });

  it('reads English figures with their multipliers, percentages and Roman-numeral classes', () => {
    const read = englishFigures('over 2,000, 2.5%, 5.2 billion jin, 45 per cent, a Type I city, the 25th');
    expect(read.map((f) => [f.value, f.percent, f.source])).toEqual([
      [1, false, 'Type I'],
      [2000, false, '2,000'],
      [2.5, true, '2.5%'],
      [5200000000, false, '5.2 billion'],
      [45, true, '45 per cent'],
      [25, false, '25th'],
    ]);
  });

  it('cuts the clause around a figure, marking where it was cut', () => {
    const zh = '实现高新技术企业突破2000家，力争全社会研发投入占GDP比重达2.5%。';
    const at = zh.indexOf('2.5%');
    expect(clauseAround(zh, at, 4, 'zh')).toEqual({ text: '…力争全社会研发投入占GDP比重达2.5%。', at: 17 });
    const en =
      'raise the number of high-tech enterprises to over 2,000, and strive to raise R&D spending to 2.5% of GDP.';
    const clause = clauseAround(en, en.indexOf('2,000'), 5, 'en');
    expect(clause).toEqual({ text: 'raise the number of high-tech enterprises to over 2,000…', at: 50 });
    expect(clause.text.slice(clause.at, clause.at + 5)).toBe('2,000');
    // An item of a list is shown with the items after it, up to a readable length.
    const list = 'strengthen industries such as IT, 5G, blockchain, new types of electronic components, and AI.';
    expect(clauseAround(list, list.indexOf('5G'), 2, 'en')).toEqual({
      text: '…5G, blockchain, new types of electronic components…',
      at: 1,
    });
  });
});

it('finds a figure whole, and which occurrence of it stands at an index', () => {
  const text = 'build 3 key projects, 3 districts and 35 reservoirs with 5G and 50 billion yuan';
  expect([...text.matchAll(wholeFigure('3'))].map((m) => m.index)).toEqual([6, 22]);
  expect(occurrenceAt(text, '3', 22)).toBe(2);
  expect([...text.matchAll(wholeFigure('5'))].map((m) => m.index)).toEqual([text.indexOf('5G')]);
});

describe('the unit table', () => {
  it('applies 千, 万, 亿 and 万亿', () => {
    expect(MULTIPLIERS).toEqual({ 千: 1e3, 万: 1e4, 亿: 1e8, 万亿: 1e12 });
    expect(chineseFigures('5千、13.6万、52亿、1万亿').map((f) => f.value)).toEqual([5000, 136000, 5200000000, 1e12]);
  });

  it.each(UNITS.map((unit) => [unit.zh, unit] as const))('reads %s after a figure', (zh, unit) => {
    const [figure] = chineseFigures(`建成12${zh}设施`);
    expect(figure!.unit).toBe(zh === '%' ? PERCENT : unit);
    expect(figure!.source).toBe(`12${zh}`);
    expect(UNIT_FAMILIES.map((family) => family.id)).toContain(unit.family);
    if (unit.name) expect(unit.name('12')).toMatch(/12|XII/);
  });

  it('prefers the longest unit: 平方公里 over 公里, A级 before nothing', () => {
    expect(unitAt('2500平方公里', 4)?.en).toBe('square kilometers');
    expect(unitAt('8公里', 1)?.en).toBe('kilometers');
    expect(unitAt('5A级', 1)?.name?.('5')).toBe('5A-level');
  });

  it('converts mu to hectares (1/15) and jin to metric tons (0.5 kg)', () => {
    expect(toMetric(150, unitAt('亩', 0))).toEqual({ value: 10, en: 'hectares' });
    expect(toMetric(5.2e9, unitAt('斤', 0))).toEqual({ value: 2.6e6, en: 'metric tons' });
    expect(toMetric(600, unitAt('公顷', 0))).toBeUndefined();
  });

  it('writes names as English writes them', () => {
    expect(unitAt('国道', 0)!.name!('206')).toBe('National Highway 206');
    expect(unitAt('型', 0)!.name!('1')).toBe('Type I');
    expect(unitAt('号', 0)!.name!('21')).toBe('No. 21');
    expect(unitAt('G', 0)!.name!('5')).toBe('5G');
  });
});
