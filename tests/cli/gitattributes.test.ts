import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('.gitattributes', () => {
  const attributes = (file: string) =>
    spawnSync('git', ['check-attr', 'text', 'eol', '--', file], { encoding: 'utf8' }).stdout.trim().split('\n');

  it('checks text out with LF line endings on every system, and keeps the fixtures whose bytes are the test', () => {
    // Git's default on Windows (core.autocrlf=true) would write CRLF, which the check refuses, into every file.
    expect(attributes('content/report/en/part-2.md')).toEqual([
      'content/report/en/part-2.md: text: auto',
      'content/report/en/part-2.md: eol: lf',
    ]);
    for (const fixture of ['encoding', 'line-endings']) {
      const file = `tests/fixtures/check/${fixture}/report/en/part-1.md`;
      expect(attributes(file)[0]).toBe(`${file}: text: unset`);
    }
    expect(readFileSync('tests/fixtures/check/line-endings/report/en/part-1.md', 'latin1')).toContain('\r\n');
  });
});
