import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/**
 * Compares `actual` with a fixture file, writing it when missing (or with UPDATE_FIXTURES=1: then review the
 * diff before committing).
 */
export function expectFixture(file: string, actual: string) {
  if (process.env.UPDATE_FIXTURES === '1' || !existsSync(file)) writeFileSync(file, actual);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}
