// The search index as the build writes it and the search page and the header's panel read it back from Pagefind:
// the records' shape (src/features/search-records.ts), for the client, which may not import features itself, and
// the bundles' folders in dist/.
export type { SearchKind, SearchRecord } from '../features/search-records';

/** The Pagefind bundles in dist/: the report's, and the national reports' beside it (run by the report's runtime). */
export const SEARCH_BUNDLES = { report: 'pagefind', national: 'pagefind-national' } as const;
