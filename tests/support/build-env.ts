import { spawnSync } from 'node:child_process';
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

/**
 * Runs `astro build` into `outDir` with `env` added to a clean environment (SITE_BASE, CONTENT_DIR …); returns its
 * exit code and everything it printed. Test builds run one after another: concurrent Astro builds would share the
 * project's `.astro/` and content store.
 */
export function astroBuild(
  outDir: string,
  env: Record<string, string> = {},
): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    env: { ...cleanEnv(), ...env, FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: result.stdout + result.stderr };
}
