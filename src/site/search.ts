// The search index's records, as the search page and the header's panel read them back from Pagefind: the shape
// the build writes (src/features/search-records.ts), for the client, which may not import features itself.
export type { SearchKind, SearchRecord } from '../features/search-records';
