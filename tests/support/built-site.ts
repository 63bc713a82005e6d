import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { requireBuild } from './require-build';

export { select, selectAll, toText };

/** Every HTML page of a built site, as `{ route, file, tree }` with routes like `part-3/`. */
export function builtPages(dist: string): { route: string; file: string; tree: Root }[] {
  requireBuild(dist);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.html'));
  return files.sort().map((name) => ({
    route: name
      .replace(/index\.html$/, '')
      .split(path.sep)
      .join('/'),
    file: path.join(dist, name),
    tree: fromHtml(readFileSync(path.join(dist, name), 'utf8')),
  }));
}

export function page(dist: string, route: string): Root {
  requireBuild(dist);
  return fromHtml(readFileSync(path.join(dist, route, 'index.html'), 'utf8'));
}

/**
 * Problems with internal links on a built site served under `base`: a link or asset outside the base, a target
 * file that does not exist, or a `#fragment` with no element of that id, which a browser would not scroll to
 * (a sentence link `#id.n` included: it must land without the page's script).
 */
export function brokenLinks(dist: string, base: string): string[] {
  const pages = builtPages(dist);
  const anchors = (tree: Root) => selectAll('[id]', tree).map((el) => String(el.properties.id));
  const ids = new Map(pages.map((p) => [p.route, new Set(anchors(p.tree))]));
  const problems: string[] = [];
  for (const { route, tree } of pages) {
    for (const element of selectAll('a[href], link[href], script[src], img[src]', tree)) {
      const raw = String(element.properties.href ?? element.properties.src);
      if (/^[a-z]+:/i.test(raw)) {
        // A link the reader may follow (a credit, the canonical URL) fetches nothing; an asset from elsewhere would.
        const followed = element.tagName === 'a' || String(element.properties.rel) === 'canonical';
        if (!followed || !raw.startsWith('https://')) problems.push(`${route}: external reference ${raw}`);
        continue;
      }
      const url = new URL(raw, `http://site${base}${route}`);
      if (!url.pathname.startsWith(base)) {
        problems.push(`${route}: ${raw} is outside the base ${base}`);
        continue;
      }
      const target = decodeURIComponent(url.pathname.slice(base.length));
      const targetRoute = target === '' || target.endsWith('/') ? target : undefined;
      if (targetRoute !== undefined) {
        if (!ids.has(targetRoute)) problems.push(`${route}: ${raw} points to a missing page`);
        else if (url.hash && !ids.get(targetRoute)!.has(decodeURIComponent(url.hash.slice(1)))) {
          problems.push(`${route}: ${raw} points to a missing anchor`);
        }
      } else {
        try {
          readFileSync(path.join(dist, target));
        } catch {
          problems.push(`${route}: ${raw} points to a missing file`);
        }
      }
    }
  }
  return problems;
}

/**
 * Every file of a built site whose text contains `needle`: pages, data files, downloads, and Pagefind's index,
 * whose gzip-compressed files are read unpacked.
 */
export function filesMentioning(dist: string, needle: string): string[] {
  requireBuild(dist);
  const files = readdirSync(dist, { recursive: true, encoding: 'utf8' });
  return files.sort().filter((name) => {
    if (!statSync(path.join(dist, name)).isFile()) return false;
    const bytes = readFileSync(path.join(dist, name));
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    return text.toString('utf8').includes(needle);
  });
}
