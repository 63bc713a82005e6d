/** A site-internal URL under the configured base path (`SITE_BASE`), e.g. `href('part-3/')` → `/reader/part-3/`. */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}
