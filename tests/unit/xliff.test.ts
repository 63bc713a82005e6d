import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import * as importModule from '../../src/features/interchange/import-xliff';
import * as xliffModule from '../../src/features/interchange/xliff';
import {
  editTargets,
  importAndWrite,
  lineDiff,
  EXPORTED,
  FIXED,
  fixAfterExport,
  lineAt,
  part3,
  problemsOf,
  root,
  snapshot,
  useReportCopy,
  xliff,
} from '../support/xliff-round-trip';

const { importXliff } = importModule;
const { exportXliff } = xliffModule;

useReportCopy();

describe('XLIFF round trip', () => {
  it('exposes export, read and import', () => {
    expect(Object.keys(xliffModule)).toEqual(
      expect.arrayContaining(['exportXliff', 'readXliff', 'XLIFF_NAMESPACE', 'markdownOf']),
    );
    expect(Object.keys(importModule)).toEqual(['importXliff']);
  });

  it('writes one unit per block and one segment per sentence pair', async () => {
    const { parts } = await loadSiteContent(root);
    const blocks = parts.flatMap((part) => part.blocks);
    expect(xliff.match(/<unit /g)).toHaveLength(blocks.length);
    expect(xliff.match(/<segment /g)).toHaveLength(blocks.reduce((n, b) => n + b.zh.segments.length, 0));
    expect(xliff).toContain('<xliff version="2.1" srcLang="zh-CN" trgLang="en"');
    // The bold lead travels as codes with the original Markdown, not as stars in the text.
    expect(xliff).toContain('<data id="d1">**</data>');
    expect(xliff).toMatch(/<target><ph id="c1" dataRef="d1"\/>Implement the "No\. 1 Project"/);
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
    const edited = editTargets(xliff, (target) =>
      target.replace(
        'Benchmark fully against the Greater Bay Area',
        'Benchmark ourselves fully against the Greater Bay Area',
      ),
    ).replace(/(<unit id="two-way-opening"[\s\S]*?)state="translated"/, (_, head: string) => `${head}state="reviewed"`);
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
    // The same file, worked on further: what it records of the export still holds.
    const allReviewed = edited.replace(/(<unit id="two-way-opening"[\s\S]*?<\/unit>)/, (unit: string) =>
      unit.replace(/state="translated"/g, 'state="reviewed"'),
    );
    expect((await importAndWrite(allReviewed)).problems).toEqual([]);
    expect(await readFile(path.join(root, 'report/en/part-3.md'), 'utf8')).toContain(
      '{#two-way-opening status=reviewed}',
    );
  });

  it('adds the alignment markers a resegmented translation needs', async () => {
    // Segment 2 of business-environment rendered as two sentences; segment 3 ended without a full stop.
    const edited = editTargets(xliff, (target) =>
      target
        .replace(
          'Benchmark fully against the Greater Bay Area and make the "Get It Done Well in Gan" brand well known.',
          'Benchmark fully against the Greater Bay Area. Make the "Get It Done Well in Gan" brand well known.',
        )
        .replace('"within the province" and "across provinces".', '"within the province" and "across provinces";'),
    );
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
  const refused = async (xml: string) =>
    (await problemsOf(xml)).map((p) => [p.unit, p.segment, p.message].filter(Boolean).join(' | '));

  it('malformed XML, with the line', async () => {
    const problems = await refused(xliff.replace('</unit>', '</unt>'));
    expect(problems[0]).toMatch(/^Not well-formed XML: .*unt/);
  });

  it('a file that is neither XLIFF 2 nor XLIFF 1.2', async () => {
    const problems = await refused(
      '<?xml version="1.0"?><xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1"><file/></xliff>',
    );
    expect(problems).toEqual([expect.stringMatching(/^Not an XLIFF 2\.x or 1\.2 file: .*version "1\.1"/)]);
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
        /(<unit id="innovation-collaboration"[\s\S]*?<target>[\s\S]*?)over 2,000/,
        (_, head: string) => `${head}over 3,000`,
      ),
    );
    expect(figures).toEqual([
      expect.stringMatching(
        /^The result would break a content rule: .*report\/en\/part-2\.md:\d+:\d+  error  .*2000.*\[figures\]/,
      ),
    ]);
  });
});

/** The target of one segment of one unit replaced by `content`. */
const withTarget = (xml: string, unit: string, segment: number, content: string) =>
  xml.replace(
    new RegExp(`(<unit id="${unit}"[\\s\\S]*?<segment id="${segment}"[\\s\\S]*?<target>)[\\s\\S]*?(</target>)`),
    (_, head: string, tail: string) => `${head}${content}${tail}`,
  );

describe('XLIFF import: changes made to the content since the export', () => {
  it('records, in each unit, the English and the state it exported', () => {
    expect(xliff).toContain('xmlns:mda="urn:oasis:names:tc:xliff:metadata:2.0"');
    expect(xliff).toMatch(
      new RegExp(
        `<unit id="business-environment" canResegment="no">\\s*<mda:metadata>\\s*<mda:metaGroup category="exported">\\s*<mda:meta type="state">translated</mda:meta>\\s*<mda:meta type="target-1">\\*\\*Implement the "No\\. 1 Project" for improving the business environment\\.\\*\\*</mda:meta>\\s*<mda:meta type="target-2">${EXPORTED.replace(/[.*"]/g, '\\$&')}</mda:meta>`,
      ),
    );
  });

  it('a stale file that would bring old English back: each conflict with its three texts, nothing written', async () => {
    await fixAfterExport();
    const before = await snapshot();
    const { problems, files, updates } = await importAndWrite(xliff);
    expect(files.size).toBe(0);
    expect(updates).toEqual([]);
    expect(await snapshot()).toEqual(before);
    expect(problems).toEqual([
      {
        line: lineAt(xliff, /<unit id="business-environment"/),
        unit: 'business-environment',
        message: expect.stringMatching(
          /^Conflict: the status was changed in .*report\/en\/part-3\.md:13 since the export, and the file still has the old one$/,
        ),
        texts: { exported: 'translated', current: 'reviewed', incoming: 'translated' },
      },
      {
        line: lineAt(xliff, /<unit id="business-environment"[\s\S]*?<segment id="2"/),
        unit: 'business-environment',
        segment: '2',
        message: expect.stringMatching(
          /^Conflict: the English was changed in .*report\/en\/part-3\.md:14 since the export, and the file still has the old text$/,
        ),
        texts: { exported: EXPORTED, current: FIXED, incoming: EXPORTED },
      },
    ]);
  });

  it('--theirs takes the file’s text and status, and says which status it lowers', async () => {
    const original = await readFile(part3(), 'utf8');
    await fixAfterExport();
    const { problems, lowered } = await importXliff(xliff, root, { resolve: 'theirs' }).then(async (result) => {
      for (const [file, text] of result.files) await writeFile(file, text);
      return result;
    });
    expect(problems).toEqual([]);
    expect(lowered).toEqual([{ part: 'part-3', block: 'business-environment', from: 'reviewed', to: 'translated' }]);
    expect(await readFile(part3(), 'utf8')).toBe(original);
  });

  it('--ours keeps the content’s text and status, and takes the rest of the file', async () => {
    await fixAfterExport();
    const fixed = await readFile(part3(), 'utf8');
    const edited = editTargets(xliff, (target) =>
      target.replace('Apply the open competition', 'Use the open competition'),
    );
    const result = await importXliff(edited, root, { resolve: 'ours' });
    for (const [file, text] of result.files) await writeFile(file, text);
    expect(result.problems).toEqual([]);
    expect(result.lowered).toEqual([]);
    expect(result.updates.map((u) => u.block.id)).toEqual(['innovation-collaboration']);
    expect(await readFile(part3(), 'utf8')).toBe(fixed);
    expect(await readFile(path.join(root, 'report/en/part-2.md'), 'utf8')).toContain('Use the open competition');
  });

  it('a status the file lowers, with no conflict, is listed', async () => {
    await writeFile(
      part3(),
      (await readFile(part3(), 'utf8')).replace('{#business-environment}', '{#business-environment status=reviewed}'),
    );
    const exported = exportXliff((await loadSiteContent(root)).parts);
    const lowering = exported.replace(/(<unit id="business-environment"[\s\S]*?<\/unit>)/, (unit: string) =>
      unit.replace(/state="reviewed"/g, 'state="translated"'),
    );
    const { problems, lowered } = await importAndWrite(lowering);
    expect(problems).toEqual([]);
    expect(lowered).toEqual([{ part: 'part-3', block: 'business-environment', from: 'reviewed', to: 'translated' }]);
    expect(await readFile(part3(), 'utf8')).toContain('{#business-environment}\n');
  });

  it('a file without the export record is refused, unless --theirs', async () => {
    const old = xliff.replace(/\s*<mda:metadata>[\s\S]*?<\/mda:metadata>/g, '');
    const before = await snapshot();
    const { problems, files } = await importAndWrite(old);
    expect(files.size).toBe(0);
    expect(problems).toEqual([
      {
        line: 2,
        message: expect.stringMatching(
          /^The file has no export record .* Export again and carry the translation over, or import it anyway with --theirs/,
        ),
      },
    ]);
    expect(await snapshot()).toEqual(before);
    const oneUnit = xliff.replace(
      /(<unit id="digital-economy" canResegment="no">)\s*<mda:metadata>[\s\S]*?<\/mda:metadata>/,
      '$1',
    );
    expect((await importAndWrite(oneUnit)).problems).toEqual([
      {
        line: lineAt(xliff, /<unit id="digital-economy"/),
        unit: 'digital-economy',
        message: expect.stringMatching(/^The unit has no export record\. Export again/),
      },
    ]);
    const theirs = await importXliff(
      editTargets(old, (t) => t.replace('Apply the open', 'Use the open')),
      root,
      {
        resolve: 'theirs',
      },
    );
    expect(theirs.problems).toEqual([]);
    expect(theirs.updates.map((u) => u.block.id)).toEqual(['innovation-collaboration']);
  });
});

describe('XLIFF import reads the file as UTF-8 bytes', () => {
  const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'));
  const refusedWith = async (input: Uint8Array) => {
    const { problems, files } = await importXliff(input, root);
    expect(files.size).toBe(0);
    expect(problems).toHaveLength(1);
    return problems[0]!;
  };
  const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
  const swapped = (data: Uint8Array) => data.map((_, i) => data[i ^ 1]!);
  const utf32le = (text: string) => {
    const out = new Uint8Array([...text].length * 4);
    [...text].forEach((c, i) => new DataView(out.buffer).setUint32(i * 4, c.codePointAt(0)!, true));
    return out;
  };

  it('a UTF-8 byte order mark before <?xml is accepted', async () => {
    const { problems, updates } = await importXliff(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(xliff)]), root);
    expect(problems).toEqual([]);
    expect(updates).toEqual([]);
  });

  it('UTF-16 and UTF-32, with a byte order mark or without, are refused in one line', async () => {
    const SAVE = /, not UTF-8: save it as UTF-8/;
    for (const [input, what] of [
      [utf16le(`\ufeff${xliff}`), 'UTF-16 (little-endian, with a byte order mark)'],
      [swapped(utf16le(`\ufeff${xliff}`)), 'UTF-16 (big-endian, with a byte order mark)'],
      [utf16le(xliff), 'UTF-16 (little-endian)'],
      [swapped(utf16le(xliff)), 'UTF-16 (big-endian)'],
      [utf32le(`\ufeff${xliff}`), 'UTF-32 (little-endian, with a byte order mark)'],
      [utf32le(xliff), 'UTF-32 (little-endian)'],
    ] as const) {
      const problem = await refusedWith(input);
      expect(problem.message.startsWith(`The file is ${what}, not UTF-8`), problem.message).toBe(true);
      expect(problem.message).toMatch(SAVE);
      expect(problem.message).not.toContain('\n');
    }
  });

  it('bytes that are not UTF-8, with their line and column', async () => {
    // "Benchmark fully" with the ü of Latin-1, a byte no UTF-8 text has on its own.
    const at = xliff.indexOf('Benchmark fully') + 'Benchmark f'.length;
    const latin1 = new Uint8Array([...bytes(xliff.slice(0, at)), 0xfc, ...bytes(xliff.slice(at + 1))]);
    const problem = await refusedWith(latin1);
    const line = lineAt(xliff, /Benchmark f/);
    const column = xliff.split('\n')[line - 1]!.indexOf('Benchmark f') + 'Benchmark f'.length + 1;
    expect(problem).toEqual({
      line,
      column,
      message: expect.stringMatching(/^The file is not valid UTF-8 \(byte 0xFC here; .*\): save it as UTF-8/),
    });
  });

  it('a declaration naming another encoding', async () => {
    const problem = await refusedWith(bytes(xliff.replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')));
    expect(problem).toEqual({
      line: 1,
      message: expect.stringMatching(/^The XML declaration says encoding="ISO-8859-1", not UTF-8: save it as UTF-8/),
    });
  });
});

describe('XLIFF import: XML and inline markup it refuses, with the line', () => {
  it('an XML error names its line and column', async () => {
    const broken = xliff.replace('</unit>', '</unt>');
    const line = lineAt(broken, /<\/unt>/);
    expect(await problemsOf(broken)).toEqual([
      { line, column: 5, message: 'Not well-formed XML: Opening and ending tag mismatch: "unit" != "unt"' },
    ]);
    const twice = xliff.replace('<segment id="1" state="translated">', '<segment id="1" id="2">');
    expect(await problemsOf(twice)).toEqual([
      { line: lineAt(twice, /<segment id="1" id/), column: 7, message: 'Not well-formed XML: Attribute id redefined' },
    ]);
  });

  it('a DOCTYPE, with or without entities', async () => {
    for (const doctype of ['<!DOCTYPE xliff>', '<!DOCTYPE xliff [<!ENTITY big "big">]>'])
      expect(await problemsOf(xliff.replace('<xliff ', `${doctype}\n<xliff `))).toEqual([
        { line: 2, column: 1, message: expect.stringMatching(/^Not well-formed XML: A DOCTYPE is not allowed/) },
      ]);
  });

  it('a <cp> that is no character; one that is takes its place', async () => {
    const line = lineAt(xliff, /<unit id="digital-economy"[\s\S]*?<segment id="1"[\s\S]*?<target>/);
    for (const hex of ['110000', '-1', 'D800', 'DFFF', '1234567', '', '4G', '0x41'])
      expect(await problemsOf(withTarget(xliff, 'digital-economy', 1, `Go<cp hex="${hex}"/>`))).toEqual([
        {
          line,
          unit: 'digital-economy',
          segment: '1',
          message: `<cp hex="${hex}"> is no character: hex must be a Unicode code point, 1 to 6 hex digits from 0 to 10FFFF, not a surrogate (D800 to DFFF)`,
        },
      ]);
    const { problems, updates } = await importAndWrite(
      editTargets(xliff, (target) => target.replace('R&amp;D activities', 'R<cp hex="26"/>D activities')),
    );
    expect(problems).toEqual([]);
    expect(updates).toEqual([]);
  });

  it('inline elements nested deeper than 32, even 10,000 deep, without a crash', async () => {
    const nested = (depth: number, text: string) =>
      `${'<mrk id="m" type="term">'.repeat(depth)}${text}${'</mrk>'.repeat(depth)}`;
    const target = /<unit id="digital-economy"[\s\S]*?<segment id="1"[\s\S]*?<target>([\s\S]*?)<\/target>/.exec(
      xliff,
    )![1]!;
    const { problems, updates } = await importAndWrite(withTarget(xliff, 'digital-economy', 1, nested(32, target)));
    expect(problems).toEqual([]);
    expect(updates).toEqual([]);
    const line = lineAt(xliff, /<unit id="digital-economy"[\s\S]*?<segment id="1"[\s\S]*?<target>/);
    for (const depth of [33, 10_000])
      expect(await problemsOf(withTarget(xliff, 'digital-economy', 1, nested(depth, target)))).toEqual([
        {
          line,
          unit: 'digital-economy',
          segment: '1',
          message: 'Inline elements are nested more than 32 deep here: flatten the <mrk> and <pc>',
        },
      ]);
  });

  it('a control or direction character through <cp>, and a link through <data>: the check refuses them', async () => {
    for (const [hex, ruleId] of [
      ['202E', 'control-character'],
      ['1B', 'control-character'],
      ['2028', 'control-character'],
    ] as const) {
      const problems = await problemsOf(withTarget(xliff, 'digital-economy', 1, `Go <cp hex="${hex}"/>digital.`));
      expect(problems.map((p) => p.message)).toEqual([
        expect.stringMatching(
          new RegExp(
            `^The result would break a content rule: .*report/en/part-2\\.md:\\d+:\\d+  error  .*U\\+0*${hex}.*\\[${ruleId}\\]`,
          ),
        ),
      ]);
    }
    // A code's original data is Markdown the import writes as it is: a link smuggled in there is still a link.
    const linked = withTarget(xliff, 'digital-economy', 1, 'Go <ph id="c99" dataRef="d99"/>digital.').replace(
      /(<unit id="digital-economy"[^>]*>)/,
      '$1<originalData><data id="d99">[x](javascript:alert(1))</data></originalData>',
    );
    const problems = await problemsOf(linked);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(
        /^The imported English breaks .*report\/en\/part-2\.md:\d+:\d+  error  Link to "javascript:alert\(1\)" in the text  \[link\]/,
      ),
    ]);
  });

  it('a target with no character a reader can see', async () => {
    const line = lineAt(xliff, /<unit id="digital-economy"[\s\S]*?<segment id="1"[\s\S]*?<target>/);
    for (const [content, named] of [
      ['\u200b', 'U+200B'],
      ['\u2060\u00ad', 'U+2060 U+00AD'],
    ])
      expect(await problemsOf(withTarget(xliff, 'digital-economy', 1, content!))).toEqual([
        {
          line,
          unit: 'digital-economy',
          segment: '1',
          message: `The target has no character a reader can see (only ${named}): every sentence needs its English`,
        },
      ]);
  });
});

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
