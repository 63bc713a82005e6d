import { existsSync } from 'node:fs';

/**
 * A browser's binary: the path in the environment variable `variable` when it is set (a wrong path is an error
 * that names it, never a quiet fallback to another browser), or else the first of `candidates` that exists.
 * `missing` is the error when there is none: the line that installs it.
 */
export function findExecutable(variable: string, candidates: readonly string[], missing: string): string {
  const chosen = process.env[variable];
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`${variable}=${chosen} does not exist: fix it, or unset it. ${missing}`);
    return chosen;
  }
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(missing);
  return found;
}
