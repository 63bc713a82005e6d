import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** CI=true (or 1), as GitHub Actions and `.ci/run` set it. */
const inCI = () => /^(true|1)$/i.test(process.env.CI ?? '');

/**
 * Compares `actual` with an expected fixture file. UPDATE_FIXTURES=1 rewrites it (then review the diff before
 * committing). A missing file is written when the test runs locally, which is how a new fixture is made; in CI it
 * fails, because a file written there would only be compared with itself.
 */
export function expectFixture(file: string, actual: string) {
  if (process.env.UPDATE_FIXTURES === '1') writeFileSync(file, actual);
  else if (!existsSync(file)) {
    if (inCI()) {
      const testFile = path.relative(process.cwd(), expect.getState().testPath ?? '<test file>');
      throw new Error(
        `The expected fixture ${file} is missing: run \`UPDATE_FIXTURES=1 npx vitest run ${testFile}\` locally, review the file it writes and commit it.`,
      );
    }
    writeFileSync(file, actual);
  }
  expect(actual, file).toBe(readFileSync(file, 'utf8'));
}
