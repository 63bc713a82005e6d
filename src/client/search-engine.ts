// Searches the Pagefind index in the language of the query: Chinese characters search the Chinese records, Latin
// words the English ones (stemmed), so "orange" finds "oranges". Exact matches of the whole query come first.
// Pagefind's script and index load on the first search (or when the header's box is about to be used), never
// with the page.

import { HAN, spaceCjk } from '../language/chinese/cjk-spacing';
import type { Language } from '../shared/languages';
import { SEARCH_BUNDLES, type SearchKind, type SearchRecord } from '../site/search';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
export interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: SearchRecord['meta'];
}
export interface PagefindInstance {
  search: (term: string, options?: { filters?: Record<string, string> }) => Promise<{ results: PagefindResult[] }>;
}

export interface Hit {
  language: Language;
  exact: boolean;
  load: () => Promise<PagefindData>;
}

const bundles = new Map<string, Promise<PagefindInstance>>();

/**
 * The Pagefind instance of a bundle in dist/, made once. Every bundle is run by the report bundle's runtime
 * (`pagefind/pagefind.js`), one module, so they share Pagefind's worker. The report's bundle holds both languages,
 * told apart by each record's `lang` filter (see the pagefind-index integration), so a query in both loads one
 * runtime and one WebAssembly module.
 */
export function pagefindBundle(
  bundle: (typeof SEARCH_BUNDLES)[keyof typeof SEARCH_BUNDLES] = SEARCH_BUNDLES.report,
  options: { excerptLength?: number } = {},
): Promise<PagefindInstance> {
  let instance = bundles.get(bundle);
  if (!instance) {
    instance = (async () => {
      const base = document.documentElement.dataset.base ?? '/';
      const module = await import(/* @vite-ignore */ `${base}${SEARCH_BUNDLES.report}/pagefind.js`);
      return module.createInstance({ basePath: `${base}${bundle}/`, ...options }) as PagefindInstance;
    })();
    bundles.set(bundle, instance);
  }
  return instance;
}

const pagefind = () => pagefindBundle();

/** Starts loading Pagefind's runtime and WebAssembly, so that a search about to be typed finds them ready. */
export function preload(): void {
  void pagefind();
}

/**
 * The languages to search and the query for each. Words with Chinese characters search the Chinese records
 * (with any Latin letters inside them: GDP比重 is a Chinese phrase), words of Latin letters the English ones,
 * figures both; so a mixed query finds each part in its own language.
 */
export function plan(query: string): { language: Language; term: string }[] {
  const words = query.split(/\s+/).filter(Boolean);
  const chinese = words.filter((word) => HAN.test(word));
  const english = words.filter((word) => !HAN.test(word) && /[A-Za-z]/.test(word));
  const figures = words.filter((word) => !HAN.test(word) && !/[A-Za-z]/.test(word));
  const searches: { language: Language; term: string }[] = [];
  if (chinese.length || !english.length)
    searches.push({ language: 'zh', term: spaceCjk([...chinese, ...figures].join(' ')) });
  if (english.length || !chinese.length) searches.push({ language: 'en', term: [...english, ...figures].join(' ') });
  return searches.filter((search) => search.term.replace(/["\s]/g, ''));
}

/**
 * Hits for a query: exact matches of the whole query first, each language's own ranking within that. `index` is
 * another bundle's instance, and `languages` the languages its records are in: the national reports' are all
 * Chinese, so their search names no filter of language (Pagefind fetches a file for each filter a search names).
 * Without `loose`, only the exact matches: records that merely hold the query's words apart are not searched for.
 */
export async function searchKind(
  query: string,
  filters: Record<string, string>,
  index = pagefind,
  languages: Language[] = ['zh', 'en'],
  loose = true,
): Promise<Hit[]> {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  const runs = await Promise.all(
    plan(query.replace(/"/g, ' ')).map(async ({ language, term }) => {
      if (!languages.includes(language)) return { language, exact: [], loose: [] };
      const instance = await index();
      const languageFilters = languages.length > 1 ? { ...filters, lang: language } : filters;
      const [exact, scattered] = await Promise.all([
        instance.search(`"${term}"`, { filters: languageFilters }),
        loose ? instance.search(term, { filters: languageFilters }) : undefined,
      ]);
      return { language, exact: exact.results, loose: scattered?.results ?? [] };
    }),
  );
  for (const pass of ['exact', 'loose'] as const) {
    for (const run of runs) {
      for (const result of run[pass]) {
        const key = `${run.language}:${result.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        hits.push({ language: run.language, exact: pass === 'exact', load: result.data });
      }
    }
  }
  return hits;
}

/** The report's own kinds of record, which its search offers as filters; the national reports are searched apart. */
export type ReportKind = Exclude<SearchKind, 'national'>;

/** Report paragraphs, glossary entries and translator's notes that match, a list of each: each its own kind. */
export async function search(
  query: string,
  filters: { kind?: ReportKind; part?: string } = {},
): Promise<Record<ReportKind, Hit[]>> {
  const kinds: ReportKind[] = filters.kind ? [filters.kind] : ['report', 'glossary', 'note'];
  const lists = await Promise.all(
    kinds.map((kind) => searchKind(query, { ...(filters.part ? { part: filters.part } : {}), kind })),
  );
  return { report: [], glossary: [], note: [], ...Object.fromEntries(kinds.map((kind, i) => [kind, lists[i]!])) };
}
