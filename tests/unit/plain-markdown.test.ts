import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Processor } from 'unified';
import path from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { parsePlainMarkdown } from '../../src/plugins/lib/plain-markdown';
import { createReportPipeline } from '../../src/plugins/pipeline';

// The shortcut must give micromark's tree exactly (positions and key order too: the tree is serialised into the
// check's cache), or leave the text to micromark.
const micromark = createReportPipeline({ micromarkOnly: true });
const micromarkTree = (source: string) => JSON.stringify(micromark.parse(new VFile({ value: source })));
const plainTree = (source: string) => {
  const tree = parsePlainMarkdown(source);
  return tree && JSON.stringify(tree);
};

const markdownFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? markdownFiles(file) : name.endsWith('.md') ? [file] : [];
  });

describe('parsePlainMarkdown', () => {
  it('returns a tree for plain Markdown and nothing for the rest', () => {
    expect(parsePlainMarkdown('{#a}\n**Lead.** Text.\n')?.children[0]?.type).toBe('paragraph');
    expect(parsePlainMarkdown('- a list\n')).toBeUndefined();
  });

  it('parses every report file of the content, as micromark does', () => {
    for (const file of markdownFiles('content/report')) {
      const source = readFileSync(file, 'utf8');
      const tree = plainTree(source);
      // Not wrong if it fails, only slower: micromark parses such a file. Teach the plain parser the new syntax, or
      // write the content without it.
      expect(tree, `${file} is no longer plain Markdown: the check and the build parse it the slow way`).toBeDefined();
      expect(tree, file).toBe(micromarkTree(source));
    }
  });

  it('gives micromark’s tree for every Markdown fixture it takes', () => {
    let taken = 0;
    for (const file of markdownFiles('tests/fixtures')) {
      const source = readFileSync(file, 'utf8');
      const tree = plainTree(source);
      if (tree === undefined) continue;
      taken++;
      expect(tree, file).toBe(micromarkTree(source));
    }
    expect(taken).toBeGreaterThan(100);
  });

  it.each([
    ['a list', '- a\n'],
    ['an ordered list', '1. a\n'],
    ['a quote', '> a\n'],
    ['indented code', '    code\n'],
    ['a tab', 'a\tb\n'],
    ['a code span', 'a `b` c\n'],
    ['HTML', 'a <b>c</b>\n'],
    ['a character reference', 'a &amp; b\n'],
    ['a link', 'see [a](b)\n'],
    ['an image', '![a](b)\n'],
    ['an escape', 'a \\* b\n'],
    ['a hard break', 'a  \nb\n'],
    ['a setext heading', 'a\n===\n'],
    ['a thematic break', 'a\n\n***\n'],
    ['a closed ATX heading', '## a ##\n'],
    ['underscore emphasis', 'a _b_ c\n'],
    ['a triple run', '***a***\n'],
    ['emphasis that does not nest', '*a **b* c**\n'],
    ['an unpaired run inside emphasis', '**a * b**\n'],
    ['a call to an undefined note', 'a[^x]\n'],
    ['a note of more than one line', 'a[^x]\n\n[^x]: b\nc\n'],
    ['a note that opens a list', 'a[^x]\n\n[^x]: - b\n'],
    ['frontmatter left open', '---\na: 1\n'],
    ['a CR line ending', 'a\r\nb\n'],
  ])('leaves %s to micromark', (_, source) => {
    expect(parsePlainMarkdown(source)).toBeUndefined();
  });

  // Generated texts: whatever the shortcut takes must come out as micromark's tree. The pieces are chosen to meet
  // every rule of the parser: CJK and Western punctuation on each side of `*` runs, notes, brackets, line starts.
  describe.each([
    // [what, seed, generator, how many the shortcut must take at least, and of them with emphasis]
    ['nested emphasis', 11, pairedText, 400, 200],
    ['any pieces of plain text', 12, () => piecesText(PLAIN_PIECES, PLAIN_STARTS), 300, 20],
    [
      'pieces of any Markdown',
      13,
      () => piecesText([...PLAIN_PIECES, ...OTHER_PIECES], [...PLAIN_STARTS, ...OTHER_STARTS]),
      50,
      0,
    ],
  ])('on generated text: %s', (_, seed, generate, minTaken, minEmphasis) => {
    it('gives micromark’s tree wherever it gives one', () => {
      random = mulberry32(seed);
      let taken = 0;
      let emphasis = 0;
      for (let i = 0; i < 3000; i++) {
        const source = generate();
        const tree = plainTree(source);
        if (tree === undefined) continue;
        taken++;
        if (/"(strong|emphasis)"/.test(tree)) emphasis++;
        expect(tree, JSON.stringify(source)).toBe(micromarkTree(source));
      }
      // The test means something only if the shortcut took a fair share, emphasis included (the last generator
      // is there for the syntax the shortcut must refuse, and seldom pairs emphasis).
      expect(taken).toBeGreaterThan(minTaken);
      expect(emphasis).toBeGreaterThanOrEqual(minEmphasis);
    });
  });
});

describe('the report pipeline', () => {
  it('parses the content with the shortcut', () => {
    const pipeline = createReportPipeline({ language: 'zh' });
    for (const file of markdownFiles('content/report')) {
      const vfile = new VFile({ path: file, value: readFileSync(file, 'utf8') });
      pipeline.parse(vfile);
      expect(vfile.data.parsedBy, file).toBe('plain');
    }
  });

  it('leaves every file to micromark when a plugin adds syntax the shortcut does not know', () => {
    // An extension that turns emphasis off: the shortcut would still read **a** as strong.
    function remarkNoEmphasis(this: Processor) {
      (this.data().micromarkExtensions ??= []).push({ disable: { null: ['attention'] } });
    }
    const file = new VFile({ value: '**a**\n' });
    const tree = createReportPipeline({ remarkPlugins: [remarkNoEmphasis] }).parse(file);
    expect(file.data.parsedBy).toBe('micromark');
    expect(tree.children[0]).toMatchObject({ type: 'paragraph', children: [{ type: 'text', value: '**a**' }] });
  });

  it('reads emphasis with the same copy of the CJK-friendly rules as micromark does', () => {
    // The shortcut imports the rules' classifier itself: a second, different copy under the extension would
    // let the two drift apart.
    expect(existsSync('node_modules/micromark-extension-cjk-friendly/node_modules')).toBe(false);
  });

  it('parses with the shortcut and transforms to the same trees as with micromark alone', async () => {
    const fast = createReportPipeline({ language: 'en' });
    const slow = createReportPipeline({ language: 'en', micromarkOnly: true });
    for (const file of markdownFiles('content/report/en')) {
      const value = readFileSync(file, 'utf8');
      const [a, b] = [new VFile({ path: file, value }), new VFile({ path: file, value })];
      expect(JSON.stringify(await fast.run(a)), file).toBe(JSON.stringify(await slow.run(b)));
      expect(a.messages).toEqual(b.messages);
      const { parsedBy, ...data } = a.data;
      expect(parsedBy).toBe('plain');
      expect(data).toEqual(b.data);
    }
  });
});

let random = mulberry32(1);
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
const count = (max: number) => 1 + Math.floor(random() * max);

// prettier-ignore
const PLAIN_PIECES = [
  'abc', 'Word', '中文', '领导', '。', '，', '、', '“', '”', '"', "'", '（', '）', '(', ')', ' ', ' ', '**', '**', '*', '*',
  '***', '[^a]', '[^b]', '[^A]', '[^zz]', '[', ']', '[…]', '[2012]', '!', '&', 'R&D', '~~', '|', 'http://x.y',
  'www.x.com', '😀', '𠀀', '\uFE0F', '\uFE00', '\u3000', '\u00A0', '2.', '{+}', '{/}', ':', '\n', '\n', '.', ',', '?',
  '-', '—', '%', '5', '·',
];
const OTHER_PIECES = ['&amp;', '_', '\\', '`', '<b>', '#', '  \n', '](x)', '\t'];
const PLAIN_STARTS = ['', '', '', '{#id}\n', '## ', '[^a]: ', '[^b]: ', '**', '*'];
const OTHER_STARTS = ['# ', '- ', '1. ', '> ', ' ', '[', '---\n', '=', '####### ', '[^a]: *\n'];
const FRONTMATTER = '---\npart: 1\n---\n';

/** Blocks of random pieces, with or without blank lines between them. */
function piecesText(pieces: readonly string[], starts: readonly string[]): string {
  const blocks = Array.from({ length: count(5) }, () => {
    let block = pick(starts);
    for (let i = count(12); i > 0; i--) block += pick(pieces);
    return block;
  });
  return (
    (random() < 0.3 ? FRONTMATTER : '') + blocks.join(random() < 0.7 ? '\n\n' : '\n') + (random() < 0.5 ? '\n' : '')
  );
}

// prettier-ignore
const ATOMS = [
  'abc', '中文', '。', '，', '“', '”', '（', '）', '(', ')', ' ', '.', '!', ':', '"', '[…]', '[^a]', '\n', '😀', '\u3000',
  '5%', '—', '*',
];
/** Blocks of text with `*` and `**` around spans of it, nested up to two deep. */
function pairedText(): string {
  const span = (depth: number): string => {
    let text = '';
    for (let i = count(4); i > 0; i--) {
      const r = random();
      if (depth < 2 && r < 0.25) text += `**${span(depth + 1)}**`;
      else if (depth < 2 && r < 0.4) text += `*${span(depth + 1)}*`;
      else text += pick(ATOMS);
    }
    return text;
  };
  const blocks = Array.from({ length: count(3) }, () => pick(['', '{#id}\n', '## ', '[^a]: ']) + span(0));
  return (random() < 0.5 ? FRONTMATTER : '') + blocks.join('\n\n') + '\n';
}
