import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PartEchoesData } from '../../src/site/part-data';
import { builtPages, selectAll, toText } from '../support/built-site';

const readers = builtPages('dist').filter(({ route }) => /^(part-\d+|closing|annex)\/$/.test(route));
const echoes = (route: string): PartEchoesData =>
  JSON.parse(readFileSync(path.join('dist', route, 'echoes.json'), 'utf8'));

/** The JavaScript a page runs before any interaction: its module scripts and what they import statically. */
function scriptsOf(html: string): string {
  const seen = new Map<string, string>();
  const visit = (src: string) => {
    if (seen.has(src)) return;
    const code = readFileSync(path.join('dist', src), 'utf8');
    seen.set(src, code);
    for (const [, file] of code.matchAll(/(?:import|from)\s*"\.\/([^"]+\.js)"/g)) visit(`/_astro/${file}`);
  };
  for (const [, src] of html.matchAll(/<script type="module" src="([^"]+)"/g)) visit(src!);
  return [...seen.values()].join('\n');
}

describe("the reader pages' echoes", () => {
  it("are listed in each page's echoes.json for every sentence of the page, linked to the national pages", () => {
    expect(readers.length).toBeGreaterThan(5);
    for (const { route, tree } of readers) {
      const data = echoes(route);
      for (const pair of selectAll('.pair[data-block]', tree)) {
        const id = String(pair.properties.dataBlock);
        const sentences = selectAll('.text--zh [data-s]', pair).length;
        expect(data[id]?.length, `${route} ${id}`).toBe(sentences);
      }
      for (const match of Object.values(data)
        .flat()
        .flatMap((sentence) => sentence.matches)) {
        expect(match.id.startsWith(`${match.year}.`)).toBe(true);
        expect(match.href).toBe(`/national/${match.year}/#${match.id}`);
        for (const [start, end] of match.runs) expect(match.text.slice(start, end).length).toBeGreaterThanOrEqual(6);
      }
    }
  });

  it('stay out of the page until asked: no national text in its HTML or the scripts it loads', () => {
    for (const { route, file, tree } of readers) {
      const html = readFileSync(file, 'utf8');
      // A national sentence the report quotes whole is in the page as the report's own text.
      const own = selectAll('.text--zh', tree)
        .map((cell) => toText(cell))
        .join('');
      const scripts = scriptsOf(html);
      const matches = Object.values(echoes(route))
        .flat()
        .flatMap((sentence) => sentence.matches);
      for (const match of matches.slice(0, 20)) {
        if (!own.includes(match.text)) expect(html.includes(match.text), `${route} HTML has ${match.id}`).toBe(false);
        expect(scripts.includes(match.text), `${route} scripts have ${match.id}`).toBe(false);
        expect(html.includes(match.href), `${route} HTML links ${match.id}`).toBe(false);
      }
      expect(html).not.toMatch(/class="[^"]*\becho\b/);
    }
  });
});
