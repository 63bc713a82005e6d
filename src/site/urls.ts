import { withSlash } from '../shared/with-slash';

/** A site-internal URL under the configured base path (`SITE_BASE`), e.g. `href('part-3/')` → `/reader/part-3/`. */
export function href(path = ''): string {
  const base = withSlash(import.meta.env.BASE_URL);
  return base + path.replace(/^\//, '');
}

/**
 * The absolute URL of a site path under the site's address (`SITE_URL`), e.g. `https://owner.github.io/reader/part-3/`,
 * or undefined when the build has no address: a made-up one would send readers elsewhere.
 */
export function absoluteUrl(path = ''): string | undefined {
  const site: string | undefined = import.meta.env.SITE;
  return site ? new URL(href(path), site).href : undefined;
}

/**
 * A link to a site path for use away from the site (a download, a citation): absolute when the site has an
 * address, else the path from the host's root (`/reader/part-3/#…`), which names the place without guessing the host.
 */
export function permalink(path: string): string {
  return absoluteUrl(path) ?? href(path);
}
