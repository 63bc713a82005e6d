import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as parseCache from '../../src/content/parse-cache';
import { checkContent } from '../../src/content/check-content';
import { formatDiagnostic } from '../../src/content/diagnostics';
import type { ParsedReportFile } from '../../src/content/parse-report-file';

const { codeVersion, openParseCache, parseCacheKey } = parseCache;
const CHECK_FIXTURES = 'tests/fixtures/check';
const temporary = (name: string) => mkdtempSync(path.join(tmpdir(), `parse-cache-${name}-`));
/** A copy of the report's content that a test may edit. */
const contentCopy = () => {
  const dir = temporary('content');
  cpSync('content', dir, { recursive: true });
  return dir;
};
/** The path of a cache file that a check of `dir` filled. */
const filledCache = async (dir: string, name: string) => {
  const file = path.join(temporary(name), 'check.cache');
  const cache = await openParseCache(file, 'v1');
  await checkContent(dir, { cache });
  await cache.save();
  return file;
};
/** A parse of a file with nothing in it, to store. */
const emptyParse = (file: string): ParsedReportFile => ({
  path: file,
  notes: [],
  frontmatter: undefined,
  frontmatterLines: {},
  blocks: [],
  diagnostics: [],
});
const reportFiles = (dir: string) =>
  ['zh', 'en'].reduce((n, lang) => n + readdirSync(path.join(dir, 'report', lang)).length, 0);
/** How many entries a saved cache file holds: its lines between the version and the end marker. */
const entriesIn = (file: string) => readFileSync(file, 'utf8').split('\n').length - 2;

describe('parse cache', () => {
  it('exports the key, the code version and the disk cache, and nothing else', () => {
    expect(Object.keys(parseCache).sort()).toEqual(['codeVersion', 'openParseCache', 'parseCacheKey']);
  });

  it('gives the same check with a full cache, parsing no file', async () => {
    const file = path.join(temporary('full'), 'check.cache');
    const first = await openParseCache(file, 'v1');
    const cold = await checkContent('content', { strict: true, cache: first });
    await first.save();
    expect(first.stats).toEqual({ hits: 0, stores: reportFiles('content') });

    const second = await openParseCache(file, 'v1');
    const warm = await checkContent('content', { strict: true, cache: second });
    expect(second.stats).toEqual({ hits: reportFiles('content'), stores: 0 });
    expect(warm).toEqual(cold);
  });

  // Every problem a parse reports must come back from the cache as it was first reported.
  it('reports every check fixture the same from the cache', async () => {
    for (const name of readdirSync(CHECK_FIXTURES)) {
      const dir = path.join(CHECK_FIXTURES, name);
      const file = await filledCache(dir, name);
      const cache = await openParseCache(file, 'v1');
      const { diagnostics } = await checkContent(dir, { cache });
      expect(cache.stats.stores, name).toBe(0);
      expect(diagnostics.map(formatDiagnostic).join('\n') + '\n', name).toBe(
        readFileSync(path.join(dir, 'messages.txt'), 'utf8'),
      );
    }
  });

  it('parses an edited file again, and reports the problem the edit made', async () => {
    const dir = contentCopy();
    const file = await filledCache(dir, 'edited');

    const edited = path.join(dir, 'report', 'en', 'part-3.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('. ', '.  '));
    const cache = await openParseCache(file, 'v1');
    const { diagnostics } = await checkContent(dir, { cache });
    expect(cache.stats).toEqual({ hits: reportFiles(dir) - 1, stores: 1 });
    expect(diagnostics.map((d) => `${path.basename(d.file)} ${d.ruleId}`)).toContain('part-3.md markup-spacing');
  });

  it('parses the files of a language again when the glossary changes its spellings', async () => {
    const dir = contentCopy();
    const file = await filledCache(dir, 'glossary');

    const entry = path.join(dir, 'glossary', 'kua-sheng-tong-ban.yaml');
    const yaml = readFileSync(entry, 'utf8');
    expect(yaml).toContain('enForms: [across provinces]');
    writeFileSync(
      entry,
      yaml.replace('enForms: [across provinces]', 'enForms: [across provinces, a spelling no file has]'),
    );
    const cache = await openParseCache(file, 'v1');
    await checkContent(dir, { cache });
    // The Chinese files are linked with the Chinese spellings, which did not change.
    const perLanguage = reportFiles(dir) / 2;
    expect(cache.stats).toEqual({ hits: perLanguage, stores: perLanguage });
  });

  it('starts empty for a new code version, a file cut short or none; parses a damaged entry’s file again', async () => {
    const file = await filledCache('content', 'versions');

    const newer = await openParseCache(file, 'v2');
    await checkContent('content', { cache: newer });
    expect(newer.stats.hits).toBe(0);

    // Cut short after a whole entry: every line left is sound, but the end marker is gone.
    writeFileSync(file, readFileSync(file, 'utf8').split('\n').slice(0, -2).join('\n'));
    const broken = await openParseCache(file, 'v1');
    await checkContent('content', { cache: broken });
    expect(broken.stats).toEqual({ hits: 0, stores: reportFiles('content') });
    await broken.save();
    expect(readFileSync(file, 'utf8').split('\n')[0]).toBe('v1');

    // One entry damaged by hand: that file is parsed again, the others come from the cache.
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1]!.slice(0, lines[1]!.indexOf('\t')) + '\t{"path": "cut';
    writeFileSync(file, lines.join('\n'));
    const damaged = await openParseCache(file, 'v1');
    await checkContent('content', { cache: damaged });
    expect(damaged.stats).toEqual({ hits: reportFiles('content') - 1, stores: 1 });

    const missing = await openParseCache(path.join(path.dirname(file), 'none', 'check.cache'), 'v1');
    expect(missing.get(parseCacheKey('any'))).toBeUndefined();
  });

  it('keeps only the entries of its last run', async () => {
    const file = path.join(temporary('prune'), 'check.cache');
    const first = await openParseCache(file, 'v1');
    await checkContent('content', { cache: first });
    await checkContent(path.join(CHECK_FIXTURES, 'valid'), { cache: first });
    await first.save();
    const both = entriesIn(file);
    expect(both).toBe(reportFiles('content') + reportFiles(path.join(CHECK_FIXTURES, 'valid')));

    const second = await openParseCache(file, 'v1');
    await checkContent(path.join(CHECK_FIXTURES, 'valid'), { cache: second });
    second.set(parseCacheKey('a file parsed this run'), emptyParse('x.md'));
    await second.save();
    const kept = entriesIn(file);
    expect(kept).toBe(reportFiles(path.join(CHECK_FIXTURES, 'valid')) + 1);
  });

  it('hands each reader its own copy, and keeps what was stored', async () => {
    const cache = await openParseCache(path.join(temporary('copies'), 'check.cache'), 'v1');
    const key = parseCacheKey('k');
    const stored = emptyParse('a.md');
    cache.set(key, stored);
    stored.path = 'changed after it was stored';
    cache.get(key)!.path = 'changed by a reader';
    expect(cache.get(key)!.path).toBe('a.md');
  });

  it('keys on the file name: a renamed file is parsed again, under its new name', async () => {
    const dir = contentCopy();
    const file = await filledCache(dir, 'renamed');
    for (const lang of ['zh', 'en']) {
      const from = path.join(dir, 'report', lang, 'part-3.md');
      writeFileSync(path.join(dir, 'report', lang, 'part-3b.md'), readFileSync(from));
      rmSync(from);
    }
    const cache = await openParseCache(file, 'v1');
    const { parts } = await checkContent(dir, { cache });
    expect(cache.stats.stores).toBe(2);
    expect(parts.find((part) => part.slug === 'part-3b')?.files.en).toMatch(/report\/en\/part-3b\.md$/);
  });

  it('never throws on saving: it says why it could not', async () => {
    const blocked = path.join(temporary('blocked'), 'a-file');
    writeFileSync(blocked, '');
    const cache = await openParseCache(path.join(blocked, 'check.cache'), 'v1');
    cache.set(parseCacheKey('k'), emptyParse('a.md'));
    expect(await cache.save()).toMatch(/could not be saved to .*a-file\/check\.cache/);
    expect(readdirSync(path.dirname(blocked))).toEqual(['a-file']);
  });

  it('refuses a key or version its file could not hold', async () => {
    const file = path.join(temporary('fields'), 'check.cache');
    await expect(openParseCache(file, 'v1\nv2')).rejects.toThrow(/cannot hold a tab or a line break/);
    const cache = await openParseCache(file, 'v1');
    expect(() => cache.set('a\tb', emptyParse('a.md'))).toThrow(/cannot hold a tab or a line break/);
  });

  it('keys on every input, in order', () => {
    expect(parseCacheKey('ab', 'c')).not.toBe(parseCacheKey('a', 'bc'));
    expect(parseCacheKey('a', 'b')).toBe(parseCacheKey('a', 'b'));
    expect(parseCacheKey('a', 'b')).not.toBe(parseCacheKey('b', 'a'));
  });

  it('versions the code by every file under its folders', async () => {
    const dir = temporary('code');
    writeFileSync(path.join(dir, 'a.ts'), 'one');
    const lockfile = path.join(temporary('lock'), 'package-lock.json');
    writeFileSync(lockfile, '{}');
    const before = await codeVersion([dir, lockfile]);
    expect(await codeVersion([dir, lockfile])).toBe(before);
    writeFileSync(path.join(dir, 'a.ts'), 'two');
    const edited = await codeVersion([dir, lockfile]);
    expect(edited).not.toBe(before);
    writeFileSync(path.join(dir, 'b.ts'), '');
    expect(await codeVersion([dir, lockfile])).not.toBe(edited);
    const added = await codeVersion([dir, lockfile]);
    writeFileSync(lockfile, '{"lockfileVersion": 3}');
    expect(await codeVersion([dir, lockfile])).not.toBe(added);
  });

  it('versions the code by its facts too, and by a file that appears', async () => {
    const dir = temporary('facts');
    const later = path.join(dir, 'installed.json');
    const before = await codeVersion([later], 'v20.20.2');
    expect(await codeVersion([later], 'v22.0.0')).not.toBe(before);
    writeFileSync(later, '{}');
    expect(await codeVersion([later], 'v20.20.2')).not.toBe(before);
  });
});

describe('npm run check with its cache', () => {
  // Not the project's own cache folder, which would gather one file for each temporary content folder.
  const cacheDir = temporary('cli-cache');
  const check = (args: string[], env: Record<string, string> = {}) =>
    spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', CHECK_CACHE_DIR: cacheDir, ...env },
    });
  const fixtureCopy = (name: string) => {
    const dir = path.join(temporary(name), 'content');
    cpSync(path.join(CHECK_FIXTURES, 'markup-spacing'), dir, { recursive: true });
    return dir;
  };
  const withoutTimes = (stdout: string) => stdout.replace(/checked in \d+ ms.*$/m, 'checked in');

  it('says how many files it parsed, and checks the same from its cache or without it', () => {
    const dir = fixtureCopy('cli');
    const files = reportFiles(dir);
    const first = check(['--dir', dir]);
    const second = check(['--dir', dir]);
    const uncached = check(['--dir', dir, '--no-cache']);
    expect(first.stdout).toMatch(new RegExp(`checked in \\d+ ms \\(${files} files parsed, 0 from the cache\\)`));
    expect(second.stdout).toMatch(new RegExp(`checked in \\d+ ms \\(0 files parsed, ${files} from the cache\\)`));
    expect(uncached.stdout).toMatch(/checked in \d+ ms\n$/);
    expect(first.stdout).toMatch(/error {2}/);
    expect(withoutTimes(second.stdout)).toBe(withoutTimes(first.stdout));
    expect(withoutTimes(uncached.stdout)).toBe(withoutTimes(first.stdout));
    expect([first.status, second.status, uncached.status]).toEqual([1, 1, 1]);
    expect(readdirSync(cacheDir)).toHaveLength(1);
  });

  it('reports a cache it cannot save, and still prints every problem', () => {
    const blocked = path.join(temporary('cli-blocked'), 'a-file');
    writeFileSync(blocked, '');
    const result = check(['--dir', fixtureCopy('cli-unsaved')], { CHECK_CACHE_DIR: path.join(blocked, 'cache') });
    expect(result.stderr).toContain("The check's cache could not be saved to");
    expect(result.stdout).toContain('[markup-spacing]');
    expect(result.status).toBe(1);
  });
});
