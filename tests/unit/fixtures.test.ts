import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { expectFixture } from '../support/fixtures';

const dir = mkdtempSync(path.join(tmpdir(), 'expect-fixture-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('expectFixture', () => {
  it('in CI, fails on a missing expected file, says how to make it, and writes nothing', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('UPDATE_FIXTURES', '');
    const file = path.join(dir, 'missing-in-ci.txt');
    expect(() => expectFixture(file, 'output\n')).toThrow(
      `The expected fixture ${file} is missing: run \`UPDATE_FIXTURES=1 npx vitest run tests/unit/fixtures.test.ts\` locally`,
    );
    expect(existsSync(file)).toBe(false);
  });

  it('outside CI, writes a missing expected file and compares with it', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('UPDATE_FIXTURES', '');
    const file = path.join(dir, 'missing-locally.txt');
    expectFixture(file, 'output\n');
    expect(readFileSync(file, 'utf8')).toBe('output\n');
  });

  it('fails on a file that differs, in CI or not, and leaves it as it is', () => {
    vi.stubEnv('UPDATE_FIXTURES', '');
    const file = path.join(dir, 'different.txt');
    writeFileSync(file, 'expected\n');
    for (const ci of ['true', '']) {
      vi.stubEnv('CI', ci);
      expect(() => expectFixture(file, 'actual\n')).toThrow(/different\.txt: expected 'actual\\n' to be 'expected\\n'/);
    }
    expect(readFileSync(file, 'utf8')).toBe('expected\n');
  });

  it('rewrites the file with UPDATE_FIXTURES=1, in CI too', () => {
    vi.stubEnv('CI', 'true');
    vi.stubEnv('UPDATE_FIXTURES', '1');
    const file = path.join(dir, 'updated.txt');
    writeFileSync(file, 'old\n');
    expectFixture(file, 'new\n');
    expect(readFileSync(file, 'utf8')).toBe('new\n');
  });
});
