import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastChanged } from '../../src/features/git-history';

describe('lastChanged', () => {
  it('gives the date of the last commit that touched a file', () => {
    expect(lastChanged(['content/report/zh/part-3.md'])).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('falls back to undefined for a file without history', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'no-git-'));
    writeFileSync(path.join(dir, 'x.md'), 'x');
    expect(lastChanged([path.join(dir, 'x.md')])).toBeUndefined();
  });
});
