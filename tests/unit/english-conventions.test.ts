import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content';
import { formatDiagnostic } from '../../src/content/diagnostics';
import { loadSiteContent } from '../../src/content/load-site-content';
import { segmentPairs } from '../../src/content/rules/segment-pairs';

const CONTENT = 'content';

/** The real content checked with some of its English files replaced: `edits` maps a file to [from, to] pairs. */
async function checkEdited(edits: Record<string, [string, string][]>) {
  const files = new Map<string, string>();
  for (const [file, pairs] of Object.entries(edits)) {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of pairs) {
      expect(text, `${file} has "${from}"`).toContain(from);
      text = text.replace(from, to);
    }
    files.set(path.resolve(file), text);
  }
  const { diagnostics } = await checkContent(CONTENT, { strict: true, files });
  return diagnostics.map(formatDiagnostic);
}

describe('the English conventions of content/english/ hold in the real content', () => {
  it('flags a term rendered two ways, a zone name in the wrong case and a UK spelling, at file and line', async () => {
    const messages = await checkEdited({
      'content/report/en/part-7.md': [['cultural living circle', 'cultural life circle']],
      'content/report/en/part-4.md': [['build a number of special zones', 'build a batch of special zones']],
      'content/report/en/part-5.md': [
        ['Xinfeng Pioneer Zone of the Demonstration Zone', 'Xinfeng pioneer zone of the demonstration zone'],
        ['240 square kilometers', '240 square kilometres'],
      ],
    });
    const rules = (ruleId: string) => messages.filter((m) => m.split('\n')[0]!.endsWith(`[${ruleId}]`));
    expect(rules('term-rendering').map((m) => m.split('  ')[0])).toEqual([
      'content/report/en/part-4.md:14:1052',
      'content/report/en/part-5.md:17:563',
      'content/report/en/part-7.md:17:2516',
    ]);
    expect(rules('term-rendering').join('\n')).toContain('生活圈 is rendered "life circle"');
    expect(rules('spelling')).toHaveLength(1);
    expect(rules('spelling')[0]).toContain('"kilometres" is not the spelling the English uses: write "kilometers"');
  });

  it('reads the glossary too: its headwords, definitions and English forms', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'english-conventions-'));
    cpSync(CONTENT, dir, { recursive: true });
    const entry = path.join(dir, 'glossary/liang-bu-chou-san-bao-zhang.yaml');
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8').replace('resolved as soon as they arise', 'cleared on a dynamic basis, centre'),
    );
    const messages = (await checkContent(dir, { strict: true })).diagnostics.map((d) => `${d.ruleId}: ${d.message}`);
    expect(messages).toEqual([
      'term-rendering: Glossary definition: 动态清零 is rendered "on a dynamic basis", a wording the list avoids: write "as soon as they arise"',
      'spelling: Glossary definition: "centre" is not the spelling the English uses: write "center"',
    ]);
  });
});

describe('the English reads one way where it was reviewed', () => {
  const pairs = async () => [...segmentPairs((await loadSiteContent(CONTENT)).parts)];

  it('says that "Gan" stays only in the names its note lists, and every such name is listed', async () => {
    const part2 = (await loadSiteContent(CONTENT)).parts.find((part) => part.slug === 'part-2')!;
    const note = part2.notes.find((n) => n.label === 'gan')!.text;
    const names = new Set<string>();
    for (const pair of await pairs())
      for (const [, name] of pair.en.text.matchAll(/"([^"]*\bGan\b[^"]*)"/g)) names.add(name!);
    expect([...names].sort()).toEqual([
      'Cordial and Clean Gan Business',
      'Get It Done Well in Gan',
      'Return of Gan Talent',
    ]);
    for (const name of names) expect(note).toContain(`"${name}"`);
    expect(note).toContain('"insurance funds into Jiangxi"');
  });

  it('puts "for the Greater Bay Area" before both things the city builds for it', async () => {
    const pair = (await pairs()).find((p) => p.zh.text.includes('打造大湾区优质农产品供应基地、生态康养旅居后花园'))!;
    expect(pair.en.text).toMatch(/for the Greater Bay Area, a supply base of [^,]+ and a back garden /);
    expect(pair.en.text).not.toMatch(/extended stays for the Greater Bay Area/);
  });

  it('gives the "Three Nan" the glossary entry the translation guide promises', async () => {
    const { glossary } = await loadSiteContent(CONTENT);
    const sanNan = glossary.find((entry) => entry.zh === '三南');
    expect(sanNan?.en).toBe('Three Nan');
    for (const county of ['Longnan', 'Quannan', 'Dingnan']) expect(sanNan?.definition.en).toContain(county);
    expect(readFileSync('docs/translation-guide.md', 'utf8')).toMatch(/三南[^\n]*glossary/);
  });
});
