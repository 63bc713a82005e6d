import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const polyphones = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/polyphones.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, FORCE_COLOR: '0' },
  });

describe('npm run polyphones', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'polyphones-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync('content', dir, { recursive: true });
  const file = path.join(dir, 'reading', 'polyphones.tsv');

  it('finds the reviewed list in step with the text', () => {
    const result = polyphones('--check', '--dir', dir);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(0);
  });

  it('writes nothing when a line of the reviewed list cannot be read, naming the file and line', () => {
    const lines = readFileSync(file, 'utf8').split('\n');
    // A reviewer's reading whose row lost its index column: a rewrite would drop it.
    lines[3] = lines[3]!.split('\t').toSpliced(2, 1).join('\t');
    const broken = lines.join('\n');
    writeFileSync(file, broken);
    const result = polyphones('--dir', dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${file}:4:1  The row has 5 of the 6 columns`);
    expect(result.stderr).toContain('nothing written');
    expect(readFileSync(file, 'utf8')).toBe(broken);
  });
});
