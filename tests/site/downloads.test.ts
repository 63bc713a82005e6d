import { DOMParser } from '@xmldom/xmldom';
import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { REPORT } from '../../src/content/report-identity';
import { exportXliff } from '../../src/features/interchange/xliff';
import { exportXliff12 } from '../../src/features/interchange/xliff12';
import { page, selectAll } from '../support/built-site';
import { validateXml } from '../support/xml-schemas';

const DOWNLOADS = 'dist/downloads';
const strip = (text: string) => text.replace(/\s+/g, '');
const xml = (file: string) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/xml');

describe('downloads for translators, built with the site', () => {
  it('are linked from the home page and from CONTRIBUTING', () => {
    const links = selectAll('.home__downloads a[download]', page('dist', '')).map((a) => String(a.properties.href));
    expect(links).toEqual([
      '/downloads/report.tmx',
      '/downloads/glossary.tbx',
      '/downloads/glossary.csv',
      '/downloads/report.xlf',
      '/downloads/report-xliff-1.2.xlf',
    ]);
    const contributing = readFileSync('CONTRIBUTING.md', 'utf8');
    for (const file of ['report.tmx', 'glossary.tbx', 'glossary.csv', 'report.xlf', 'report-xliff-1.2.xlf'])
      expect(contributing).toContain(`downloads/${file}`);
  });

  it('validate: XLIFF against the OASIS XLIFF 2 schema and the XLIFF 1.2 strict schema, TMX against the TMX 1.4 DTD, TBX against a TBX schema', () => {
    for (const [file, kind] of [
      ['report.xlf', 'xliff'],
      ['report-xliff-1.2.xlf', 'xliff12'],
      ['report.tmx', 'tmx'],
      ['glossary.tbx', 'tbx'],
    ] as const) {
      const { valid, output } = validateXml(`${DOWNLOADS}/${file}`, kind);
      expect(valid, `${file}: ${output}`).toBe(true);
    }
  });

  it('TMX: one unit per sentence pair, and its Chinese, joined, is exactly the reference text', async () => {
    const { parts } = await loadSiteContent('content');
    const units = [...xml(`${DOWNLOADS}/report.tmx`).getElementsByTagName('tu')];
    expect(units).toHaveLength(parts.reduce((n, p) => n + p.blocks.reduce((m, b) => m + b.zh.segments.length, 0), 0));
    const side = (lang: string) =>
      units.map(
        (tu) => [...tu.getElementsByTagName('tuv')].find((tuv) => tuv.getAttribute('xml:lang') === lang)!.textContent!,
      );
    const reference = strip(readFileSync('content/reference/report.zh.txt', 'utf8')).replace(REPORT.title.zh, '');
    expect(strip(side('zh-CN').join(''))).toBe(reference);
    const english = side('en');
    expect(english.every((text) => text.trim() && !/\*\*|\{[+/]\}/.test(text))).toBe(true);
    expect(units[0]!.getAttribute('tuid')).toBe(`${parts[0]!.blocks[0]!.id}.1`);
  });

  it('TBX and CSV: one entry per glossary term, with both headwords and the English definition', async () => {
    const { glossary } = await loadSiteContent('content');
    const entries = [...xml(`${DOWNLOADS}/glossary.tbx`).getElementsByTagName('termEntry')];
    expect(entries.map((e) => e.getAttribute('id')).sort()).toEqual(glossary.map((g) => g.id).sort());
    const fangGuanFu = entries.find((e) => e.getAttribute('id') === 'fang-guan-fu')!;
    const terms = [...fangGuanFu.getElementsByTagName('term')].map((t) => t.textContent);
    expect(terms).toEqual([
      '放管服',
      'streamline administration and delegate power, improve regulation, and upgrade services',
    ]);
    expect(fangGuanFu.getElementsByTagName('admin')[0]!.textContent).toBe('editorial: written for this reader');

    const rows: Record<string, string>[] = parseCsv(readFileSync(`${DOWNLOADS}/glossary.csv`, 'utf8'), {
      columns: true,
    });
    expect(rows).toHaveLength(glossary.length);
    const note = rows.find((row) => row.id === 'san-xian-yi-dan')!;
    expect(note).toMatchObject({
      zh: '三线一单',
      en: 'three lines and one list',
      definition_source: 'official: annex note 15 of the report',
    });
    expect(note.definition_en).toMatch(/red line for ecological protection/);
  });

  it("each part's vocabulary: every word once, with pinyin, glosses, a sentence link and its count", async () => {
    const { parts } = await loadSiteContent('content');
    for (const part of parts) {
      const rows: Record<string, string>[] = parseCsv(
        readFileSync(`${DOWNLOADS}/vocabulary-${part.slug}.csv`, 'utf8'),
        {
          columns: true,
        },
      );
      expect(rows.length, part.slug).toBeGreaterThan(part.slug === 'closing' ? 20 : 50);
      expect(new Set(rows.map((r) => r.word)).size).toBe(rows.length);
      for (const row of rows) {
        expect(row.url).toMatch(new RegExp(`/${part.slug}/#[a-z0-9-]+\\.\\d+$`));
        expect(part.blocks.some((b) => b.zh.text.includes(row.word!))).toBe(true);
        expect(row.pinyin!.split(' ')).toHaveLength(row.word!.match(/\p{Script=Han}/gu)!.length);
        expect(row.gloss_source).toBe('CC-CEDICT, CC BY-SA 4.0');
      }
      const tsv = readFileSync(`${DOWNLOADS}/vocabulary-${part.slug}.tsv`, 'utf8').trimEnd().split('\n');
      expect(tsv[3]).toMatch(/^# Glosses: CC-CEDICT/);
      expect(tsv.slice(4).every((line) => line.split('\t').length === 3)).toBe(true);
      expect(tsv.length - 4).toBe(rows.length);
    }
  });

  it('XLIFF 2.1 and 1.2: the files `npm run xliff -- export [--xliff 1.2]` writes for the same content, so it can be imported back', async () => {
    const { parts } = await loadSiteContent('content');
    expect(readFileSync(`${DOWNLOADS}/report.xlf`, 'utf8')).toBe(exportXliff(parts));
    expect(readFileSync(`${DOWNLOADS}/report-xliff-1.2.xlf`, 'utf8')).toBe(exportXliff12(parts));
  });
});
