import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import type { EchoRecord } from '../../src/features/echoes/context-tables';
import { page, select, selectAll, toText } from '../support/built-site';

const html = page('dist', 'context/');
const json: EchoRecord[] = JSON.parse(readFileSync('dist/downloads/echoes.json', 'utf8'));
const csvOf = (file: string): Record<string, string>[] =>
  parseCsv(readFileSync(`dist/downloads/${file}`, 'utf8'), { columns: true });
const text = (element: Element | Root | undefined) => toText(element!).replace(/\s+/g, ' ').trim();
const partPages = new Map<string, Root>();
const partPage = (part: string) => partPages.get(part) ?? partPages.set(part, page('dist', `${part}/`)).get(part)!;

describe('the context page', () => {
  it('has its sections, and links its downloads', () => {
    for (const id of ['shares', 'verbatim', 'national', 'local', 'keywords'])
      expect(select(`section#${id} h2`, html), id).toBeTruthy();
    const links = selectAll('.context__downloads a', html).map((a) => a.properties.href);
    expect(links).toEqual(['/downloads/echoes.csv', '/downloads/echoes.json', '/downloads/keywords.csv']);
  });

  it('is linked from the home page and the footer', () => {
    const home = page('dist', '');
    expect(selectAll('a[href="/context/"]', home).length).toBeGreaterThanOrEqual(2);
    expect(select('.site-footer a[href="/context/"]', page('dist', 'figures/'))).toBeTruthy();
  });

  it('draws each chart with the numbers of its table, bars in proportion', () => {
    const charts = selectAll('figure.bar-chart', html);
    expect(charts.length).toBeGreaterThan(3);
    for (const chart of charts) {
      const bars = selectAll('svg g[data-value]', chart);
      expect(bars.length, text(select('figcaption', chart))).toBeGreaterThan(0);
      const rows = selectAll('tbody tr[data-value]', chart);
      if (rows.length)
        expect(rows.map((r) => [r.properties.dataLabel, r.properties.dataValue])).toEqual(
          bars.map((g) => [g.properties.dataLabel, g.properties.dataValue]),
        );
      const ratios = bars.map((g) => {
        const [track, bar] = selectAll('rect', g).map((rect) => Number(rect.properties.width));
        return bar! / track!;
      });
      const values = bars.map((g) => Number(g.properties.dataValue));
      const scale = ratios[values.indexOf(Math.max(...values))]! / Math.max(...values);
      values.forEach((value, i) => expect(ratios[i]).toBeCloseTo(value * scale, 2));
    }
  });

  it('gives each part its share, the parts adding up to the echoed characters the intro states', () => {
    const rows = selectAll('.context__parts tbody tr', html);
    expect(rows.length).toBeGreaterThan(5);
    let han = 0;
    let echoed = 0;
    for (const row of rows) {
      const [, e, h] = /\((\d+)\/(\d+)\)/.exec(text(select('td', row)))!;
      echoed += Number(e);
      han += Number(h);
      expect(Number(row.properties.dataValue)).toBeCloseTo(Number(e) / Number(h), 10);
    }
    const intro = text(select('.context__intro p[lang="en"]', html));
    expect(intro).toContain(
      `Of the report's ${han.toLocaleString('en')} Han characters, ${echoed.toLocaleString('en')}`,
    );
  });
});

describe('the echo downloads agree with the page', () => {
  it('has the same rows in CSV and JSON', () => {
    const csv = csvOf('echoes.csv');
    expect(csv.length).toBe(json.length);
    expect(json.length).toBeGreaterThan(100);
    csv.forEach((row, i) => {
      const record = json[i]!;
      expect([row.part, row.block, Number(row.sentence), row.link, row['ganzhou sentence']]).toEqual([
        record.part,
        record.block,
        record.sentence,
        record.link,
        record.zh,
      ]);
      expect([Number(row.year), row['national sentence id'], row['national sentence']]).toEqual([
        record.year,
        record.national_id,
        record.national,
      ]);
      expect(row['shared runs']).toBe(record.runs.map((r) => r.text).join(' | '));
      expect(row['first year of each run']).toBe(record.runs.map((r) => r.first_year).join(' | '));
    });
  });

  it('has every verbatim echo of the page, the longest first, at its sentence and national sentence', () => {
    const rows = selectAll('.context__verbatim tbody tr', html);
    expect(rows.length).toBeGreaterThan(5);
    const longestInJson = Math.max(...json.flatMap((r) => r.runs.map((run) => [...run.text].length)));
    expect([...text(select('td', rows[0]!))].length).toBe(longestInJson);
    for (const row of rows) {
      const [formulation, length] = selectAll('td', row).map(text);
      const [sentence, national] = selectAll('a', row).map((a) => String(a.properties.href));
      expect([...formulation!].length).toBe(Number(length));
      const record = json.find((r) => r.link === sentence && national!.endsWith(`#${r.national_id}`));
      expect(record, `${formulation} ${sentence} ${national}`).toBeTruthy();
      expect(record!.runs.map((run) => run.text)).toContain(formulation);
      expect(record!.zh.replace(/[\p{P}\s]/gu, '')).toContain(formulation);
    }
  });

  it('lists local formulations that are in their sentence and hold no shared run of it', () => {
    const items = selectAll('.context__local li', html);
    expect(items.length).toBeGreaterThan(5);
    const lengths = items.map((li) => Number(li.properties.dataHan));
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    for (const item of items) {
      const local = text(select('.context__zh', item));
      const place = String(select('a', item)!.properties.dataSentence);
      const [part, id] = place.split('/#');
      expect(text(select(`[id="${id}"]`, partPage(part!)))).toContain(local);
      for (const record of json.filter((r) => r.link === `/${place}`))
        for (const run of record.runs) expect(local.replace(/[\p{P}\s]/gu, '')).not.toContain(run.text);
    }
  });
});

describe('keywords and their concordance', () => {
  const csv = csvOf('keywords.csv');

  it('keywords.csv has the rows of the page table, in order', () => {
    const rows = selectAll('.context__keywords tbody tr', html);
    expect(csv.length).toBeGreaterThan(10);
    expect(rows.map((row) => [text(select('th', row)), ...selectAll('td', row).map(text)])).toEqual(
      csv.map((k) => [
        k.word,
        k['count report'],
        k['count national'],
        k['rate report per 10k Han characters'],
        k['rate national per 10k Han characters'],
        k.G2,
      ]),
    );
  });

  it('opens each keyword on every occurrence, the word in its context, the English beside', () => {
    for (const k of csv) {
      const details = select(`details.context__concordance[data-word="${k.word}"]`, html);
      expect(details, k.word).toBeTruthy();
      // The table's word links to the list inside its details, which a browser opens to show it.
      const link = select(`.context__keywords tr[data-word="${k.word}"] a`, html)!;
      expect(select('ol', details!)!.properties.id).toBe(String(link.properties.href).slice(1));
      const lines = selectAll('li', details!);
      expect(lines.length, k.word).toBe(Number(k['count report']));
      for (const line of lines) {
        expect(text(select('mark', line))).toBe(k.word);
        expect(text(select('.context__en', line)).length, k.word).toBeGreaterThan(0);
        const place = String(select('a', line)!.properties.dataSentence);
        const [part, id] = place.split('/#');
        const target = select(`[id="${id}"]`, partPage(part!));
        expect(target, place).toBeTruthy();
        expect(text(target).replace(/\s+/g, '')).toContain(k.word);
        // The context of the keyword settings: up to 20 characters each side, and some on one side at least.
        const [left, right] = ['.context__left', '.context__right'].map((side) => [...text(select(side, line))]);
        expect(left!.length + right!.length).toBeGreaterThan(0);
        expect(Math.max(left!.length, right!.length)).toBeLessThanOrEqual(20);
      }
    }
  });

  it('links every sentence of the page and the downloads to an element of its part page', () => {
    const places = [
      ...selectAll('a[data-sentence]', html).map((a) => String(a.properties.dataSentence)),
      ...json.map((r) => r.link.replace(/^\//, '')),
    ];
    expect(places.length).toBeGreaterThan(100);
    for (const place of new Set(places)) {
      const [part, id] = place.split('/#');
      expect(select(`[id="${id}"]`, partPage(part!)), place).toBeTruthy();
    }
  });
});
