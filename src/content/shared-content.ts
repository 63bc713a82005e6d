import { checkContent } from './check-content';
import type { SiteContent } from './load-site-content';

type Reads = Map<string, Promise<SiteContent>>;

// Astro loads the content config (the loaders) and astro.config.mjs (the integrations) through separate module
// graphs, each with its own instance of this module; a registered symbol on globalThis is what both can reach.
const READS = Symbol.for('ganzhou-reader.content-reads');

function reads(): Reads {
  const holder = globalThis as typeof globalThis & { [READS]?: Reads };
  return (holder[READS] ??= new Map());
}

/**
 * The checked content of `contentDir` (an absolute path), with every message relative to `cwd`: read on the
 * first call, then the same read for every caller until {@link dropSharedContent}. The content loaders and the
 * integrations that check and index the built site share it, so a build parses the content once.
 */
export function sharedContent(contentDir: string, cwd: string): Promise<SiteContent> {
  const known = reads().get(contentDir);
  if (known) return known;
  const read = checkContent(contentDir, { cwd });
  reads().set(contentDir, read);
  return read;
}

/** Forgets the read of `contentDir`, so that the next caller reads the files again. */
export function dropSharedContent(contentDir: string): void {
  reads().delete(contentDir);
}
