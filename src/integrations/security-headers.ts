import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { headersFile } from '../site/csp';

/** Writes `dist/_headers` with the Content-Security-Policy and other security headers for every page. */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(new URL('_headers', dir), headersFile(base));
      },
    },
  };
}
