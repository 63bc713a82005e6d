import { execFileSync } from 'node:child_process';

/**
 * The date (YYYY-MM-DD) of the last commit that touched any of `files`, from git history; undefined when
 * there is no git, no history (a download without .git) or no commit touching them.
 */
export function lastChanged(files: string[]): string | undefined {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return date || undefined;
  } catch {
    return undefined;
  }
}
