import { existsSync } from 'node:fs';

/** The site and browser tests read dist/: fail at once, with the fix, when it has not been built. */
export default function requireBuild() {
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm test` (it builds first) or `npm run build` before `vitest`.');
  }
}
