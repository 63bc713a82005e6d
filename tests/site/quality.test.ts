import { readFileSync } from 'node:fs';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { INLINE_SCRIPT_HASHES, THEME_SCRIPT, VIEW_SCRIPT } from '../../src/site/boot-script';
import { OFFLINE_ROUTE } from '../../src/site/offline';
import { builtPages, brokenLinks, filesMentioning, page, select, selectAll, toText } from '../support/built-site';

const pages = builtPages('dist');
const routes = pages.map((p) => p.route);

describe('built pages', () => {
  it('include every page type', () => {
    const types = ['', 'part-3/', 'glossary/', 'annex/', 'search/', 'status/', 'figures/', 'context/', 'words/'];
    for (const route of [...types, 'national/', 'national/2022/', OFFLINE_ROUTE]) expect(routes).toContain(route);
  });

  it('are valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader()); // reads .htmlvalidate.json
    const problems: string[] = [];
    for (const { route, file } of pages) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`/${route} ${m.line}:${m.column} ${m.message} [${m.ruleId}]`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('have ids of letters, digits, - and _, a sentence adding its number after a dot', () => {
    // html-validate's valid-id runs relaxed, as HTML allows, for the sentence ids (`business-environment.3`),
    // whose form is that of the links already out there, and for a national report's sentence ids (`2022.457`,
    // its year, then its number) on that report's page; every other id keeps to its strict form.
    const ids = pages.flatMap(({ route, tree }) =>
      selectAll('[id]', tree).map((el) => `/${route} ${el.properties.id}`),
    );
    const nationalSentence = /^\/national\/(\d{4})\/ \1\.\d+$/;
    expect(ids.filter((id) => !/ [a-z][\w-]*(\.\d+)?$/i.test(id) && !nationalSentence.test(id))).toEqual([]);
    expect(ids).toContain('/part-3/ business-environment.3');
    expect(ids).toContain('/national/2022/ 2022.457');
    // The glossary quotes the annex notes without their sentence wrappers, so without the annex's anchors.
    expect(selectAll('[data-s]', page('dist', 'glossary/'))).toEqual([]);
  });

  it('link only to pages, files and anchors that exist', () => {
    expect(brokenLinks('dist', '/')).toEqual([]);
  });

  it('are all reachable from the home page (but the offline page): no page is orphaned from the table of contents', () => {
    const links = new Map(
      pages.map((p) => [
        p.route,
        selectAll('a[href]', p.tree)
          .map((a) => new URL(String(a.properties.href), `http://site/${p.route}`))
          .filter((url) => url.host === 'site')
          .map((url) => url.pathname.slice(1)),
      ]),
    );
    const reached = new Set(['']);
    const queue = [''];
    while (queue.length)
      for (const next of links.get(queue.shift()!) ?? []) if (!reached.has(next)) (reached.add(next), queue.push(next));
    // The service worker shows the offline page; tests/site/offline.test.ts holds it to that.
    expect(routes.filter((route) => !reached.has(route))).toEqual([OFFLINE_ROUTE]);
  });
});

// The tests build dist/ without SITE_URL; tests/site/build.test.ts builds with it.
describe('links away from the site, built without its address', () => {
  it('name no placeholder address in any file: pages, data, downloads, the search index', () => {
    expect(filesMentioning('dist', 'example.org')).toEqual([]);
  });

  it('name no canonical URL: one must be absolute, and no address is known', () => {
    for (const { route, tree } of pages) expect(select('link[rel="canonical"]', tree), `/${route}`).toBeUndefined();
  });

  it("give citations and the downloads' sentence links as paths from the site root", () => {
    const cite = JSON.parse(readFileSync('dist/part-3/cite.json', 'utf8'));
    expect(cite['business-environment'].sentences[2].url).toBe('/part-3/#business-environment.3');
    expect(cite['business-environment'].paragraph.apa).toMatch(/, from \/part-3\/#business-environment$/);
    const figures: { permalink: string }[] = JSON.parse(readFileSync('dist/downloads/figures.json', 'utf8'));
    for (const { permalink } of figures) expect(permalink).toMatch(/^\/[a-z0-9-]+\/\?mark-zh=[^#]+#[a-z0-9-]+\.\d+$/);
    const vocabulary = readFileSync('dist/downloads/vocabulary-part-3.csv', 'utf8');
    expect(vocabulary).toMatch(/,\/part-3\/#[a-z0-9-]+\.\d+,part-3,/);
    expect(vocabulary).not.toMatch(/https?:\/\//);
  });
});

describe('security', () => {
  it('puts a strict Content-Security-Policy on every page', () => {
    for (const { route, tree } of pages) {
      const meta = select('meta[http-equiv="Content-Security-Policy"]', tree);
      const policy = String(meta?.properties.content ?? '');
      expect(policy, `/${route}`).toMatch(/(^|; )default-src 'self'(;|$)/);
      const scripts = /script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
    }
  });

  it('repeats it in a _headers file for hosts that read one', () => {
    const headers = readFileSync('dist/_headers', 'utf8');
    const meta = String(select('meta[http-equiv="Content-Security-Policy"]', pages[0]!.tree)!.properties.content);
    expect(headers).toContain(`Content-Security-Policy: ${meta}; frame-ancestors 'none'`);
    for (const header of ['X-Content-Type-Options: nosniff', 'Referrer-Policy: strict-origin-when-cross-origin'])
      expect(headers).toContain(header);
    // Only a header can carry the permissions policy; it turns off the powerful features the site never uses.
    expect(headers).toMatch(
      /^ {2}Permissions-Policy: (?=.*camera=\(\))(?=.*geolocation=\(\))(?=.*microphone=\(\)).+$/m,
    );
  });

  it('has no inline script but the two hashed boot scripts, in their places, and no inline event handlers', () => {
    const meta = String(select('meta[http-equiv="Content-Security-Policy"]', pages[0]!.tree)!.properties.content);
    for (const hash of INLINE_SCRIPT_HASHES) expect(meta).toContain(hash);
    for (const { route, file, tree } of pages) {
      const inline = selectAll('script:not([src])', tree);
      expect(inline.length, `/${route}`).toBe(2);
      const html = readFileSync(file, 'utf8');
      // The theme before the first stylesheet, so it applies to the first frame; the view after the site header
      // and before the text, where waiting for the stylesheets lets the header paint first.
      const theme = html.indexOf(`<script>${THEME_SCRIPT}</script>`);
      const view = html.indexOf(`<script>${VIEW_SCRIPT}</script>`);
      expect(theme, `/${route}`).toBeGreaterThan(0);
      expect(theme, `/${route}`).toBeLessThan(html.search(/<link rel="stylesheet" href="[^"]*"(?! media="print")>/));
      expect(view, `/${route}`).toBeGreaterThan(html.indexOf('</header>'));
      expect(view, `/${route}`).toBeLessThan(html.indexOf('<main'));
      const handlers = selectAll('*', tree).filter((el) =>
        Object.keys(el.properties).some((key) => /^on[A-Z]/.test(key)),
      );
      expect(
        handlers.map((el) => el.tagName),
        `/${route}`,
      ).toEqual([]);
    }
  });

  it('escapes content and glossary text: no markup from content reaches the page', () => {
    for (const { route, tree } of pages) {
      const content = selectAll('.text, .entry__defs, .term-popover', tree);
      for (const node of content) {
        const tags = selectAll('*', node).map((el) => el.tagName);
        for (const tag of tags)
          expect(['div', 'strong', 'em', 'a', 'p', 'span', 'h1', 'h2'], `/${route}`).toContain(tag);
      }
    }
  });
});

describe('reading aids data', () => {
  it('adds no pinyin or word markup to the pages themselves', () => {
    for (const { route, tree } of pages) expect(selectAll('ruby, rt, .w', tree).length, `/${route}`).toBe(0);
  });

  it('ships with each reader page only the dictionary entries of that page', () => {
    for (const part of ['part-3', 'part-6', 'annex']) {
      const html = readFileSync(`dist/${part}/index.html`, 'utf8');
      const text = selectAll('.pair .text--zh', page('dist', part))
        .map((cell) => toText(cell))
        .join('');
      const dictionary = JSON.parse(readFileSync(`dist/${part}/dict.json`, 'utf8')) as Record<string, unknown>;
      expect(Object.keys(dictionary).length).toBeGreaterThan(50);
      for (const word of Object.keys(dictionary)) expect(text, `${part}: ${word}`).toContain(word);
      expect(html).not.toContain('dict.json"');
    }
  });
});
