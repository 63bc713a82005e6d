import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedReportFile } from './parse-report-file';

/**
 * Parsed report files by a digest of everything a parse depends on, so a second `npm run check` parses only
 * the files that changed. Each value is kept as JSON text and parsed on every read: no caller can change what
 * the next one gets.
 */
export interface ParseCache {
  get(key: string): ParsedReportFile | undefined;
  set(key: string, parsed: ParsedReportFile): void;
}

/** A cache key: the digest of its inputs, in order (for a parse: the pipeline's options, the file's path and text). */
export function parseCacheKey(...inputs: string[]): string {
  const hash = createHash('sha256');
  // A separator no input contains, so ("ab", "c") and ("a", "bc") differ.
  for (const input of inputs) hash.update(input).update('\0');
  return hash.digest('hex');
}

/**
 * The version of the code that shapes a parse: a digest of every file under the given folders and of the given
 * files (the source folder, the lockfiles), and of `facts` (the Node version, whose Unicode tables the sentence
 * splitter and the term matcher read). Any edit to a plugin, a schema or a dependency starts a new cache.
 */
export async function codeVersion(paths: string[], ...facts: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const fact of facts) hash.update(fact).update('\0');
  for (const entry of [...paths].sort()) {
    for (const file of await filesUnder(entry)) {
      // A missing file hashes as a marker, so the digest changes when it appears.
      const text = await readFile(file).catch(() => 'missing');
      hash.update(file).update('\0').update(text).update('\0');
    }
  }
  return hash.digest('hex');
}

async function filesUnder(entry: string): Promise<string[]> {
  const items = await readdir(entry, { withFileTypes: true, recursive: true }).catch(() => undefined);
  // Not a folder: the entry is a file, or nothing yet.
  if (!items) return [entry];
  return items
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name))
    .sort();
}

/** A cache kept in one file: opened at the start of a run, saved at its end. */
export interface DiskParseCache extends ParseCache {
  /** How many reads found an entry, and how many parses were stored, since the cache was opened. */
  readonly stats: { hits: number; stores: number };
  /**
   * Writes the entries this run read or stored (so the file never grows past one corpus), if any was stored.
   * Never throws: a cache that cannot be written is reported (the message is returned) and the check goes on.
   */
  save(): Promise<string | undefined>;
}

/** The cache file's last line: a file that lacks it was cut short, and is not read. */
const END = 'end';

/**
 * The cache file: the code version on the first line, then one `key<TAB>parse as JSON` line an entry, then
 * {@link END}. Lines, not one JSON document of entries: the entries are JSON text already, and quoting each
 * again inside a document doubled the time a re-check spends reading and writing its cache. (JSON text has no
 * raw tab or line break: JSON.stringify escapes them in strings.)
 */
function readCacheFile(text: string, version: string): Map<string, string> {
  const lines = text.split('\n');
  const entries = new Map<string, string>();
  if (lines[0] !== version || lines.at(-1) !== END) return entries;
  for (let i = 1; i < lines.length - 1; i++) {
    const line = lines[i]!;
    const tab = line.indexOf('\t');
    if (tab > 0) entries.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return entries;
}

function writeCacheFile(version: string, entries: Map<string, string>): string {
  return [version, ...[...entries].map(([key, json]) => `${key}\t${json}`), END].join('\n');
}

/** A key or version the file's lines can hold: no tab or line break (digests never have one). */
function assertOneField(value: string, what: string): void {
  if (/[\t\n]/.test(value))
    throw new Error(`A parse cache ${what} cannot hold a tab or a line break: ${JSON.stringify(value)}`);
}

/**
 * Opens the cache in `file` for code of `version`. A missing, unreadable or older file is an empty cache: the
 * cache only ever saves work, so a problem with it is never an error.
 */
export async function openParseCache(file: string, version: string): Promise<DiskParseCache> {
  assertOneField(version, 'version');
  const stored = readCacheFile(await readFile(file, 'utf8').catch(() => ''), version);
  const used = new Map<string, string>();
  const stats = { hits: 0, stores: 0 };
  return {
    stats,
    get(key) {
      const json = used.get(key) ?? stored.get(key);
      if (json === undefined) return undefined;
      let parsed: ParsedReportFile;
      try {
        parsed = JSON.parse(json) as ParsedReportFile;
      } catch {
        return undefined; // an entry damaged by hand: parse the file again
      }
      used.set(key, json);
      stats.hits++;
      return parsed;
    },
    set(key, parsed) {
      assertOneField(key, 'key');
      used.set(key, JSON.stringify(parsed));
      stats.stores++;
    },
    async save() {
      if (!stats.stores) return undefined;
      // Written aside and renamed: a check stopped half-way never leaves half a file behind.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(temporary, writeCacheFile(version, used));
        await rename(temporary, file);
        return undefined;
      } catch (error) {
        await rm(temporary, { force: true }).catch(() => undefined);
        return `The check's cache could not be saved to ${file} (${error instanceof Error ? error.message : String(error)}); the next check will parse every file.`;
      }
    },
  };
}
