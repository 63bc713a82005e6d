import { INLINE_SCRIPT_HASHES } from './boot-script';
import { withSlash } from '../shared/with-slash';

/**
 * The site's Content-Security-Policy: everything from the site itself, no inline script but the two hashed boot
 * scripts, WebAssembly for Pagefind's search, and the site's own service worker and web app manifest. The meta tag
 * carries it on every page; `_headers` repeats it (with what a meta tag cannot say) for hosts that read that file.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${INLINE_SCRIPT_HASHES.join(' ')}`,
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Powerful browser features the site never uses, turned off so that nothing injected or embedded can ask for them.
 * Only a response header can carry this policy (browsers ignore it in a meta tag).
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'browsing-topics=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
].join(', ');

/**
 * The headers every page should be served with, beyond what the meta tag can say: framing (`frame-ancestors`
 * works only in a header), MIME sniffing, referrers and the permissions policy.
 */
export function securityHeaders(): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'strict-origin-when-cross-origin'],
    ['Permissions-Policy', PERMISSIONS_POLICY],
  ];
}

/** Headers for every path under `base`, in the `_headers` format that Netlify, Cloudflare Pages and others read. */
export function headersFile(base = '/'): string {
  const root = withSlash(base);
  return [
    `${root}*`,
    ...securityHeaders().map(([name, value]) => `  ${name}: ${value}`),
    // Built assets have content hashes in their names, so they never change: cache them for a year.
    `${root}_astro/*`,
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
}
