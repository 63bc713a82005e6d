import { existsSync } from 'node:fs';
import path from 'node:path';

/** The site and browser tests read a built site: fail at once, with the fix, when it has not been built. */
export function requireBuild(dist = 'dist'): void {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`${dist}/ is missing: run \`npm test\` (it builds first) or \`npm run build\` before \`vitest\`.`);
  }
}
