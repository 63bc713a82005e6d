import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReport } from '../../src/content/load-report';
import { page, select, selectAll, toText } from '../support/built-site';

const DIST = 'dist';
const strip = (text: string) => text.replace(/\s+/g, '');

/** The part pages in the order the home page's table of contents lists them. */
function partRoutes(): string[] {
  const toc = selectAll('.toc__part-link', page(DIST, ''));
  return toc.map((link) => String(link.properties.href).replace(/^\//, ''));
}

describe('fidelity of the built site to the Chinese source', () => {
  it('shows every character of the reference text, in order, and nothing else as source text', () => {
    const home = page(DIST, '');
    let shown = toText(select('.home__title-zh', home)!);
    for (const route of partRoutes()) {
      for (const cell of selectAll('.pair[data-block] .text--zh', page(DIST, route))) shown += toText(cell);
    }
    const reference = strip(readFileSync('content/reference/report.zh.txt', 'utf8'));
    const actual = strip(shown);
    if (actual !== reference) {
      let i = 0;
      while (i < actual.length && actual[i] === reference[i]) i++;
      expect.fail(
        `Chinese text differs from the reference at character ${i}:\n` +
          `  reference: …${reference.slice(Math.max(0, i - 20), i + 20)}…\n` +
          `  site:      …${actual.slice(Math.max(0, i - 20), i + 20)}…`,
      );
    }
  });

  it('shows every paragraph of the content files on the built pages, in both languages', async () => {
    const { parts } = await loadReport('content/report');
    expect(partRoutes()).toEqual(parts.map((part) => `${part.slug}/`));
    for (const part of parts) {
      const tree = page(DIST, part.slug);
      const shownIds = selectAll('.pair[data-block]', tree).map((pair) => pair.properties.id);
      expect(shownIds).toEqual(part.blocks.map((block) => block.id));
      for (const lang of ['zh-CN', 'en']) {
        const cells = selectAll(`.pair[data-block] [lang="${lang}"].text`, tree);
        expect(cells.length, `${part.slug} ${lang}`).toBe(part.blocks.length);
        for (const cell of cells) expect(toText(cell).trim().length).toBeGreaterThan(0);
      }
    }
  });

  it('marks the language of every block of text', () => {
    for (const route of partRoutes()) {
      for (const cell of selectAll('.text', page(DIST, route))) {
        expect(['zh-CN', 'en']).toContain(cell.properties.lang);
      }
    }
  });
});
