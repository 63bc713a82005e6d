// The national reports' search, for the search page's national filter: loaded only when the reader chooses it.
// Their bundle (dist/pagefind-national/, see the pagefind-index integration) holds Chinese paragraphs alone; their
// results are the report's result items, linked by nationalHref.

import { HAN } from '../language/chinese/cjk-spacing';
import { pagefindBundle, searchKind, type Hit } from './search-engine';
import type { ResultHref } from './search-results';
import { SEARCH_BUNDLES } from '../site/search';

// A national result has no aligned paragraph beneath it: a longer excerpt shows more of its passage.
const nationalIndex = () => pagefindBundle(SEARCH_BUNDLES.national, { excerptLength: 60 });

/**
 * Paragraphs of the national reports that match the query's Chinese words: the reports are Chinese only, so a
 * query without Chinese characters or figures finds none, and loads nothing. The bundle holds nothing else, so
 * the search names no filter. A query of one word finds the passages that hold it whole; of several, those that
 * hold them all, the passages with the whole query first.
 */
export function searchNational(query: string): Promise<Hit[]> {
  // One word typed without spaces is found as typed: in 1,207 paragraphs, passages that merely hold its
  // characters apart (三, 线, 一 and 单 for 三线一单) are noise, not a find.
  return searchKind(query, {}, nationalIndex, ['zh'], /\s/.test(query.trim()));
}

/**
 * A national result leads to the sentence of its first hit. A paragraph's `href` names its first sentence
 * (`national/2022/#2022.457`, the year's sentences numbered on), so its nth sentence is 457 + n − 1. The national
 * pages mark no hits, so the link carries no query.
 */
export const nationalHref: ResultHref = (data, _query, n = 1) => {
  const [path, anchor] = data.meta.href.split('#');
  const [year, first] = anchor!.split('.');
  return `${path}#${year}.${Number(first) + n - 1}`;
};

/** What a search of the national reports found; a query with no Chinese finds nothing there, and is told why. */
export function nationalStatus(query: string, paragraphs: number): string {
  if (paragraphs)
    return `在国务院报告中找到 ${paragraphs} 段（仅中文）。 ${paragraphs} ${paragraphs === 1 ? 'passage' : 'passages'} in the national reports, in Chinese only.`;
  if (!HAN.test(query) && /[A-Za-z]/.test(query))
    return `国务院报告只有中文，请用中文搜索。 The national reports are in Chinese only: search them in Chinese.`;
  return `国务院报告中没有“${query}”。 No results for “${query}” in the national reports.`;
}
