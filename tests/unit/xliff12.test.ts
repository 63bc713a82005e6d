import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { importXliff } from '../../src/features/interchange/import-xliff';
import { exportXliff12 } from '../../src/features/interchange/xliff12';
import {
  EXPORTED,
  FIXED,
  fixAfterExport,
  importAndWrite,
  lineAt,
  lineDiff,
  part3,
  problemsOf,
  root,
  snapshot,
  useReportCopy,
  xliff12,
} from '../support/xliff-round-trip';

useReportCopy();

/** The file with `edit` applied to each `<target>` of XLIFF 1.2. */
const editTargets = (xml: string, edit: (target: string) => string) =>
  xml.replace(/<target state="[^"]*">[\s\S]*?<\/target>/g, edit);
/** The `<trans-unit>` of a block's sentence, with `edit` applied. */
const editUnit = (xml: string, id: string, edit: (unit: string) => string) =>
  xml.replace(new RegExp(`<trans-unit id="${id}"[\\s\\S]*?</trans-unit>`), edit);

describe('XLIFF 1.2 export', () => {
  it('a group per block, a trans-unit per sentence pair named by block and sentence, codes as <ph> with their Markdown', async () => {
    const { parts } = await loadSiteContent(root);
    const blocks = parts.flatMap((part) => part.blocks);
    expect(xliff12).toMatch(
      /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<xliff version="1\.2" xmlns="urn:oasis:names:tc:xliff:document:1\.2">/,
    );
    expect(xliff12.match(/<group /g)).toHaveLength(blocks.length);
    expect(xliff12.match(/<trans-unit /g)).toHaveLength(blocks.reduce((n, b) => n + b.zh.segments.length, 0));
    expect(xliff12).toContain(
      '<file original="part-3.md" source-language="zh-CN" target-language="en" datatype="x-markdown" xml:space="preserve">',
    );
    const part = parts.find((p) => p.slug === 'part-3')!;
    const block = part.blocks.find((b) => b.id === 'business-environment')!;
    expect(xliff12).toContain(
      [
        '<trans-unit id="business-environment/2" approved="yes">',
        `<source>${block.zh.segments[1]}</source>`,
        `<target state="translated">${EXPORTED}</target>`,
        `<note from="location">${part.files.en}:${block.en.line} (paragraph)</note>`,
      ].join('\n          ') + '\n        </trans-unit>',
    );
    // The bold lead and a footnote reference: each a <ph> whose content is the Markdown it stands for.
    expect(xliff12).toMatch(
      /<trans-unit id="innovation-ecosystem\/1" approved="yes">\s*<source><ph id="1" ctype="x-markdown">\*\*<\/ph>厚植创新创业土壤。<ph id="2" ctype="x-markdown">\*\*<\/ph><\/source>\s*<target state="translated"><ph id="1" ctype="x-markdown">\*\*<\/ph>Cultivate/,
    );
    expect(xliff12).toContain('<ph id="1" ctype="x-footnote-reference">[^cut]</ph>');
    expect(xliff12).toContain('<note>（二）节选 / Part II (excerpt)</note>');
  });

  it('maps the statuses to 1.2 states: draft needs review, translated and reviewed (signed off) are approved', async () => {
    const text = await readFile(part3(), 'utf8');
    await writeFile(
      part3(),
      text
        .replace('{#business-environment}', '{#business-environment status=draft}')
        .replace('{#two-way-opening}', '{#two-way-opening status=reviewed}'),
    );
    const exported = exportXliff12((await loadSiteContent(root)).parts);
    /** The start tag of a sentence's trans-unit and of its target. */
    const tags = (id: string) => {
      const unit = new RegExp(`<trans-unit id="${id}"[^>]*>[\\s\\S]*?</trans-unit>`).exec(exported)![0];
      return [unit.slice(0, unit.indexOf('>') + 1), /<target[^>]*>/.exec(unit)![0]];
    };
    expect(tags('business-environment/1')).toEqual([
      '<trans-unit id="business-environment/1">',
      '<target state="needs-review-translation">',
    ]);
    expect(tags('two-way-opening/1')).toEqual([
      '<trans-unit id="two-way-opening/1" approved="yes">',
      '<target state="signed-off">',
    ]);
    expect(tags('digital-economy/1')).toEqual([
      '<trans-unit id="digital-economy/1" approved="yes">',
      '<target state="translated">',
    ]);
    expect(exported).toContain('<context context-type="x-state">signed-off</context>');
  });
});

describe('XLIFF 1.2 import: the guarantees of 2.1, through the same code', () => {
  it('changes nothing when the exported file comes back untouched', async () => {
    const before = await snapshot();
    const { problems, updates, files } = await importAndWrite(xliff12);
    expect([problems, updates, files.size]).toEqual([[], [], 0]);
    expect(await snapshot()).toEqual(before);
  });

  it('writes back exactly the sentence the translator changed; signed-off everywhere makes the paragraph reviewed', async () => {
    const before = await snapshot();
    const edited = editTargets(xliff12, (target) =>
      target.replace('Benchmark fully against', 'Benchmark ourselves fully against'),
    );
    const { problems, updates } = await importAndWrite(edited);
    expect(problems).toEqual([]);
    expect(updates.map((u) => u.block.id)).toEqual(['business-environment']);
    const after = await snapshot();
    for (const name of Object.keys(before).filter((n) => n !== 'en/part-3.md')) expect(after[name]).toBe(before[name]);
    const line = before['en/part-3.md']!.split('\n').find((l) => l.includes('Benchmark fully'))!;
    expect(lineDiff(before['en/part-3.md']!, after['en/part-3.md']!)).toEqual([
      [line, line.replace('Benchmark fully', 'Benchmark ourselves fully')],
    ]);
    // The same file, worked on further: what it records of the export still holds.
    const drafted = edited.replace(
      /(<trans-unit id="two-way-opening\/2"[\s\S]*?)state="translated"/,
      '$1state="needs-translation"',
    );
    expect((await importXliff(drafted, root)).lowered).toEqual([
      { part: 'part-3', block: 'two-way-opening', from: 'translated', to: 'draft' },
    ]);
    const reviewed = edited.replace(/(<group id="two-way-opening"[\s\S]*?<\/group>)/, (group: string) =>
      group.replaceAll('state="translated"', 'state="signed-off"'),
    );
    expect((await importAndWrite(reviewed)).problems).toEqual([]);
    expect(await readFile(part3(), 'utf8')).toContain('{#two-way-opening status=reviewed}');
  });

  it("does not care how a tool's writer lays the file out: attribute order, indentation, declaration", async () => {
    const reordered = xliff12
      .replace('<?xml version="1.0" encoding="UTF-8"?>', "<?xml version='1.0' encoding='utf-8'?>")
      .replace(
        /<([\w-]+)((?:\s+[\w:-]+="[^"]*"){2,})(\s*\/?)>/g,
        (_, name: string, attributes: string, end: string) => {
          const list = attributes.trim().split(/\s+(?=[\w:-]+=")/);
          return `<${name} ${list.reverse().join('\n    ')}${end}>`;
        },
      )
      .replace(/>\n\s+</g, (gap: string) => (gap.includes('<target') ? gap : '>\n\t<'));
    expect(reordered).not.toBe(xliff12);
    expect(reordered).toContain('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2"\n    version="1.2">');
    const before = await snapshot();
    const { problems, updates } = await importAndWrite(reordered);
    expect([problems, updates]).toEqual([[], []]);
    expect(await snapshot()).toEqual(before);
  });

  it('a stale file, a conflict, a file without its record: refused with line, unit and segment', async () => {
    expect(await problemsOf(xliff12.replace('全面对标大湾区', '对标大湾区'))).toEqual([
      {
        line: lineAt(xliff12, /<trans-unit id="business-environment\/2"/),
        unit: 'business-environment',
        segment: '2',
        message: expect.stringMatching(/^The source no longer matches the Chinese: the file is stale/),
      },
    ]);
    expect(
      await problemsOf(xliff12.replace(/\s*<context-group name="exported:[\s\S]*?<\/context-group>/g, '')),
    ).toEqual([
      {
        line: 2,
        message: expect.stringMatching(
          /^The file has no export record \(<context-group name="exported:…"> in each <group>: .* or import it anyway with --theirs/,
        ),
      },
    ]);
    await fixAfterExport();
    expect(await problemsOf(xliff12)).toEqual([
      expect.objectContaining({
        line: lineAt(xliff12, /<group id="business-environment"/),
        unit: 'business-environment',
        texts: { exported: 'translated', current: 'reviewed', incoming: 'translated' },
      }),
      expect.objectContaining({
        line: lineAt(xliff12, /<trans-unit id="business-environment\/2"/),
        unit: 'business-environment',
        segment: '2',
        texts: { exported: EXPORTED, current: FIXED, incoming: EXPORTED },
      }),
    ]);
    const { problems } = await importXliff(xliff12, root, { resolve: 'theirs' });
    expect(problems).toEqual([]);
  });

  it('malformed XML: the line and column of the 1.2 file', async () => {
    const broken = xliff12.replace('</trans-unit>', '</trans-unt>');
    const line = lineAt(xliff12, /<\/trans-unit>/);
    expect(await problemsOf(broken)).toEqual([
      { line, column: 9, message: expect.stringMatching(/^Not well-formed XML: .*trans-unt/) },
    ]);
  });

  it("an <x/> stands for the source's <ph> of its id; <g> and <mrk> count by their text; others are refused", async () => {
    const edit = (replace: (unit: string) => string) => editUnit(xliff12, 'innovation-ecosystem/1', replace);
    const asX = edit((unit) =>
      unit.replace(
        /(<target state="translated">)<ph id="1" ctype="x-markdown">\*\*<\/ph>(Cultivate)/,
        '$1<x id="1"/><g id="g1"><mrk mtype="term">$2</mrk></g>',
      ),
    );
    expect(asX).not.toBe(xliff12);
    expect((await importAndWrite(asX)).updates).toEqual([]);
    const line = lineAt(xliff12, /<trans-unit id="innovation-ecosystem\/1"[\s\S]*?<target/);
    expect(await problemsOf(edit((unit) => unit.replace('<target state="translated">', '$&<x id="9"/>')))).toEqual([
      {
        line,
        unit: 'innovation-ecosystem',
        segment: '1',
        message: '<x id="9"> stands for no <ph> of the source: keep the codes the source has',
      },
    ]);
    expect(
      await problemsOf(edit((unit) => unit.replace('<target state="translated">', '$&<bpt id="b">{</bpt>'))),
    ).toEqual([
      {
        line,
        unit: 'innovation-ecosystem',
        segment: '1',
        message: '<bpt> is not supported in a segment: keep to the text and the codes of the exported file',
      },
    ]);
    expect(await problemsOf(edit((unit) => unit.replace('state="translated"', 'state="done"')))).toEqual([
      expect.objectContaining({ unit: 'innovation-ecosystem', segment: '1', message: 'Unknown state "done"' }),
    ]);
  });
});
