import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNationalReports, type NationalReport } from '../../src/content/load-national-reports';
import { loadSiteContent } from '../../src/content/load-site-content';
import { findEchoes, type ReportEchoes } from '../../src/features/echoes/find-echoes';
import { builtPages, page, select, selectAll, toText } from '../support/built-site';

let national: NationalReport[];
let echoes: ReportEchoes;
beforeAll(async () => {
  const { parts } = await loadSiteContent('content');
  national = loadNationalReports('content');
  echoes = findEchoes(parts, national);
});

interface Fragment {
  url: string;
  meta: { href: string; kind: string };
}
/** Every record of a Pagefind bundle, as its fragment files hold it. */
const fragmentsOf = (bundle: string): Fragment[] =>
  readdirSync(`${bundle}/fragment`).map((name) =>
    JSON.parse(
      gunzipSync(readFileSync(`${bundle}/fragment/${name}`))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );

const routes = new Set(builtPages('dist').map((p) => p.route));
const idsOf = new Map<string, Set<string>>();
const ids = (route: string): Set<string> => {
  if (!idsOf.has(route))
    idsOf.set(route, new Set(selectAll('[id]', page('dist', route)).map((el) => String(el.properties.id))));
  return idsOf.get(route)!;
};

describe('the national reports’ pages', () => {
  it('are one page a year, listed on /national/ with how many sentences the report echoes', () => {
    const index = page('dist', 'national/');
    for (const report of national) {
      expect(routes).toContain(`national/${report.year}/`);
      const cell = select(`a[href="/national/${report.year}/"]`, index);
      expect(cell, `/national/ links to ${report.year}`).toBeDefined();
    }
    const counts = selectAll('td[data-echoed]', index).map((td) => Number(td.properties.dataEchoed));
    expect(counts).toHaveLength(national.length);
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it('have every national sentence the echoes name, shaded and linked back to each report sentence', () => {
    const named = new Map<string, Set<string>>();
    for (const part of echoes.parts)
      for (const block of part.blocks)
        for (const sentence of block.sentences)
          for (const match of sentence.matches) {
            const back = `/${part.slug}/#${block.id}.${sentence.index + 1}`;
            named.set(match.sentence.id, (named.get(match.sentence.id) ?? new Set()).add(back));
          }
    expect(named.size).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const report of national) {
      const tree = page('dist', `national/${report.year}/`);
      for (const [id, backs] of named) {
        if (!id.startsWith(`${report.year}.`)) continue;
        const span = select(`[id="${id}"]`, tree);
        if (!span) {
          problems.push(`${id}: no element`);
          continue;
        }
        if (!String(span.properties.className).includes('echoed')) problems.push(`${id}: not marked`);
        // The links back follow the sentence, up to the next sentence.
        const parent = selectAll('p', tree).find((p) => p.children.includes(span))!;
        const after = parent.children.slice(parent.children.indexOf(span) + 1);
        const links: string[] = [];
        for (const node of after) {
          if (node.type !== 'element' || node.tagName !== 'a') break;
          links.push(String(node.properties.href));
        }
        if (links.sort().join(' ') !== [...backs].sort().join(' ')) problems.push(`${id}: links back ${links}`);
      }
      const echoed = selectAll('.echoed', tree).map((el) => String(el.properties.id));
      for (const id of echoed) if (!named.has(id)) problems.push(`${id}: marked but not named by the echoes`);
    }
    expect(problems).toEqual([]);
  });

  it('link back only to sentences the report’s pages have', () => {
    const problems: string[] = [];
    for (const report of national) {
      for (const a of selectAll('a.back', page('dist', `national/${report.year}/`))) {
        const [route, id] = String(a.properties.href).slice(1).split('#') as [string, string];
        if (!routes.has(route) || !ids(route).has(id)) problems.push(`${report.year}: ${a.properties.href}`);
        if (!/^↩ 赣州 \S/.test(toText(a))) problems.push(`${report.year}: link text ${toText(a)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('hold the Chinese text, every sentence with its id, and no English translation', () => {
    for (const report of national) {
      const tree = page('dist', `national/${report.year}/`);
      const text = select('article', tree)!;
      expect(text.properties.lang).toBe('zh-CN');
      expect(text.children.flatMap((child) => selectAll('[lang]', child))).toEqual([]);
      const paragraphs = selectAll('p', text);
      expect(
        paragraphs.map((p) =>
          selectAll('span[id]', p)
            .map((s) => toText(s))
            .join(''),
        ),
      ).toEqual(report.paragraphs);
      expect(selectAll('span[id]', text).map((s) => s.properties.id)).toEqual(report.sentences.map((s) => s.id));
      // Besides the links back, whose name is Chinese, nothing is added to the text.
      const added = paragraphs.flatMap((p) => p.children.filter((c) => c.type !== 'element' || c.tagName !== 'span'));
      expect(added.every((c) => c.type === 'element' && c.tagName === 'a')).toBe(true);
    }
  });

  it('are not in the report’s search index, whose records are the report’s own', () => {
    const fragments = fragmentsOf('dist/pagefind');
    expect(fragments.length).toBeGreaterThan(100);
    expect(fragments.filter((f) => f.url.includes('national/') || f.meta.href.includes('national/'))).toEqual([]);
  });

  it('have a search index of their own: every paragraph of every year, each leading to a sentence of its page', () => {
    const fragments = fragmentsOf('dist/pagefind-national');
    expect(fragments).toHaveLength(national.reduce((sum, report) => sum + report.paragraphs.length, 0));
    const problems: string[] = [];
    for (const fragment of fragments) {
      const [route, id] = fragment.meta.href.split('#') as [string, string];
      if (!/^national\/\d{4}\/$/.test(route) || !routes.has(route) || !ids(route).has(id))
        problems.push(`${fragment.url}: ${fragment.meta.href}`);
      if (fragment.meta.kind !== 'national') problems.push(`${fragment.url}: kind ${fragment.meta.kind}`);
    }
    expect(problems).toEqual([]);
    const years = new Set(fragments.map((f) => f.meta.href.split('/')[1]));
    expect([...years].sort()).toEqual(national.map((report) => String(report.year)));
    // The report's bundle runs it: the national bundle carries no runtime of its own.
    expect(existsSync('dist/pagefind-national/pagefind.js')).toBe(false);
    expect(existsSync('dist/pagefind-national/pagefind-entry.json')).toBe(true);
  });
});
