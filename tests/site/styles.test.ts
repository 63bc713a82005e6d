import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site';

const GLOBAL_CSS = readFileSync('src/styles/global.css', 'utf8');
// The classes global.css may style: report text (made by the content pipeline, shown by several components),
// the no-JavaScript switch of the boot scripts, and the hit highlight shared by the search and the reader.
const GLOBAL_CLASSES = ['text', 'text--zh', 'text--en', 'term', 'no-js', 'needs-js', 'search-hit'];

describe('styles', () => {
  it('keep global.css to tokens, base styles and report typography', () => {
    expect(GLOBAL_CSS.split('\n').length).toBeLessThan(250);
    expect(GLOBAL_CSS).toMatch(/@theme static \{[^}]*--color-paper:/);
    const classes = new Set(
      [...GLOBAL_CSS.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\.([a-z][\w-]*)/g)].map((m) => m[1]!),
    );
    // Numbers such as 0.5em also match the pattern; only names count.
    const stray = [...classes].filter((name) => !GLOBAL_CLASSES.includes(name) && !/^\d/.test(name));
    expect(stray, 'component classes styled in global.css: move them into the component').toEqual([]);
  });

  it('add no !important beyond the reduced-motion rule', () => {
    const files = [
      'src/styles/global.css',
      ...['src/components', 'src/layouts', 'src/pages'].flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((name) => name.endsWith('.astro'))
          .map((name) => path.join(dir, name)),
      ),
    ];
    const uses = files.flatMap((file) =>
      [
        ...readFileSync(file, 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .matchAll(/[\w-]+:[^;{}]*!important/g),
      ].map((m) => `${file}: ${m[0].trim()}`),
    );
    expect(uses).toEqual(['src/styles/global.css: transition: none !important']);
  });

  it('ship as files, at most 15 KB gzip on any page', () => {
    for (const { route, file } of builtPages('dist')) {
      const html = readFileSync(file, 'utf8');
      expect(html, `/${route} has an inline <style>`).not.toMatch(/<style[\s>]/);
      const sheets = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
      expect(sheets.length, `/${route} links no stylesheet`).toBeGreaterThan(0);
      const bytes = sheets.reduce((sum, sheet) => sum + gzipSync(readFileSync(path.join('dist', sheet))).length, 0);
      expect(bytes, `/${route}: ${bytes} bytes of CSS, gzip`).toBeLessThanOrEqual(15 * 1024);
    }
  });
});
