import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { layerOf, layerViolations, readSourceFiles, type SourceFile } from '../support/layers';

const root = path.resolve(import.meta.dirname, '../..');

/** A file with the given imports, numbered from line 1 unless an import says its line. */
const file = (from: string, ...imports: (Partial<SourceFile['imports'][number]> & { specifier: string })[]) => ({
  path: from,
  imports: imports.map((found, i) => ({ line: i + 1, typeOnly: false, ...found })),
});
const to = (target: string, extra: Partial<SourceFile['imports'][number]> = {}) => ({
  specifier: `./${path.basename(target)}`,
  target,
  ...extra,
});

describe('the layers of src/ import in one direction', () => {
  const files = readSourceFiles(root, ['src', 'scripts']);

  it('reads the imports of every TypeScript and .astro file, scripts and dynamic imports included', () => {
    const byPath = new Map(files.map((found) => [found.path, found]));
    // A value import, a type import, a dynamic import, a <script> import of an .astro file, a `?url` import.
    expect(byPath.get('src/content/load-report.ts')?.imports).toContainEqual(
      expect.objectContaining({ target: 'src/markdown/pipeline.ts', typeOnly: false }),
    );
    expect(byPath.get('src/client/search-shortcut.ts')?.imports).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ target: 'src/client/header-search.ts', typeOnly: true }),
        expect.objectContaining({ target: 'src/client/header-search.ts', typeOnly: false }),
      ]),
    );
    expect(byPath.get('src/layouts/BaseLayout.astro')?.imports).toContainEqual(
      expect.objectContaining({ target: 'src/client/preferences.ts', browser: true }),
    );
    expect(byPath.get('src/client/reading-aids-runtime.ts')?.imports).toContainEqual(
      expect.objectContaining({ specifier: './reading-aids.css?url', target: 'src/client/reading-aids.css' }),
    );
    // Every file of src/ but styles and declarations belongs to a layer.
    const unplaced = files.filter((found) => found.path.startsWith('src/') && !layerOf(found.path));
    expect(unplaced.map((found) => found.path)).toEqual([]);
  });

  it('has no import that points up, into tests/, or round in a cycle', () => {
    expect(layerViolations(files)).toEqual([]);
  });
});

describe('the layer rules', () => {
  it('name the file, the line and the rule of an import that points up', () => {
    const files = [
      file('src/content/load-report.ts', to('src/shared/csv.ts'), to('src/features/citations.ts', { line: 12 })),
      file('src/features/citations.ts'),
      file('src/shared/csv.ts'),
    ];
    expect(layerViolations(files)).toEqual([
      'src/content/load-report.ts:12 imports src/features/citations.ts: content may import only shared, language, markdown',
    ]);
  });

  it('count a type import as an import', () => {
    const files = [file('src/shared/csv.ts', to('src/site/report.ts', { typeOnly: true })), file('src/site/report.ts')];
    expect(layerViolations(files)).toEqual([
      'src/shared/csv.ts:1 imports src/site/report.ts: shared may import no other layer',
    ]);
  });

  it('keep tests/ out of src/ and scripts/, and scripts/ out of src/', () => {
    const files = [
      file('scripts/bench/search.ts', to('tests/support/chromium.ts')),
      file('src/site/urls.ts', to('scripts/lib/chromium.ts')),
      file('tests/unit/x.test.ts', to('scripts/lib/chromium.ts'), to('src/site/urls.ts')),
      file('scripts/lib/chromium.ts'),
      file('tests/support/chromium.ts'),
    ];
    expect(layerViolations(files)).toEqual([
      'scripts/bench/search.ts:1 imports tests/support/chromium.ts: nothing in src/ or scripts/ imports tests/ (put what both use in scripts/lib/)',
      'src/site/urls.ts:1 imports scripts/lib/chromium.ts: nothing in src/ imports scripts/',
    ]);
  });

  it("keep Astro's virtual modules out of the layers below site", () => {
    const files = [
      file('src/features/figure-table.ts', { specifier: 'astro:content' }),
      file('src/site/report.ts', { specifier: 'astro:content' }),
    ];
    expect(layerViolations(files)).toEqual([
      "src/features/figure-table.ts:1 imports astro:content: only site and the pages above it may use Astro's virtual modules",
    ]);
  });

  it('let the client load only what runs in a browser, through every module it reaches', () => {
    const files = [
      file('src/client/cite.ts', to('src/site/part-data.ts'), to('src/features/citations.ts', { typeOnly: true })),
      file(
        'src/site/part-data.ts',
        to('src/site/boot-script.ts'),
        to('src/language/chinese/cedict.ts', { typeOnly: true }),
      ),
      file('src/site/boot-script.ts', { specifier: 'node:crypto' }),
      file('src/language/chinese/cedict.ts', { specifier: 'node:module' }),
      file('src/features/citations.ts', { specifier: '@citation-js/core' }),
      file('src/pages/x.astro', to('src/content/load-report.ts', { browser: true })),
      file('src/content/load-report.ts', { specifier: 'node:fs' }),
    ];
    expect(layerViolations(files)).toEqual([
      'src/client/cite.ts:2 imports src/features/citations.ts: client may import only shared, language, site',
      'src/pages/x.astro:1 imports src/content/load-report.ts: a <script> is client code, and client may import only shared, language, site',
      'src/content/load-report.ts:1 imports node:fs: client code (src/pages/x.astro) loads it, and client code may not use Node',
      'src/site/boot-script.ts:1 imports node:crypto: client code (src/client/cite.ts) loads it, and client code may not use Node',
    ]);
  });

  it('report files that import each other', () => {
    const files = [
      file('src/features/citations.ts', to('src/features/citation-access.ts', { typeOnly: true })),
      file('src/features/citation-access.ts', to('src/features/citations.ts')),
    ];
    expect(layerViolations(files)).toEqual([
      'import cycle: src/features/citations.ts → src/features/citation-access.ts → src/features/citations.ts',
    ]);
  });
});

describe('reading the imports', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'layers-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  for (const name of 'bcdefghj') write(`src/shared/${name}.ts`, 'export const x = 1;\nexport type T = number;\n');
  const imports = (file: string) =>
    readSourceFiles(root, ['src'])
      .find((found) => found.path === file)!
      .imports.map(({ line, target, specifier, typeOnly, browser }) => ({
        line,
        to: target ?? specifier,
        typeOnly,
        ...(browser && { browser }),
      }));

  it('finds every form of import in TypeScript, and which are erased from the JavaScript', () => {
    write(
      'src/shared/a.ts',
      [
        "export { x } from './b';",
        "export type { T } from './c';",
        "type M = typeof import('./d');",
        "import { type T as E } from './e';",
        "import f = require('./f');",
        "const g = require('./g');",
        "const h = await import('./h');",
        'const base = "/";',
        'const runtime = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);',
        "import j from '/src/shared/j';",
      ].join('\n'),
    );
    expect(imports('src/shared/a.ts')).toEqual([
      { line: 1, to: 'src/shared/b.ts', typeOnly: false },
      { line: 2, to: 'src/shared/c.ts', typeOnly: true },
      { line: 3, to: 'src/shared/d.ts', typeOnly: true },
      // Kept as `import {} from './e'` under verbatimModuleSyntax: the module loads.
      { line: 4, to: 'src/shared/e.ts', typeOnly: false },
      { line: 5, to: 'src/shared/f.ts', typeOnly: false },
      { line: 6, to: 'src/shared/g.ts', typeOnly: false },
      { line: 7, to: 'src/shared/h.ts', typeOnly: false },
      { line: 10, to: 'src/shared/j.ts', typeOnly: false },
    ]);
  });

  it("reads an .astro file's frontmatter and bundled scripts, not its inline ones", () => {
    write(
      'src/pages/p.astro',
      [
        '---',
        "import type { T } from '../shared/b';",
        "import '../shared/c';",
        '---',
        '<script is:inline set:html={"import \'../shared/h\'"} />',
        '<p>text</p>',
        '<script>',
        "  import '../shared/d';",
        "  import 'node:fs';",
        '</script>',
        '<script src="../shared/e.ts"></script>',
      ].join('\n'),
    );
    expect(imports('src/pages/p.astro')).toEqual([
      { line: 2, to: 'src/shared/b.ts', typeOnly: true },
      { line: 3, to: 'src/shared/c.ts', typeOnly: false },
      { line: 8, to: 'src/shared/d.ts', typeOnly: false, browser: true },
      { line: 9, to: 'node:fs', typeOnly: false, browser: true },
      { line: 11, to: 'src/shared/e.ts', typeOnly: false, browser: true },
    ]);
    expect(layerViolations(readSourceFiles(root, ['src']))).toEqual([
      'src/pages/p.astro:9 imports node:fs: a <script> is client code, and client code may not use Node',
    ]);
    rmSync(path.join(root, 'src/pages'), { recursive: true });
  });

  it('stops on an import it cannot read, naming the file and line', () => {
    write('src/shared/a.ts', "const name = './b';\nconst b = await import(name);\n");
    expect(() => readSourceFiles(root, ['src'])).toThrow(
      'src/shared/a.ts:2: an import of a module named at run time, which the layer rules cannot check',
    );
    write('src/shared/a.ts', "const all = import.meta.glob('./*.ts');\n");
    expect(() => readSourceFiles(root, ['src'])).toThrow('src/shared/a.ts:1: import.meta.glob');
    write('src/shared/a.ts', "import { x } from './nowhere';\n");
    expect(() => readSourceFiles(root, ['src'])).toThrow("src/shared/a.ts:1: cannot resolve './nowhere'");
  });
});
