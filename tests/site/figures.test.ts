import { parse as parseCsv } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { describe, expect, it } from 'vitest';
import { page, select, selectAll, toText } from '../support/built-site';

interface DownloadedFigure {
  id: string;
  part: string;
  block: string;
  sentence: number;
  figure_zh: string;
  figure_en: string;
  value: number;
  kind: string;
  permalink: string;
}

const json: DownloadedFigure[] = JSON.parse(readFileSync('dist/downloads/figures.json', 'utf8'));
const DIGITS = /\d+(?:\.\d+)?/g;

describe('the figures page', () => {
  it('lists every figure of the Chinese text once per occurrence, counted from the reference text', () => {
    // Independently of the figure reader: every run of digits of the untouched source, in reading order, less
    // the numbers of the annex notes ("7.安静生产期："). The source wraps lines inside numbers ("10\n0个").
    const reference = readFileSync('content/reference/report.zh.txt', 'utf8')
      .replace(/^\s*\d+\.(?=\D)/gm, '')
      .replace(/\s+/g, '');
    const expected = reference.match(DIGITS)!;
    const listed = json.flatMap((row) => row.figure_zh.match(DIGITS)!);
    expect(listed).toEqual(expected);
    expect(json.length).toBeGreaterThan(70);
  });

  it('has one row per figure, in the order and with the ids of the downloads', () => {
    const rows = selectAll('.figures__table tbody tr', page('dist', 'figures/'));
    expect(rows.map((row) => row.properties.id)).toEqual(json.map((row) => row.id));
    expect(rows.map((row) => toText(select('.figures__zh mark', row)!))).toEqual(json.map((row) => row.figure_zh));
  });

  it('links each figure to a sentence that holds it, in both languages', () => {
    const pages = new Map<string, ReturnType<typeof page>>();
    for (const row of json) {
      const url = new URL(row.permalink, 'http://site');
      expect(url.hash).toBe(`#${row.block}.${row.sentence}`);
      expect(url.searchParams.get('mark-zh')).toBe(row.figure_zh);
      expect(url.searchParams.get('mark-en')).toBe(row.figure_en || null);
      if (!pages.has(row.part)) pages.set(row.part, page('dist', `${row.part}/`));
      const block = select(`#${row.block}`, pages.get(row.part)!);
      expect(block, row.id).toBeTruthy();
      const sentence = (lang: string) => select(`.text[lang="${lang}"] [data-s="${row.sentence}"]`, block!) as Element;
      expect(toText(sentence('zh-CN')), row.id).toContain(row.figure_zh);
      if (row.figure_en) expect(toText(sentence('en')), row.id).toContain(row.figure_en);
    }
  });

  it('offers the same rows as CSV (UTF-8, header row) and JSON, linked from the page', () => {
    const csv: Record<string, string>[] = parseCsv(readFileSync('dist/downloads/figures.csv', 'utf8'), {
      columns: true,
    });
    expect(csv.length).toBe(json.length);
    csv.forEach((row, i) => {
      expect(row.id).toBe(json[i]!.id);
      expect(Number(row.value)).toBe(json[i]!.value);
      expect(row.permalink).toBe(json[i]!.permalink);
      expect(row.kind).toBe(json[i]!.kind);
    });
    const links = selectAll('.figures__downloads a', page('dist', 'figures/')).map((a) => a.properties.href);
    expect(links).toEqual(['/downloads/figures.csv', '/downloads/figures.json']);
  });

  it('normalises values and their units', () => {
    const row = (figure: string) =>
      json.find((r) => r.figure_zh === figure) as DownloadedFigure & Record<string, string>;
    expect(row('20亿元').value).toBe(2e9);
    expect(row('1万亿元').display).toBe('1,000,000,000,000 yuan');
    // A reviewed display says what a bare amount would not: here each project's size, which the count targets.
    expect(row('20亿元').display).toBe('2,000,000,000 yuan of investment per project');
    expect(row('52亿斤').metric).toBe('2.6 million metric tons');
    expect(row('13.6万户').display).toBe('136,000 households');
    expect(row('600公顷').display).toBe('600 hectares');
    expect(row('100个').display).toBe('100 projects of over 2 billion yuan each');
    expect(row('1-25日').value_to).toBe(25);
    expect(row('5020').kind).toBe('name');
  });

  it('is linked from the home page, and the glossary links the figures of the annex notes to it', () => {
    expect(selectAll('a', page('dist', '')).some((a) => a.properties.href === '/figures/')).toBe(true);
    const links = selectAll('#wu-ling-er-ling-xiang-mu .entry__figures a', page('dist', 'glossary/')).map(
      (a) => a.properties.href,
    );
    expect(links).toEqual(['/figures/#f-note-4-1', '/figures/#f-note-4-2', '/figures/#f-note-4-3']);
  });
});
