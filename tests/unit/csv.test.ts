import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csv, neutraliseFormula } from '../../src/shared/csv';
import { exportGlossaryCsv } from '../../src/features/interchange/glossary-csv';

describe('CSV downloads open in a spreadsheet without running anything', () => {
  it('puts an apostrophe before a field a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(neutraliseFormula(`${start}HYPERLINK("https://example.com")`)).toBe(
        `'${start}HYPERLINK("https://example.com")`,
      );
  });

  it('leaves plain numbers, and text that starts otherwise, as they are', () => {
    for (const value of ['-5', '+1.5', '42', '3.14', 'a=b', ' =1', '', '“三线一单”'])
      expect(neutraliseFormula(value)).toBe(value);
    expect(neutraliseFormula('-5 tonnes')).toBe("'-5 tonnes");
  });

  it('writes neutralised fields that still parse back as one field each', () => {
    const text = csv([
      ['a', 'b'],
      ['=1+1', '@SUM(A1:A2), "quoted"\r\nnext line'],
    ]);
    expect(parseCsv(text)).toEqual([
      ['a', 'b'],
      ["'=1+1", `'@SUM(A1:A2), "quoted"\r\nnext line`],
    ]);
  });

  it('neutralises a glossary definition that starts like a formula', () => {
    const text = exportGlossaryCsv([
      {
        id: 'x',
        source: 'editorial',
        note: undefined,
        zh: '甲',
        en: 'A',
        spellings: { zh: ['甲'], en: ['A'] },
        definition: { en: '<p>=cmd|’ /C calc’!A0</p>', zh: '<p>-2+3</p>' },
      } as Parameters<typeof exportGlossaryCsv>[0][number],
    ]);
    const [, row] = parseCsv(text) as string[][];
    expect(row![5]).toBe("'=cmd|’ /C calc’!A0");
    expect(row![6]).toBe("'-2+3");
  });
});
