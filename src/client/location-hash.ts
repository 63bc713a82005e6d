/**
 * The page's `#` anchor without the `#`, percent-escapes decoded. A malformed escape (a link cut short or typed by
 * hand) is left as written: it names no paragraph, so the anchor is ignored instead of stopping the page's scripts.
 */
export function locationHash(): string {
  const hash = location.hash.slice(1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
