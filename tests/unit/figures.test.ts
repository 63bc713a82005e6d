import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { writeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus';
import { reviewedFiguresSchema } from '../../src/content/figure-schema';
import { quickReviews } from '../../src/content/load-figures';
import * as reader from '../../src/lib/figures/read-figures';
import { occurrenceAt, wholeFigure } from '../../src/lib/figures/whole-figure';
import { MULTIPLIERS, PERCENT, UNITS, UNIT_FAMILIES, toMetric, unitAt } from '../../src/lib/figures/units';
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
    expect(unitAt('2500平方公里', 4)?.en).toBe('square kilometres');
    expect(unitAt('8公里', 1)?.en).toBe('kilometres');
    expect(unitAt('5A级', 1)?.name?.('5')).toBe('5A-level');
  });

  it('converts mu to hectares (1/15) and jin to tonnes (0.5 kg)', () => {
    expect(toMetric(150, unitAt('亩', 0))).toEqual({ value: 10, en: 'hectares' });
    expect(toMetric(5.2e9, unitAt('斤', 0))).toEqual({ value: 2.6e6, en: 'tonnes' });
    expect(toMetric(600, unitAt('公顷', 0))).toBeUndefined();
  });

  it('writes names as English writes them', () => {
    expect(unitAt('国道', 0)!.name!('206')).toBe('National Highway 206');
    expect(unitAt('型', 0)!.name!('1')).toBe('Type I');
    expect(unitAt('号', 0)!.name!('21')).toBe('No. 21');
    expect(unitAt('G', 0)!.name!('5')).toBe('5G');
  });
});

describe('the reviewed figures file', () => {
  // js-yaml's reading is taken only where it is `yaml`'s: anything else must be left to `yaml`, which reports it.
  const byYaml = (source: string) => {
    const doc = parseDocument(source);
    if (doc.errors.length) return undefined;
    const parsed = reviewedFiguresSchema.safeParse(doc.toJS() ?? {});
    return parsed.success ? parsed.data : undefined;
  };
  const entry = (value: string) => `b:\n  100个: ${value}\n`;
  const TAKEN = ['plain words', 'escapes in double quotes', 'a block mapping', 'a literal block', 'a numeric key'];

  it('is read by js-yaml as `yaml` reads it: the content’s file and the 50× corpus’s', async () => {
    const dir = path.join(tmpdir(), 'reader-figures-corpus');
    await writeSyntheticCorpus('content', dir, 3);
    for (const file of ['content/figures/reviewed.yaml', path.join(dir, 'figures/reviewed.yaml')]) {
      const source = readFileSync(file, 'utf8');
      expect(quickReviews(source), file).toBeDefined();
      expect(quickReviews(source), file).toEqual(byYaml(source));
    }
  });

  // js-yaml gives an alias of a collection as a shared reference, which the schema would walk once per path.
  it('leaves a text with an anchor or an alias to `yaml`, which refuses them', () => {
    expect(quickReviews('b:\n  100个: &r { kind: name }\n  200个: *r\n')).toBeUndefined();
    expect(quickReviews('b:\n  100个: { kind: name, note: "R&D" }\n')).toBeUndefined();
  });

  it.each([
    ['plain words', entry('{ unit: high-tech enterprises }')],
    ['quotes inside single quotes', entry(`{ kind: name, display: '"5G + industrial internet"' }`)],
    ['a doubled single quote', entry(`{ unit: 'the city''s parks' }`)],
    ['escapes in double quotes', entry('{ unit: "a\\tb \\u4e00 \\x41 \\" \\\\" }')],
    ['a block mapping', 'b:\n  100个:\n    kind: name\n    display: >-\n      folded\n      text\n'],
    ['a literal block', 'b:\n  100个:\n    note: |\n      one\n      two\n'],
    ['a multi-line plain scalar', 'b:\n  100个:\n    note: one\n      two\n'],
    ['a comment after a value', entry('{ unit: parks } # a comment')],
    ['a hash inside a word', entry('{ unit: parks#2 }')],
    ['a quoted key', "b:\n  '5020': { kind: name }\n"],
    ['a numeric key', 'b:\n  5020: { kind: name }\n'],
    ['a float key', 'b:\n  1e3: { kind: name }\n'],
    ['an octal key', 'b:\n  0o14: { kind: name }\n'],
    ['a key with underscores', 'b:\n  1_000: { kind: name }\n'],
    ['a null block', 'b:\n'],
    ['an empty review', entry('{}')],
    ['a null review', entry('~')],
    ['a number as unit', entry('{ unit: 1_000 }')],
    ['a date as unit', entry('{ unit: 2012-01-01 }')],
    ['yes as unit', entry('{ unit: yes }')],
    ['true as unit', entry('{ unit: true }')],
    ['a list of qualifiers', entry('{ qualifiers: [target, over] }')],
    ['a list in block style', 'b:\n  100个:\n    qualifiers:\n      - target\n      - over\n'],
    ['an unknown key', entry('{ colour: red }')],
    ['an unknown kind', entry('{ kind: guess }')],
    ['a duplicate key', 'b:\n  100个: { kind: name }\n  100个: { kind: fact }\n'],
    ['a duplicate block', 'b:\n  100个: { kind: name }\nb:\n  200个: { kind: fact }\n'],
    ['a tab for indentation', 'b:\n\t100个: { kind: name }\n'],
    ['an anchor and an alias', 'b:\n  100个: &r { kind: name }\n  200个: *r\n'],
    ['a merge key', 'b:\n  100个: { kind: name }\n  200个: { <<: { kind: fact } }\n'],
    ['a tag', entry('!!map { kind: name }')],
    ['an unknown tag', entry('!thing { kind: name }')],
    ['two documents', 'b:\n  100个: { kind: name }\n---\nc:\n  1个: { kind: fact }\n'],
    ['a document end', 'b:\n  100个: { kind: name }\n...\n'],
    ['a directive', '%YAML 1.2\n---\nb:\n  100个: { kind: name }\n'],
    ['an unclosed flow map', entry('{ kind: name')],
    ['a colon in a plain value', entry('{ note: see: this }')],
    ['a value that runs on', entry('{ unit: parks } more')],
    ['only comments', '# nothing yet\n'],
    ['a byte-order mark', '\uFEFFb:\n  100个: { kind: name }\n'],
    ['CRLF line endings', 'b:\r\n  100个: { unit: parks }\r\n'],
    ['a non-breaking space in a value', entry('{ unit: a\u00a0b }')],
    ['trailing spaces in a quoted value', entry(`{ unit: 'parks  ' }`)],
  ])('is read as `yaml` reads it, or left to `yaml`: %s', (what, source) => {
    const quick = quickReviews(source);
    if (quick !== undefined) expect(quick).toEqual(byYaml(source));
    // Well-formed YAML of every style is taken, not only the file's own.
    if (TAKEN.includes(what)) expect(quick).toBeDefined();
  });
});
