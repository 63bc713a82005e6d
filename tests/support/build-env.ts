import { mkdirSync, mkdtempSync } from 'node:fs';
import path from 'node:path';

/** process.env without the variables Vitest adds for Vite (BASE_URL, MODE, …), which an `astro build` would read back. */
export function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)),
  );
}

/**
 * A new empty folder for a test's builds, inside the project (under node_modules/.cache/): Astro builds into a
 * folder outside the project through the project's `.astro/`, which it then deletes, leaving the checkout without
 * the types `tsc` needs until `astro sync`.
 */
export function buildFolder(prefix: string): string {
  const cache = path.join('node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  return path.resolve(mkdtempSync(path.join(cache, prefix)));
}
