import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readPlainPairs } from '../../src/content/read-frontmatter';

/** The YAML between a file's `---` lines. */
const frontmatterOf = (file: string) => /^---\n([\s\S]*?)\n---\n/.exec(readFileSync(file, 'utf8'))![1]!;

// The shortcut must read exactly what the YAML parser reads, or leave the text to it.
describe('readPlainPairs', () => {
  it('reads every report file of the content as the YAML parser does, with each key’s line', () => {
    for (const lang of ['zh', 'en']) {
      const dir = path.join('content/report', lang);
      for (const name of readdirSync(dir)) {
        const yaml = frontmatterOf(path.join(dir, name));
        const read = readPlainPairs(yaml);
        expect(read, name).toBeDefined();
        expect(read!.values, name).toEqual(parse(yaml));
        for (const [key, line] of Object.entries(read!.lines))
          expect(yaml.split('\n')[line - 1]!.startsWith(`${key}: `)).toBe(true);
      }
    }
  });

  const plain = [
    '持续深化改革开放',
    '（三）持续深化改革开放。',
    'Concluding remarks (36)',
    "Xi Jinping's thought",
    'a:b',
    'yes',
    'No',
    'on',
    'Off',
    'Nullable',
    'truth',
    '一',
    '10',
    '0',
    'true',
    'false',
    'y',
    'x\\n',
    'C# and F#',
  ];
  it.each(plain)('reads "title: %s" as the YAML parser does', (value) => {
    const yaml = `part: 3\ntitle: ${value}`;
    expect(readPlainPairs(yaml)?.values).toEqual(parse(yaml));
  });

  const other = [
    'null',
    'Null',
    '~',
    'True',
    'FALSE',
    '1.5',
    '012',
    '0x1F',
    '-3',
    '+3',
    '.inf',
    '1e3',
    "'quoted'",
    '"quoted"',
    '[a, b]',
    '{a: b}',
    '- item',
    '*alias',
    '&anchor x',
    '!tag x',
    '| block',
    '> folded',
    '#comment',
    'a: b',
    'a #comment',
    'a\t#comment',
    'a:\tb',
    'a:',
    'trailing ',
    '%directive',
    '@reserved',
    '`reserved',
    '12345678901234567890',
  ];
  it.each(other)('leaves "title: %s" to the YAML parser', (value) => {
    expect(readPlainPairs(`part: 3\ntitle: ${value}`)).toBeUndefined();
  });

  it.each([
    ['a comment line', 'part: 3\n# note\ntitle: x'],
    ['an indented line', 'part: 3\n  title: x'],
    ['a repeated key', 'title: x\ntitle: y'],
    ['a key an object already has', 'constructor: x'],
    ['an empty value', 'part:'],
    ['a blank line', 'part: 3\n\ntitle: x'],
    ['a nested map', 'part:\n  n: 3'],
    ['a key YAML reads as a boolean', 'True: x'],
    ['a key YAML reads as null', 'null: x'],
    ['two keys YAML reads as one', 'true: x\nTrue: y'],
    ['a key too long to be implicit', `${'k'.repeat(1025)}: x`],
  ])('leaves %s to the YAML parser', (_, yaml) => {
    expect(readPlainPairs(yaml)).toBeUndefined();
  });
});
