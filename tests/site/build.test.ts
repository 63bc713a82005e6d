import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenLinks, builtPages, page, select, selectAll, toText } from '../support/built-site';
import { astroBuild, buildFolder, cleanEnv } from '../support/build-env';

const temp = buildFolder('reader-build-');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The source of the built preload helper, the module Vite wraps every dynamic `import()` in. */
function preloadHelper(outDir: string): string {
  const file = readdirSync(path.join(outDir, '_astro')).find((name) => /^preload-helper\..+\.js$/.test(name));
  if (!file) throw new Error(`no preload-helper chunk in ${outDir}/_astro`);
  return readFileSync(path.join(outDir, '_astro', file), 'utf8');
}

/** Runs `astro build` into a temporary folder with extra environment, returning exit code and output. */
function build(name: string, env: Record<string, string>) {
  const outDir = path.join(temp, name);
  return { outDir, ...astroBuild(outDir, env) };
}

// These builds run one after another: concurrent Astro builds would share the .astro/ cache folder.
describe('astro build', () => {
  it('indexes both languages in one search index of small chunks: one runtime answers a query in both', () => {
    const entry = JSON.parse(readFileSync('dist/pagefind/pagefind-entry.json', 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['en']);
    expect(readdirSync('dist/pagefind').filter((file) => file.startsWith('wasm.'))).toEqual(['wasm.en.pagefind']);
    const chunks = readdirSync('dist/pagefind/index').map((file) => statSync(`dist/pagefind/index/${file}`).size);
    // Pagefind's default chunk size makes four chunks of 20 to 33 KB here.
    expect(chunks.length).toBeGreaterThan(12);
    expect(Math.max(...chunks)).toBeLessThan(12 * 1024);
  });

  it('works from a sub-path set by SITE_BASE, with absolute links under the address set by SITE_URL', () => {
    const site = 'https://owner.github.io';
    const { outDir, status, output } = build('sub-path', { SITE_BASE: '/reader/', SITE_URL: `${site}/` });
    expect(status, output).toBe(0);
    expect(output).not.toContain('SITE_URL is not set');
    // The search index takes the national reports as the pages read them, not from the files again.
    expect(output).toMatch(/of 12 national reports \(as the pages read them\)/);
    // Every link resolves but the printed report's, which `npm run pdf` writes after a build.
    expect(brokenLinks(outDir, '/reader/')).toEqual([
      ': /reader/downloads/ganzhou-report.pdf points to a missing file',
    ]);
    // Code loaded on first use is preloaded from under the sub-path too.
    expect(preloadHelper(outDir)).toContain('"/reader/"');
    // Every absolute link is made of the two settings.
    expect(select('link[rel="canonical"]', page(outDir, 'part-3'))?.properties.href).toBe(`${site}/reader/part-3/`);
    expect(select('link[rel="canonical"]', page(outDir, ''))?.properties.href).toBe(`${site}/reader/`);
    const cite = JSON.parse(readFileSync(path.join(outDir, 'part-3', 'cite.json'), 'utf8'));
    const sentence = cite['business-environment'].sentences[2];
    expect(sentence.url).toBe(`${site}/reader/part-3/#business-environment.3`);
    expect(sentence.apa).toMatch(new RegExp(`, from ${sentence.url.replaceAll('.', '\\.')}$`));
    expect(JSON.parse(sentence.csl).URL).toBe(sentence.url);
    const figures: { permalink: string }[] = JSON.parse(
      readFileSync(path.join(outDir, 'downloads', 'figures.json'), 'utf8'),
    );
    for (const { permalink } of figures) expect(permalink.startsWith(`${site}/reader/`), permalink).toBe(true);
    expect(readFileSync(path.join(outDir, 'downloads', 'figures.csv'), 'utf8')).toContain(
      `,${site}/reader/part-2/?mark-zh=`,
    );
    expect(readFileSync(path.join(outDir, 'downloads', 'vocabulary-part-3.csv'), 'utf8')).toContain(
      `,${site}/reader/part-3/#business-environment.3,`,
    );
  });

  it('refuses a SITE_URL with a path, saying to put the path in SITE_BASE', () => {
    const { status, output } = build('site-url-path', { SITE_URL: 'https://owner.github.io/reader/' });
    expect(status).not.toBe(0);
    expect(output).toContain('SITE_URL=https://owner.github.io');
    expect(output).toContain('SITE_BASE=/reader/');
  });

  it("wraps code loaded on first use in the lean preload helper, not Vite's", () => {
    const helper = preloadHelper('dist');
    expect(helper).toContain('modulepreload');
    expect(helper).not.toContain('vite:preloadError');
    // Vite's own is 678 bytes gzip; every page loads it before anyone interacts.
    expect(gzipSync(helper).length).toBeLessThan(350);
    // Each script that imports code on first use calls it, so the helper is the one Vite wires in.
    const scripts = readdirSync('dist/_astro').filter((file) => file.endsWith('.js'));
    const callers = scripts.filter((file) =>
      /import\("\.\/[^"]+"\),__vite__mapDeps/.test(readFileSync(`dist/_astro/${file}`, 'utf8')),
    );
    expect(callers.length).toBeGreaterThan(0);
  });

  it("fetches every page's module scripts at low priority, and preloads none", () => {
    let pages = 0;
    for (const { route, tree } of builtPages('dist')) {
      const scripts = selectAll('script[type="module"]', tree);
      if (scripts.length === 0) continue;
      pages++;
      for (const element of scripts)
        expect(element.properties.fetchPriority, `${route}: ${element.properties.src}`).toBe('low');
      // Preloading the scripts' imports delayed the first paint and did not change the Speed Index
      // (docs/performance.md).
      expect(selectAll('link[rel="modulepreload"]', tree), route).toEqual([]);
    }
    expect(pages).toBeGreaterThan(20);
  });

  it('shows translation status, draft paragraphs and edit links built from EDIT_URL_BASE', () => {
    const { outDir, status, output } = build('draft', {
      CONTENT_DIR: 'tests/fixtures/site/draft-paragraph',
      EDIT_URL_BASE: 'https://example.org/repo/edit/main/',
    });
    expect(status, output).toBe(0);
    // Built without SITE_URL: the build says what it leaves out and what to set.
    expect(output).toMatch(/SITE_URL is not set: .*Set SITE_URL to the address the site is served from/);
    const statusPage = page(outDir, 'status');
    const totals = selectAll('tfoot td', statusPage).map((cell) => toText(cell).trim());
    expect(totals.slice(0, 4)).toEqual(['4', '1 (25%)', '3 (75%)', '0 (0%)']);
    const drafts = selectAll('.status__drafts a', statusPage).map((a) => String(a.properties.href));
    expect(drafts).toEqual([
      '/part-1/#first',
      'https://example.org/repo/edit/main/tests/fixtures/site/draft-paragraph/report/en/part-1.md',
    ]);
    const reader = page(outDir, 'part-1');
    expect(select('#first .pair__status', reader)).toBeDefined();
    expect(select('#first .edit-link', reader)?.properties.href).toBe(
      'https://example.org/repo/edit/main/tests/fixtures/site/draft-paragraph/report/en/part-1.md',
    );
  });

  it('stops on misaligned content, naming the file and line of each problem', () => {
    const { status, output } = build('misaligned', { CONTENT_DIR: 'tests/fixtures/content/extra-and-order' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/extra-and-order/report/en/part-1.md:16:1  error  English block "invented"',
    );
    expect(output).toContain(
      'tests/fixtures/content/extra-and-order/report/en/part-1.md:10:1  error  Block "second" is out of order',
    );
  });

  it('stops on glossary problems, naming the glossary file and line', () => {
    const { status, output } = build('glossary', { CONTENT_DIR: 'tests/fixtures/site-content/glossary-problems' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'glossary-problems/glossary/never-used.yaml:2:1  error  "从未出现" occurs nowhere in the report',
    );
    expect(output).toContain(
      'glossary-problems/glossary/san-xian-yi-dan.yaml:2:1  error  Spelling "三线一单" is also claimed',
    );
  });

  it('stops on frontmatter that does not match the schema, naming the file and line', () => {
    const { status, output } = build('schema', { CONTENT_DIR: 'tests/fixtures/content/empty-and-kind' });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/content/empty-and-kind/report/en/part-1.md:3:1  error  Frontmatter "numeral"',
    );
  });

  it('stops on a link, writing no page with it, and on a file with Windows line endings', () => {
    const link = build('link', { CONTENT_DIR: 'tests/fixtures/check/link' });
    expect(link.status).not.toBe(0);
    expect(link.output).toContain(
      'tests/fixtures/check/link/report/en/part-1.md:11:116  error  Link to "javascript:alert(1)" in the text  [link]',
    );
    expect(existsSync(path.join(link.outDir, 'part-1', 'index.html'))).toBe(false);
    const crlf = build('line-endings', { CONTENT_DIR: 'tests/fixtures/check/line-endings' });
    expect(crlf.status).not.toBe(0);
    expect(crlf.output).toContain(
      'tests/fixtures/check/line-endings/report/en/part-1.md:1:4  error  The file has Windows line endings (CRLF)',
    );
    expect(crlf.output).not.toContain('malformed');
  });

  it('serves the pages and their data files from the dev server translators preview with, as edited', async () => {
    // A copy of the content, edited while the server runs, as a translator's editor would; outside node_modules/,
    // which the dev server does not watch.
    const content = mkdtempSync(path.join(tmpdir(), 'reader-dev-content-'));
    cpSync('content', content, { recursive: true });
    const file = path.join(content, 'report', 'zh', 'part-3.md');
    const port = 4300 + Math.floor(Math.random() * 600);
    const server = spawn('npx', ['astro', 'dev', '--port', String(port)], {
      env: { ...cleanEnv(), CONTENT_DIR: content, FORCE_COLOR: '0' },
      detached: true,
    });
    try {
      const url = `http://localhost:${port}/`;
      let ready = false;
      for (let i = 0; i < 60 && !ready; i++) {
        ready = await fetch(url).then(
          (r) => r.ok,
          () => false,
        );
        if (!ready) await new Promise((resolve) => setTimeout(resolve, 500));
      }
      expect(ready, 'astro dev answered').toBe(true);
      expect((await fetch(`${url}part-3/`)).status).toBe(200);
      for (const data of ['terms.json', 'aids.json', 'dict.json']) {
        const response = await fetch(`${url}part-3/${data}`);
        expect(response.status, data).toBe(200);
        expect(Object.keys(await response.json()).length, data).toBeGreaterThan(0);
      }
      // The reading aids follow an edit: the next aids.json cuts and reads the new words.
      const aids = async () => (await (await fetch(`${url}part-3/aids.json`)).json())['reform-opening-up-intro'];
      expect(await aids()).not.toContain('阵地');
      // The Chinese must match the reference text, so both change.
      for (const edit of [path.join(content, 'reference', 'report.zh.txt'), file])
        writeFileSync(edit, readFileSync(edit, 'utf8').replace('融入粤港澳大湾区桥头堡', '融入粤港澳大湾区前沿阵地'));
      let edited = '';
      for (let i = 0; i < 40 && !edited.includes('阵地'); i++) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        edited = await aids();
      }
      expect(edited).toContain('阵地');
    } finally {
      process.kill(-server.pid!);
      rmSync(content, { recursive: true, force: true });
    }
  });
});
