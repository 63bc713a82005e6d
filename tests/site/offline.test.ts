import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OFFLINE_ROUTE } from '../../src/site/offline';
import { builtPages, select } from '../support/built-site';

const pages = builtPages('dist');
const worker = readFileSync('dist/sw.js', 'utf8');
/** The precache list bundled into dist/sw.js: each file and its revision (null for a hashed name). */
const precached = new Map(
  [...worker.matchAll(/\{(?:revision:(null|"[0-9a-f]+"),)?url:"([^"]+)"(?:,revision:(null|"[0-9a-f]+"))?\}/g)].map(
    ([, before, url, after]) => [url!, JSON.parse(before ?? after ?? 'null') as string | null],
  ),
);
const files = (folder: string) =>
  readdirSync(path.join('dist', folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative('dist', path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

describe('the service worker', () => {
  it('precaches every page, the data files the pages load on first use, and the whole search index', () => {
    expect(precached.size).toBeGreaterThan(300);
    for (const { route } of pages) expect(precached.has(`${route}index.html`), `/${route}`).toBe(true);
    for (const part of ['part-3', 'part-5', 'annex'])
      for (const data of ['aids.json', 'dict.json', 'terms.json', 'cite.json', 'echoes.json'])
        expect(precached.has(`${part}/${data}`), `${part}/${data}`).toBe(true);
    for (const file of files('pagefind')) expect(precached.has(file), file).toBe(true);
    for (const file of files('_astro')) expect(precached.has(file), file).toBe(true);
    expect(precached.has(`${OFFLINE_ROUTE}index.html`)).toBe(true);
  });

  it("leaves the downloads and the national reports' search index to be fetched when asked for", () => {
    expect([...precached.keys()].filter((url) => /^(downloads|pagefind-national)\//.test(url))).toEqual([]);
  });

  it('gives every file whose name does not change with its content a revision from the build', () => {
    for (const [url, revision] of precached) {
      const hashed = /^_astro\/|^pagefind[^/]*\/(fragment|index|filter)\/|\.pf_meta$/.test(url);
      expect(revision === null, url).toBe(hashed);
    }
  });
});

describe('the offline page', () => {
  it('says in both languages that the page is not saved, in the site layout', () => {
    const tree = builtPages('dist').find((p) => p.route === OFFLINE_ROUTE)!.tree;
    expect(select('h1', tree)).toBeDefined();
    const text = readFileSync(path.join('dist', OFFLINE_ROUTE, 'index.html'), 'utf8');
    expect(text).toContain('此页未保存在本设备上');
    expect(text).toContain('This page is not saved on this device');
    expect(select('header', tree)).toBeDefined();
  });
});

describe('installing the site', () => {
  it('links the web app manifest from every page, under the policy that allows it', () => {
    for (const { route, tree } of pages) {
      expect(select('link[rel="manifest"]', tree)?.properties.href, `/${route}`).toBe('/manifest.webmanifest');
      const policy = String(select('meta[http-equiv="Content-Security-Policy"]', tree)?.properties.content);
      expect(policy).toMatch(/(^|; )worker-src 'self'(;|$)/);
      expect(policy).toMatch(/(^|; )manifest-src 'self'(;|$)/);
    }
  });
});
