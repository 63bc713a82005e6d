import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import * as importModule from '../../src/lib/interchange/import-xliff';
import * as xliffModule from '../../src/lib/interchange/xliff';
import { validateXml } from '../support/xml-schemas';

const { importXliff } = importModule;
const { exportXliff } = xliffModule;

let root: string;
let xliff: string;

/** Every file of the content copy, for "nothing was written" checks. */
async function snapshot(): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const lang of ['zh', 'en']) {
    const dir = path.join(root, 'report', lang);
    for (const name of await readdir(dir)) out[`${lang}/${name}`] = await readFile(path.join(dir, name), 'utf8');
  }
  return out;
}

/** Imports the XLIFF text into the content copy and writes what the import returns, as the CLI does. */
async function importAndWrite(xml: string) {
  const result = await importXliff(xml, root);
  for (const [file, text] of result.files) await writeFile(file, text);
  return result;
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'xliff-test-'));
  await cp('content', root, { recursive: true });
  xliff = exportXliff((await loadSiteContent(root)).parts);
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('XLIFF round trip', () => {
  it('exposes export, read and import', () => {
    expect(Object.keys(xliffModule)).toEqual(
      expect.arrayContaining(['exportXliff', 'readXliff', 'XLIFF_NAMESPACE', 'markdownOf', 'statusOf']),
    );
    expect(Object.keys(importModule)).toEqual(['importXliff']);
  });

  it('writes one unit per block and one segment per sentence pair, valid against the OASIS schema', async () => {
    const { parts } = await loadSiteContent(root);
    const blocks = parts.flatMap((part) => part.blocks);
    expect(xliff.match(/<unit /g)).toHaveLength(blocks.length);
    expect(xliff.match(/<segment /g)).toHaveLength(blocks.reduce((n, b) => n + b.zh.segments.length, 0));
    expect(xliff).toContain('<xliff version="2.1" srcLang="zh-CN" trgLang="en"');
    // The bold lead travels as codes with the original Markdown, not as stars in the text.
    expect(xliff).toContain('<data id="d1">**</data>');
    expect(xliff).toMatch(/<target><ph id="c1" dataRef="d1"\/>Implement the "No\. 1 Project"/);
    const file = path.join(root, 'report.xlf');
    await writeFile(file, xliff);
    const { valid, output } = validateXml(file, 'xliff');
    expect(valid, output).toBe(true);
  });

  it('changes nothing when the exported file comes back untouched', async () => {
    const before = await snapshot();
    const { files, problems, updates } = await importAndWrite(xliff);
    expect(problems).toEqual([]);
    expect(updates).toEqual([]);
    expect(files.size).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it('writes back only the sentence the translator changed, and the new state as the status', async () => {
    const before = await snapshot();
    const edited = xliff
      .replace('Benchmark fully against the Greater Bay Area', 'Benchmark ourselves fully against the Greater Bay Area')
      .replace(
        /(<unit id="two-way-opening"[\s\S]*?)state="translated"/,
        (_, head: string) => `${head}state="reviewed"`,
      );
    const { problems, updates } = await importAndWrite(edited);
    expect(problems).toEqual([]);
    // One segment of two-way-opening marked reviewed: a paragraph is as far along as its least advanced sentence.
    expect(updates.map((u) => u.block.id)).toEqual(['business-environment']);
    const after = await snapshot();
    for (const name of Object.keys(before).filter((n) => n !== 'en/part-3.md')) expect(after[name]).toBe(before[name]);
    const diff = lineDiff(before['en/part-3.md']!, after['en/part-3.md']!);
    expect(diff).toEqual([
      [
        before['en/part-3.md']!.split('\n').find((l) => l.includes('Benchmark fully'))!,
        before['en/part-3.md']!.split('\n')
          .find((l) => l.includes('Benchmark fully'))!
          .replace('Benchmark fully', 'Benchmark ourselves fully'),
      ],
    ]);
    expect(after['en/part-3.md']).toContain('{#two-way-opening}');
    const allReviewed = xliff.replace(/(<unit id="two-way-opening"[\s\S]*?<\/unit>)/, (unit: string) =>
      unit.replace(/state="translated"/g, 'state="reviewed"'),
    );
    expect((await importAndWrite(allReviewed)).problems).toEqual([]);
    expect(await readFile(path.join(root, 'report/en/part-3.md'), 'utf8')).toContain(
      '{#two-way-opening status=reviewed}',
    );
  });

  it('adds the alignment markers a resegmented translation needs', async () => {
    // Segment 2 of business-environment rendered as two sentences; segment 3 ended without a full stop.
    const edited = xliff
      .replace(
        'Benchmark fully against the Greater Bay Area and make the "Get It Done Well in Gan" brand well known.',
        'Benchmark fully against the Greater Bay Area. Make the "Get It Done Well in Gan" brand well known.',
      )
      .replace('"within the province" and "across provinces".', '"within the province" and "across provinces";');
    const { problems } = await importAndWrite(edited);
    expect(problems).toEqual([]);
    const text = await readFile(path.join(root, 'report/en/part-3.md'), 'utf8');
    expect(text).toContain('Benchmark fully against the Greater Bay Area. {+}Make the');
    expect(text).toContain('"across provinces"; {/}Build the');
    const { parts, diagnostics } = await loadSiteContent(root);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const block = parts.find((p) => p.slug === 'part-3')!.blocks.find((b) => b.id === 'business-environment')!;
    expect(block.en.segments[1]).toBe(
      'Benchmark fully against the Greater Bay Area. Make the "Get It Done Well in Gan" brand well known.',
    );
  });
});

describe('XLIFF import refuses a bad file and writes nothing', () => {
  const refused = async (xml: string) => {
    const before = await snapshot();
    const { problems, files } = await importAndWrite(xml);
    expect(files.size).toBe(0);
    expect(await snapshot()).toEqual(before);
    return problems.map((p) => [p.unit, p.segment, p.message].filter(Boolean).join(' | '));
  };

  it('malformed XML, with the line', async () => {
    const problems = await refused(xliff.replace('</unit>', '</unt>'));
    expect(problems[0]).toMatch(/^Not well-formed XML: .*unt/);
  });

  it('a file that is not XLIFF 2', async () => {
    const problems = await refused(
      '<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>',
    );
    expect(problems).toEqual([expect.stringMatching(/^Not an XLIFF 2\.x file: .*version "1\.2"/)]);
  });

  it('a stale file whose source no longer matches the Chinese', async () => {
    const problems = await refused(xliff.replace('全面对标大湾区', '对标大湾区'));
    expect(problems).toEqual([
      expect.stringMatching(
        /^business-environment \| 2 \| The source no longer matches the Chinese: the file is stale/,
      ),
    ]);
  });

  it('unknown and missing units and segments', async () => {
    const problems = await refused(
      xliff
        .replace('<unit id="business-environment"', '<unit id="business-environmnet"')
        .replace(/(<unit id="digital-economy"[\s\S]*?)<segment id="2"/, (_, head: string) => `${head}<segment id="7"`),
    );
    expect(problems.sort()).toEqual([
      'business-environment | Missing unit: part "part-3" has a block "business-environment"',
      'business-environmnet | Unknown unit: part "part-3" has no block "business-environmnet"',
      expect.stringMatching(/^digital-economy \| 2 \| Missing segment 2 of 2/),
      'digital-economy | 7 | Unknown segment: block "digital-economy" has sentences 1 to 2',
    ]);
  });

  it('an empty target, and a target that would break a content rule', async () => {
    const problems = await refused(
      xliff
        .replace('<target>Build a new highland', '<target>Build a new heartland')
        .replace(
          /(<unit id="innovation-collaboration"[\s\S]*?<segment id="3"[\s\S]*?)over 2,000/,
          (_, head: string) => `${head}over 3,000`,
        )
        .replace(
          /(<unit id="digital-economy"[\s\S]*?<segment id="1"[\s\S]*?)<target>[\s\S]*?<\/target>/,
          (_, head: string) => `${head}<target> </target>`,
        ),
    );
    expect(problems).toEqual(['digital-economy | 1 | The segment has no target: every sentence needs its English']);
    const figures = await refused(
      xliff.replace(
        /(<unit id="innovation-collaboration"[\s\S]*?)over 2,000/,
        (_, head: string) => `${head}over 3,000`,
      ),
    );
    expect(figures).toEqual([
      expect.stringMatching(
        /^The result would break a content rule: .*report\/en\/part-2\.md:\d+:\d+  error  .*2000.*\[figures\]/,
      ),
    ]);
  });

  it('from the command line: one line per problem, exit code 1, nothing written', async () => {
    const file = path.join(root, 'stale.xlf');
    await writeFile(file, xliff.replace('全面对标大湾区', '对标大湾区'));
    const before = await snapshot();
    const result = spawnSync('npx', ['tsx', 'scripts/xliff.ts', 'import', file, '--dir', root], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stale\.xlf:\d+  unit business-environment  segment 2  The source no longer matches/);
    expect(result.stderr).toContain('nothing was written');
    expect(await snapshot()).toEqual(before);
  });
});

/** The lines that differ between two texts of the same line count, as [before, after] pairs. */
function lineDiff(a: string, b: string): [string, string][] {
  const left = a.split('\n');
  const right = b.split('\n');
  expect(right).toHaveLength(left.length);
  return left.flatMap((line, i) => (line === right[i] ? [] : [[line, right[i]!] as [string, string]]));
}

describe('segment sources: each sentence found in its Markdown', () => {
  it('splits the Markdown into text and syntax, with escapes, references and markers as syntax', async () => {
    const { parseReportFile } = await import('../../src/content/parse-report-file');
    const markdown =
      '---\npart: 1\ntitle: T\n---\n\n{#a}\n**Lead.** Costs of R\\&D rose &amp; fell. {+}Then 5&nbsp;%, {/}and more.\n';
    const { blocks, diagnostics } = await parseReportFile('a.md', markdown, { language: 'en' });
    expect(diagnostics).toEqual([]);
    const [block] = blocks;
    expect(block!.segments).toEqual(['Lead.', 'Costs of R&D rose & fell. Then 5\u00a0%,', 'and more.']);
    const segments = block!.source!.segments;
    expect(segments.map((s) => markdown.slice(s.start, s.end))).toEqual([
      '**Lead.**',
      'Costs of R\\&D rose &amp; fell. {+}Then 5&nbsp;%,',
      '{/}and more.',
    ]);
    expect(segments[1]!.pieces).toEqual([
      { text: 'Costs of R' },
      { code: '\\' },
      { text: '&D rose ' },
      { code: '&amp;' },
      { text: ' fell. ' },
      { code: '{+}' },
      { text: 'Then 5' },
      { code: '&nbsp;' },
      { text: '%,' },
    ]);
    expect(segments.map((s) => `${s.line}:${s.column}`)).toEqual(['7:1', '7:11', '7:60']);
  });
});
