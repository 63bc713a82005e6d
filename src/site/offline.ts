/**
 * The page the service worker shows for a page that fails to load with nothing saved for it, relative to the site's
 * base. No page links to it: a reader meets it only offline.
 */
export const OFFLINE_ROUTE = 'offline/';
