import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The documents a newcomer reads first: every repository path and npm script they name must exist, so that a
// move or a rename that forgets the docs fails here instead of misleading the next reader.
const DOCS = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

const PATH_PREFIXES = ['src/', 'scripts/', 'tests/', 'content/', 'docs/', '.ci/'];

/** A file's text without its fenced code blocks, where backticks and paths are examples, not references. */
const prose = (text: string) => text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');

/**
 * The repository paths a document names in backticks, as written: the first word of the span, with a
 * `:line:column` or `#anchor` suffix and a trailing slash taken off. Spans that stand for many files (`*`,
 * `<part>`, `…`, `{id}`) name no one path and are left out.
 */
function pathsNamedIn(text: string): string[] {
  const paths = new Set<string>();
  for (const [, span] of prose(text).matchAll(/`([^`\n]+)`/g)) {
    const word = span!.trim().split(/\s/)[0]!;
    if (!PATH_PREFIXES.some((prefix) => word.startsWith(prefix))) continue;
    if (/[*<>…{}]|\.\.\./.test(word)) continue;
    paths.add(
      word
        .replace(/(:\d+)+$/, '')
        .replace(/#.*$/, '')
        .replace(/\/$/, ''),
    );
  }
  return [...paths];
}

/** Every `npm run <script>` a document names, in prose or in code. */
function scriptsNamedIn(text: string): string[] {
  return [...new Set([...text.matchAll(/npm run ([\w:-]+)/g)].map(([, name]) => name!))];
}

describe('the path and script finders', () => {
  it('take real paths and leave placeholders out', () => {
    const text = [
      'See `src/content/rules/` and `scripts/check.ts --strict`, `content/report/en/part-3.md:14:2`,',
      '`docs/features.md#search`, `src/pages/[part].astro`, but not `content/report/zh/*.md`,',
      '`content/glossary/<pinyin>.yaml`, `part-2.md` … `part-8.md`, `src/…` or `npm test`.',
      '```sh',
      'cat `src/in-a-code-block.ts`',
      '```',
    ].join('\n');
    expect(pathsNamedIn(text)).toEqual([
      'src/content/rules',
      'scripts/check.ts',
      'content/report/en/part-3.md',
      'docs/features.md',
      'src/pages/[part].astro',
    ]);
  });

  it('find npm scripts with a colon or a dash in their name', () => {
    expect(scriptsNamedIn('`npm run test:unit`, npm run visual-diff -- --only home; npm test')).toEqual([
      'test:unit',
      'visual-diff',
    ]);
  });
});

describe('the documents stay true to the repository', () => {
  const scripts = Object.keys(JSON.parse(readFileSync('package.json', 'utf8')).scripts as Record<string, string>);

  for (const doc of DOCS) {
    const text = readFileSync(doc, 'utf8');

    it(`${doc}: every path it names exists`, () => {
      const named = pathsNamedIn(text);
      expect(named.length, `${doc} names no path`).toBeGreaterThan(0);
      expect(named.filter((file) => !existsSync(path.resolve(file)))).toEqual([]);
    });

    it(`${doc}: every npm script it names is in package.json`, () => {
      expect(scriptsNamedIn(text).filter((name) => !scripts.includes(name))).toEqual([]);
    });
  }

  it('README.md stays a short front door: under 6 KB', () => {
    expect(Buffer.byteLength(readFileSync('README.md', 'utf8'))).toBeLessThan(6 * 1024);
  });
});
