import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FIXTURES = 'tests/fixtures/check';

describe('npm run check', () => {
  const check = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/check.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });

  it('passes the report as it is, strict', () => {
    const result = check('--strict');
    expect(result.stdout).toMatch(/✓ 0 errors, 0 warnings in \d+ parts/);
    expect(result.status).toBe(0);
  });

  it('prints each problem with a hint and a summary, and exits non-zero on errors', () => {
    const result = check('--dir', `${FIXTURES}/figures`);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      `${FIXTURES}/figures/report/en/part-1.md:10:1  error  Block "first": the Chinese has 13.6万户 (136,000)`,
    );
    expect(result.stdout).toContain('    hint: 万 = 10,000');
    expect(result.stdout).toMatch(/✗ 2 errors, 0 warnings/);
  });

  it('prints JSON with --json, and fails terminology only with --strict', () => {
    const json = JSON.parse(check('--dir', `${FIXTURES}/terminology`, '--json').stdout);
    expect(json.warnings).toBe(1);
    expect(json.diagnostics[0]).toMatchObject({ line: 4, column: 1, severity: 'warning', ruleId: 'terminology' });
    expect(check('--dir', `${FIXTURES}/terminology`).status).toBe(0);
    expect(check('--dir', `${FIXTURES}/terminology`, '--strict').status).toBe(1);
  });
});
