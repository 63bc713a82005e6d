import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, select, selectAll, toText } from '../support/built-site';

const PDF = 'dist/downloads/ganzhou-report.pdf';
const readers = () => builtPages('dist').filter(({ tree }) => select('article.reader', tree));

/** The text of a PDF, by poppler's pdftotext; a machine without it fails with the line that installs it. */
function pdfText(file: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.error) throw new Error('pdftotext not found: install it with `apt-get install -y poppler-utils`.');
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('print', () => {
  it("links each reader page's print stylesheet for paper only, with its part's title and address", () => {
    const pages = readers();
    expect(pages.length).toBe(9);
    for (const { route, tree } of pages) {
      const link = select('head link[rel="stylesheet"][media="print"]', tree);
      expect(String(link?.properties.href), route).toBe(`/${route}print.css`);
      const css = readFileSync(`dist/${route}print.css`, 'utf8');
      // The page's title starts with its part's label in Chinese (the tab's title: label, English, site name).
      const label = toText(select('title', tree)!).split(' ')[0]!;
      const running = /@top-left\s*\{\s*content:\s*"((?:[^"\\]|\\.)*)"/.exec(css)?.[1] ?? '';
      expect(running.startsWith(`${label} · `), `${route}: ${running}`).toBe(true);
      expect(css, route).toContain(`--print-address: "/${route}#"`);
    }
  });

  it('ends each reader page with a definition, in both languages, of every term it links to, once', () => {
    for (const { route, tree } of readers()) {
      const used = new Set(selectAll('.text a.term', tree).map((link) => String(link.properties.dataTerm)));
      const items = selectAll('.print-terms li', tree);
      expect(items.length, route).toBe(used.size);
      for (const item of items) {
        expect(toText(select('.print-terms__zh', item)!).trim(), route).not.toBe('');
        expect(toText(select('.print-terms__en', item)!).trim(), route).not.toBe('');
      }
      // Paper only: the search index does not take the list in.
      if (items.length) expect(select('.print-terms', tree)?.properties.dataPagefindIgnore, route).toBe('');
    }
  });

  it('npm run pdf: the whole report in both languages, with the terms defined and the permalinks, no chrome', () => {
    if (!existsSync(PDF)) throw new Error(`${PDF} is missing: run \`npm run pdf\` after the build (npm test does).`);
    const text = pdfText(PDF).replace(/\s+/g, ' ');
    const flat = text.replace(/ /g, '');
    // Both languages, from the first part to the annex.
    expect(flat).toContain('厚植创新创业土壤');
    expect(flat).toContain('大力提升城市能级');
    expect(text).toContain('Vigorously raise');
    expect(flat).toContain('名词注释');
    // The terms of each part, defined at its end; the permalinks; the running titles.
    expect(flat).toContain('本部分术语');
    expect(text).toContain('Terms in this part');
    expect(flat).toContain('/part-5/#infrastructure');
    expect(flat).toContain('（五）大力提升城市能级·(V)Vigorouslyraise');
    // None of the screen's chrome.
    for (const chrome of ['跳到正文', 'Skip to content', '阅读辅助', 'Word lookup', 'Tone colours', '打印']) {
      expect(text, chrome).not.toContain(chrome);
    }
  });
});
