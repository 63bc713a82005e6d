import type { NationalReport } from './load-national-reports';
import type { SiteContent } from './load-site-content';

type Reads = Map<string, Promise<SiteContent>>;
type NationalReads = Map<string, NationalReport[]>;

// Astro loads the content config (the loaders) and astro.config.mjs (the integrations) through separate module
// graphs, each with its own instance of this module; a registered symbol on globalThis is what both can reach.
const READS = Symbol.for('ganzhou-reader.content-reads');
const NATIONAL_READS = Symbol.for('ganzhou-reader.national-reads');

function reads(): Reads {
  const holder = globalThis as typeof globalThis & { [READS]?: Reads };
  return (holder[READS] ??= new Map());
}

function nationalReads(): NationalReads {
  const holder = globalThis as typeof globalThis & { [NATIONAL_READS]?: NationalReads };
  return (holder[NATIONAL_READS] ??= new Map());
}

/**
 * The one read of `contentDir` (an absolute path) that every caller shares until {@link dropSharedContent}:
 * started with `read` by the first caller. The content loaders start it; the integrations that check and index
 * the built site take it with {@link sharedContent}, so a build parses the content once. This module imports no
 * parser: the integrations' module graph loads none.
 */
export function shareContent(contentDir: string, read: () => Promise<SiteContent>): Promise<SiteContent> {
  const known = reads().get(contentDir);
  if (known) return known;
  const started = read();
  reads().set(contentDir, started);
  return started;
}

/** The read of `contentDir` in progress or done, if one was started. */
export function sharedContent(contentDir: string): Promise<SiteContent> | undefined {
  return reads().get(contentDir);
}

/**
 * Keeps the national reports of `contentDir` (an absolute path) as the pages read them
 * (`getNationalReports()` in src/site/context.ts), for the search index's integration, which runs after the
 * pages and takes the same read with {@link keptNationalReports}.
 */
export function keepNationalReports(contentDir: string, reports: NationalReport[]): void {
  nationalReads().set(contentDir, reports);
}

/** The national reports of `contentDir` as this build's pages read them, if they did. */
export function keptNationalReports(contentDir: string): NationalReport[] | undefined {
  return nationalReads().get(contentDir);
}

/** Forgets the reads of `contentDir`, so that the next caller reads the files again. */
export function dropSharedContent(contentDir: string): void {
  reads().delete(contentDir);
  nationalReads().delete(contentDir);
}
