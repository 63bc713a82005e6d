import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/built-site';
import { nuErrors } from '../support/nu-checker';

describe('the W3C Nu HTML Checker', () => {
  it('reports a script after </html>, the error it exists here to catch', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'nu-')), 'stray.html');
    writeFileSync(
      file,
      '<!doctype html><html lang="en"><head><title>t</title></head><body></body></html><script></script>',
    );
    const errors = await nuErrors([file]);
    expect(errors.map((e) => e.message)).toContain('Stray start tag “script”.');
    expect(errors[0]).toMatchObject({ file, line: 1 });
  });

  it('finds no error on any built page', async () => {
    const pages = builtPages('dist');
    const errors = await nuErrors(pages.map((page) => page.file));
    expect(errors.map((e) => `${path.relative('dist', e.file)}:${e.line}:${e.column} ${e.message}`)).toEqual([]);
  }, 120_000);
});
