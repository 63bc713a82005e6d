import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeVersion, openParseCache, parseCacheKey, type DiskParseCache } from '../../src/content/parse-cache';

const PROJECT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The check's cache of parsed report files for the content folder `dir`: one file per folder under
 * node_modules/.cache (deleted with the packages), valid for this version of the source and the lockfile.
 */
export async function checkCacheFor(dir: string): Promise<DiskParseCache> {
  const version = await codeVersion([path.join(PROJECT, 'src'), path.join(PROJECT, 'package-lock.json')]);
  const file = path.join(
    PROJECT,
    'node_modules',
    '.cache',
    'report-check',
    `${parseCacheKey(path.resolve(dir)).slice(0, 16)}.json`,
  );
  return openParseCache(file, version);
}
