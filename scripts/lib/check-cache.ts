import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion, openParseCache, parseCacheKey, type DiskParseCache } from '../../src/content/parse-cache';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The check's cache of parsed report files for the content folder `dir`: one file per folder under
 * node_modules/.cache/report-check (deleted with the packages; `CHECK_CACHE_DIR` puts it elsewhere), valid for
 * this source, these installed packages and this Node.
 */
export async function checkCacheFor(dir: string): Promise<DiskParseCache> {
  const folder = process.env.CHECK_CACHE_DIR ?? path.join(PROJECT, 'node_modules', '.cache', 'report-check');
  const file = path.join(folder, `${parseCacheKey(path.resolve(dir)).slice(0, 16)}.cache`);
  return openParseCache(file, await checkCacheVersion());
}

/** The version of this project's parsing code, for the check's cache (and the bench's). */
export function checkCacheVersion(): Promise<string> {
  return codeVersion(
    [
      path.join(PROJECT, 'src'),
      path.join(PROJECT, 'package-lock.json'),
      // What npm really installed, which a hand edit or `npm link` can make differ from the lockfile.
      path.join(PROJECT, 'node_modules', '.package-lock.json'),
    ],
    process.version,
  );
}
