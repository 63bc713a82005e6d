// The service worker, bundled into dist/sw.js by src/integrations/service-worker.ts with the list of files to
// precache (and each file's revision) from the build. Never imported by a page.
//
// One rule keeps a reader on one version of the site: online, everything but the hashed assets comes from the
// network, so a reload after a deployment shows the new text with the scripts and data built with it; offline (or
// when the network does not answer in time), everything comes from the precache, which holds exactly one build's
// files. The precache is never written at run time: a new build's files arrive only with its service worker, which
// waits until no page of the old build is open, then drops the old build's files in one step.

import { clientsClaim, cacheNames, type RouteHandlerCallbackOptions } from 'workbox-core';
import { cleanupOutdatedCaches, PrecacheController, type InstallResult } from 'workbox-precaching';
import { PrecacheInstallReportPlugin } from 'workbox-precaching/utils/PrecacheInstallReportPlugin.js';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { OFFLINE_ROUTE } from '../site/offline';

declare const self: { __WB_MANIFEST: { url: string; revision: string | null }[]; registration: { scope: string } };
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

/** How long a page or data file may take from the network before the precached copy is shown instead. */
const NETWORK_TIMEOUT_SECONDS = 4;

/** How many precache files the installing worker fetches at once: a browser's connections to one host. */
const PRECACHE_CONCURRENCY = 6;

/**
 * Workbox's precache, downloaded a few files at a time. Workbox fetches its list one file at a time (to spare
 * browsers that fail under hundreds of requests at once, GoogleChrome/workbox#2528, with no option to change it:
 * #2880): with a round trip of 150 ms, the 414 files would keep a first visitor from reading offline for over a
 * minute. Each file is fetched and stored as Workbox does it (`strategy.handleAll`, the cache mode Workbox gives a
 * revisioned name or a hashed one), and one failure fails the install, as in Workbox.
 */
class ConcurrentPrecacheController extends PrecacheController {
  override install(event: ExtendableEvent): Promise<InstallResult> {
    const report = new PrecacheInstallReportPlugin();
    this.strategy.plugins.push(report);
    const queue = [...this.getURLsToCacheKeys()];
    const fetchInTurn = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [url, cacheKey] = next;
        // A revisioned file's key carries its revision: fetched past the browser's cache, as Workbox does.
        const request = new Request(url, {
          cache: cacheKey === url ? 'default' : 'reload',
          credentials: 'same-origin',
        });
        await Promise.all(this.strategy.handleAll({ params: { cacheKey }, request, event }));
      }
    };
    const done = Promise.all(Array.from({ length: PRECACHE_CONCURRENCY }, fetchInTurn)).then(() => ({
      updatedURLs: report.updatedURLs,
      notUpdatedURLs: report.notUpdatedURLs,
    }));
    event.waitUntil(done);
    return done;
  }
}

const precacheController = new ConcurrentPrecacheController();
precacheController.precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first visit's page is taken over at once, so that it works offline without a reload.
clientsClaim();

/** The precached file a URL is served from: a page `/part-3/` (or `/part-3`) is its `part-3/index.html`. */
function precachedFile(url: URL): string {
  const file = new URL(url.pathname, url);
  if (file.pathname.endsWith('/')) file.pathname += 'index.html';
  else if (!/\.[^/]+$/.test(file.pathname)) file.pathname += '/index.html';
  return file.href;
}

/** Reads from the precache only, never writes to it (see above). */
const precacheOnly = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) =>
    precacheController.getCacheKeyForURL(precachedFile(new URL(request.url))) ?? request,
  cacheWillUpdate: async () => null,
};

const inScope = (url: URL) => url.origin === location.origin && url.href.startsWith(self.registration.scope);

// Hashed assets never change under their name: the precached copy is the file.
registerRoute(
  ({ url }) => inScope(url) && url.pathname.includes('/_astro/'),
  new CacheFirst({ cacheName: cacheNames.precache, plugins: [precacheOnly] }),
);
// Pages, data files, the search index and its runtime, icons: the network's if it answers in time, else this
// build's copy.
registerRoute(
  ({ url }) => inScope(url),
  new NetworkFirst({
    cacheName: cacheNames.precache,
    networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
    plugins: [precacheOnly],
  }),
);
// A page that neither the network nor the precache has: the offline page, in both languages.
setCatchHandler(async ({ request }: RouteHandlerCallbackOptions) => {
  if (request instanceof Request && request.mode === 'navigate') {
    const page = await precacheController.matchPrecache(precachedFile(new URL(OFFLINE_ROUTE, self.registration.scope)));
    if (page) return page;
  }
  return Response.error();
});
