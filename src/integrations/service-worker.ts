import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { SEARCH_BUNDLES } from '../site/search';

/** Options for {@link serviceWorker}. */
export interface ServiceWorkerOptions {
  /** The worker's source, relative to the project root. */
  source?: string;
}

/**
 * What the worker precaches, relative to `dist/`: every page (the reader's parts, the glossary, search, the offline
 * page …), the data files the pages load on first use (`aids.json`, `dict.json`, `terms.json`, `cite.json`,
 * `echoes.json`) and their print stylesheets, the report's Pagefind index and the runtime, the hashed scripts and styles, the icons and the manifest.
 * Pagefind's index is precached whole rather than cached on first use: a query offline needs the chunks of its
 * own words, which no earlier query may have fetched (figures in docs/features.md). The national reports' index
 * (`pagefind-national/`, 1,377 files, 1.5 MB) is not: it would double the first visit for a filter few readers use,
 * so searching the national reports needs the network.
 */
const PRECACHE_PATTERNS = [
  '**/*.html',
  '*/*.{json,css}',
  '_astro/*',
  'pagefind/**/*',
  'favicon.svg',
  'icons/*.png',
  'manifest.webmanifest',
];
/** Files fetched when asked for, never precached: the downloads, and the national reports' search index. */
const NOT_PRECACHED = ['downloads/**', `${SEARCH_BUNDLES.national}/**`];
/** Hashed names: the name is the revision. */
const HASHED = /^_astro\/|^pagefind[^/]*\/(fragment|index|filter)\/|\.pf_meta$/;

/**
 * The precache list of the built site in `dist` (a path): each file and its revision, null for a hashed name.
 * `npm run bench:precache` measures this same list, so its figures are what the worker downloads. Throws on
 * Workbox's warnings (a pattern that matches nothing, a file too large to precache): the list would not be what
 * the patterns say.
 */
export async function precacheManifest(dist: string) {
  const manifest = await getManifest({
    globDirectory: dist,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: NOT_PRECACHED,
    dontCacheBustURLsMatching: HASHED,
    // Pagefind's chunks and the national pages are well under this; a larger file is a mistake to see.
    maximumFileSizeToCacheInBytes: 1024 * 1024,
  });
  if (manifest.warnings.length) throw new Error(`The service worker's precache list: ${manifest.warnings.join('; ')}`);
  return manifest;
}

/**
 * Writes `dist/sw.js`: the service worker of src/client/service-worker.ts, bundled with the list of files to
 * precache and their revisions, both taken from the build. Runs after the integrations that add files to `dist/`
 * (the search index, the icons), so list it after them.
 */
export default function serviceWorker({
  source = 'src/client/service-worker.ts',
}: ServiceWorkerOptions = {}): AstroIntegration {
  let root = '';
  return {
    name: 'service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { manifestEntries, count, size } = await precacheManifest(fileURLToPath(dir));
        const bundle = await build({
          entryPoints: [`${root}/${source}`],
          bundle: true,
          write: false,
          minify: true,
          format: 'iife',
          target: 'es2020',
          // Workbox's logging and assertions are for development builds.
          define: {
            'process.env.NODE_ENV': '"production"',
            'self.__WB_MANIFEST': JSON.stringify(manifestEntries),
          },
          logLevel: 'silent',
        });
        await writeFile(new URL('sw.js', dir), bundle.outputFiles[0]!.contents);
        logger.info(`precache: ${count} files, ${(size / 1024).toFixed(0)} KB uncompressed`);
      },
    },
  };
}
