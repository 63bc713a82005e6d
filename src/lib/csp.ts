import { BOOT_SCRIPT_HASH } from './boot-script';

/**
 * The site's Content-Security-Policy: everything from the site itself, no inline script but the hashed boot
 * script, and WebAssembly for Pagefind's search. The meta tag carries it on every page; `_headers` repeats it
 * (with what a meta tag cannot say) for hosts that read that file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${BOOT_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** Headers for every path under `base`, in the `_headers` format that Netlify, Cloudflare Pages and others read. */
export function headersFile(base = '/'): string {
  const root = base.replace(/\/?$/, '/');
  return [
    `${root}*`,
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    // Built assets have content hashes in their names, so they never change: cache them for a year.
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
