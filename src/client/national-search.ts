// The national reports' search, for the search page's national filter: loaded only when the reader chooses it.
// Their bundle (dist/pagefind-national/, see the pagefind-index integration) is run by the report bundle's
// runtime, the same module, so the two share Pagefind's worker; its records are Chinese paragraphs.

import { HAN } from '../language/chinese/cjk-spacing';
import { searchKind, type Hit, type PagefindData, type PagefindInstance } from './search-engine';
import { resultItem } from './search-results';

const base = document.documentElement.dataset.base ?? '/';
let instance: Promise<PagefindInstance> | undefined;

function nationalIndex(): Promise<PagefindInstance> {
  instance ??= (async () => {
    const module = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    // A national result has no aligned paragraph beneath it: a longer excerpt shows more of its passage.
    return module.createInstance({ basePath: `${base}pagefind-national/`, excerptLength: 60 }) as PagefindInstance;
  })();
  return instance;
}

/**
 * Paragraphs of the national reports that match the query's Chinese words: the reports are Chinese only, so a
 * query without Chinese characters or figures finds none, and loads nothing.
 */
export function searchNational(query: string): Promise<Hit[]> {
  return searchKind(query, { kind: 'national' }, nationalIndex, ['zh']);
}

/**
 * A national paragraph as a result: its year, the passage with the hits marked, and a link to the sentence of the
 * first hit. The paragraph's `href` names its first sentence (`2022.457`, the year's sentences numbered on), so
 * the hit's sentence is that number plus its place in the paragraph. The national pages mark no hits, so the
 * link carries no query.
 */
export function nationalResultItem(hit: Hit, data: PagefindData, query: string, pattern?: RegExp): HTMLLIElement {
  const item = resultItem(hit, data, query, pattern);
  const link = item.querySelector('a')!;
  // resultItem links to `#2022.457.3` for the third sentence of the paragraph that starts with sentence 457.
  const [year, first, n = '1'] = link.hash.slice(1).split('.');
  link.href = `${base}${data.meta.href.split('#')[0]}#${year}.${Number(first) + Number(n) - 1}`;
  item.querySelector<HTMLElement>('.result__title')!.dataset.kind = '国务院 State Council';
  // A national report has no other language to show.
  item.querySelector('.result__other')!.remove();
  return item;
}

/** What a search of the national reports found; a query with no Chinese finds nothing there, and is told why. */
export function nationalStatus(query: string, paragraphs: number): string {
  if (paragraphs)
    return `在国务院报告中找到 ${paragraphs} 段（仅中文）。 ${paragraphs} ${paragraphs === 1 ? 'passage' : 'passages'} in the national reports, in Chinese only.`;
  if (!HAN.test(query) && /[A-Za-z]/.test(query))
    return `国务院报告只有中文，请用中文搜索。 The national reports are in Chinese only: search them in Chinese.`;
  return `国务院报告中没有“${query}”。 No results for “${query}” in the national reports.`;
}
