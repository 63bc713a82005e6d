import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content';
import { formatDiagnostic } from '../../src/content/diagnostics';
import { loadReviewedWords } from '../../src/content/load-reviewed-words';
import { glossaryIdOf } from '../../src/content/rules/official-notes';
import { chineseFigures, comparableFigures, englishFigures } from '../../src/language/figures/read-figures';
import { expectFixture } from '../support/fixtures';

const FIXTURES = 'tests/fixtures/check';

// Each folder is a small content root (report/, glossary/, reference/) broken in one way; its name is the rule
// that must catch it, and messages.txt is every problem the checker prints for it.
describe('content rules catch their broken fixture, naming file and line', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const { diagnostics } = await checkContent(dir);
      const actual = diagnostics.map(formatDiagnostic).join('\n') + '\n';
      expectFixture(path.join(dir, 'messages.txt'), actual);
      if (name === 'valid') {
        expect(diagnostics).toEqual([]);
      } else {
        const caught = diagnostics.filter((d) => d.ruleId === name);
        expect(caught.length, `rule ${name}`).toBeGreaterThan(0);
        for (const d of caught)
          expect(formatDiagnostic(d)).toMatch(new RegExp(`^${dir}/\\S+:\\d+:\\d+  (error|warning)  `));
      }
    });
  }

  it('treats terminology as a warning, and as an error with strict', async () => {
    const loose = await checkContent(path.join(FIXTURES, 'terminology'));
    const strict = await checkContent(path.join(FIXTURES, 'terminology'), { strict: true });
    expect(loose.diagnostics.map((d) => d.severity)).toEqual(['warning']);
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error']);
  });

  it('treats an unsettled pinyin reading as a warning, and as an error with strict', async () => {
    const loose = await checkContent(path.join(FIXTURES, 'pinyin-crosscheck'));
    const strict = await checkContent(path.join(FIXTURES, 'pinyin-crosscheck'), { strict: true });
    expect(loose.diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(strict.diagnostics.map((d) => d.severity)).toEqual(['error', 'error']);
  });
});

/** A copy of a check fixture that a test may change: `files` are written into it, paths relative to its root. */
function fixtureCopy(name: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), `check-${name}-`));
  cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('anchors and aliases in content YAML: refused at their line, never expanded', () => {
  // Nine anchors, each a list of nine aliases of the one before: 9^9 strings once expanded.
  const bomb = (indent: string) =>
    [`${indent}l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]`]
      .concat(
        Array.from({ length: 8 }, (_, i) => `${indent}l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`),
      )
      .join('\n');
  // A glossary entry as a translator might shorten it: 150 aliases of one anchor.
  const glossary150 = `source: official\nnote: 1\nzh: &z 三线一单\nen: three lines and one list\nforms: [${Array(150).fill('*z').join(', ')}]\n`;
  const part1 = readFileSync(path.join(FIXTURES, 'valid/report/zh/part-1.md'), 'utf8');
  // Reviews the figure schema takes, with 150 aliases: `yaml` would refuse to expand them.
  const reviews150 = `first:\n  13.6万户: &r { kind: target }\n${Array.from({ length: 150 }, (_, i) => `b${i}:\n  x: *r`).join('\n')}\n`;
  // A bomb the figure schema takes, read with its aliases as shared references: the reviews of every block are one
  // map of 200 reviews, each with one list of 200 qualifiers; a walk over the data visits 200 × 200 × 200 qualifiers.
  const schemaBomb = [
    'b0: &m',
    `  k0: &r { qualifiers: &q [${Array(200).fill('over').join(', ')}] }`,
    ...Array.from({ length: 199 }, (_, i) => `  k${i + 1}: *r`),
    ...Array.from({ length: 199 }, (_, i) => `b${i + 1}: *m`),
  ].join('\n');
  const cases: [string, string, string, string, number][] = [
    [
      'a glossary file with 150 aliases',
      'glossary/san-xian-yi-dan.yaml',
      glossary150,
      'glossary/san-xian-yi-dan.yaml:3:5  error  Anchor "&z": content YAML takes no anchors  [glossary-yaml]',
      151,
    ],
    [
      'a YAML bomb in a glossary file',
      'glossary/san-xian-yi-dan.yaml',
      `source: official\nnote: 1\nzh: 三线一单\nen: three lines and one list\n${bomb('')}\n`,
      'glossary/san-xian-yi-dan.yaml:5:5  error  Anchor "&l0": content YAML takes no anchors  [glossary-yaml]',
      81,
    ],
    [
      'the figure reviews with 150 aliases',
      'figures/reviewed.yaml',
      reviews150,
      'figures/reviewed.yaml:2:11  error  Anchor "&r": content YAML takes no anchors  [figure-review]',
      151,
    ],
    [
      'a YAML bomb in the figure reviews',
      'figures/reviewed.yaml',
      `${bomb('')}\n`,
      'figures/reviewed.yaml:1:5  error  Anchor "&l0": content YAML takes no anchors  [figure-review]',
      81,
    ],
    [
      'a YAML bomb the figure schema takes',
      'figures/reviewed.yaml',
      `${schemaBomb}\n`,
      'figures/reviewed.yaml:1:5  error  Anchor "&m": content YAML takes no anchors  [figure-review]',
      401,
    ],
    [
      'a frontmatter with 150 aliases',
      'report/zh/part-1.md',
      part1.replace('title: 测试部分\n', `title: &t 测试部分\nx: [${Array(150).fill('*t').join(', ')}]\n`),
      'report/zh/part-1.md:4:8  error  Frontmatter: Anchor "&t": content YAML takes no anchors  [frontmatter]',
      151,
    ],
    [
      'a YAML bomb in a frontmatter',
      'report/zh/part-1.md',
      part1.replace('title: 测试部分\n', `title: 测试部分\n${bomb('')}\n`),
      'report/zh/part-1.md:5:5  error  Frontmatter: Anchor "&l0": content YAML takes no anchors  [frontmatter]',
      81,
    ],
  ];
  it.each(cases)('%s', async (_, file, text, first, count) => {
    const dir = fixtureCopy('valid', { [file]: text });
    const { diagnostics } = await checkContent(dir, { cwd: dir });
    const refused = diagnostics.filter((d) => d.file === file && /^(Frontmatter: )?(Anchor|Alias) /.test(d.message));
    expect(refused.length).toBe(count);
    expect(formatDiagnostic(refused[0]!).split('\n')[0]).toBe(first);
    expect(refused[0]!.hint).toMatch(/^Remove "&\w+", and write its value out in full wherever "\*\w+" stands\.$/);
    expect(formatDiagnostic(refused[1]!)).toMatch(
      /^\S+:\d+:\d+  error  (Frontmatter: )?(Anchor|Alias) "[&*]\w+".*\n    hint: /,
    );
    // Each at the place its & or * is written.
    const lines = text.split('\n');
    for (const d of refused) {
      const name = /"([&*]\w+)"/.exec(d.message)![1]!;
      expect(lines[d.line - 1]!.slice(d.column - 1).startsWith(name), `${d.line}:${d.column} ${name}`).toBe(true);
    }
    rmSync(dir, { recursive: true, force: true });
  });
});

// A paragraph of 700 KB (240,000 characters) goes through every rule, the pinyin rule's word segmentation
// included (the fixture's readings do not settle 中), and the check says what is wrong with it: the text differs
// from the reference, and the reviewed phrase 占比 no longer occurs.
it('checks a 700 KB paragraph, and says what is wrong with it', async () => {
  const valid = path.join(FIXTURES, 'valid');
  const zh = readFileSync(path.join(valid, 'report/zh/part-1.md'), 'utf8');
  const en = readFileSync(path.join(valid, 'report/en/part-1.md'), 'utf8');
  const dir = fixtureCopy('valid', {
    'report/zh/part-1.md': zh.replace(/(\*\*第一段。\*\*).*(坚决执行)/, `$1${'中'.repeat(240_000)}。$2`),
    'report/en/part-1.md': en.replace(/(\*\*The first paragraph\.\*\*).*(Resolutely)/, '$1 The middle. $2'),
  });
  const { diagnostics } = await checkContent(dir, { cwd: dir });
  expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.ruleId}`)).toEqual([
    './reading/segmentation.tsv:2:1 warning segmentation-unused',
    'report/zh/part-1.md:10:1 error reference-text',
  ]);
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

describe('official notes', () => {
  // The hint for a missing entry names the file to create as the glossary names its files.
  it.each([
    ['三线一单', 'san-xian-yi-dan'],
    ['《若干意见》', 'ruo-gan-yi-jian'],
    ['“5020”项目', 'wu-ling-er-ling-xiang-mu'],
    ['“1+5+N”产业集群', 'yi-jia-wu-jia-n-chan-ye-ji-qun'],
    ['一核、十廊、多点', 'yi-he-shi-lang-duo-dian'],
    ['绿色GDP', 'lv-se-gdp'],
    // 长 of a chief is zhǎng by a reviewed word (content/reading/words.tsv), not pinyin-pro's cháng.
    ['林长制', 'lin-zhang-zhi'],
  ])('names the glossary file of %s %s.yaml', (term, id) => {
    expect(glossaryIdOf(term, loadReviewedWords('content').words)).toBe(id);
  });
});

describe('figures', () => {
  it('reads 万, 亿 and 万亿 in Chinese and million, billion and trillion in English', () => {
    const values = (figures: { value: number; percent: boolean }[]) =>
      figures.map((f) => `${f.value}${f.percent ? '%' : ''}`);
    expect(
      values(comparableFigures(chineseFigures('突破2000家、达45%以上、2.5%、13.6万户、52亿斤、1万亿元、每月1-25日'))),
    ).toEqual(['2000', '45%', '2.5%', '136000', '5200000000', '1000000000000', '1', '25']);
    expect(
      values(
        englishFigures(
          'over 2,000, over 45%, 2.5%, 136,000 households, 5.2 billion jin, 1 trillion yuan, the 1st to the 25th',
        ),
      ),
    ).toEqual(['2000', '45%', '2.5%', '136000', '5200000000', '1000000000000', '1', '25']);
  });
});
