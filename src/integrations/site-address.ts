import type { AstroIntegration } from 'astro';
import { withSlash } from '../shared/with-slash';

/**
 * The site's public address from SITE_URL (scheme and host, e.g. `https://owner.github.io`), or undefined when it
 * is unset or empty. It is the one setting every absolute link is made from (canonical links, citations, the
 * downloads' sentence links); without it the build writes none rather than a made-up address. A sub-path belongs
 * in SITE_BASE, so that pages, assets and absolute links all follow the one base.
 */
export function siteUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL "${value}" is not a URL. Set it to the site's address, e.g. https://owner.github.io`);
  }
  if (!/^https?:$/.test(url.protocol)) {
    throw new Error(`SITE_URL "${value}" is not an http(s) address. Set it to e.g. https://owner.github.io`);
  }
  if (url.search || url.hash || url.username) {
    throw new Error(`SITE_URL "${value}" is more than an address: give the address alone (SITE_URL=${url.origin})`);
  }
  if (url.pathname !== '/') {
    throw new Error(
      `SITE_URL "${value}" has a path: give the address alone (SITE_URL=${url.origin}) and the path as SITE_BASE (SITE_BASE=${withSlash(url.pathname)})`,
    );
  }
  return url.origin;
}

/** Says, when a build has no site address, what it leaves out and what to set. */
export default function siteAddress(): AstroIntegration {
  return {
    name: 'site-address',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command !== 'build' || config.site) return;
        logger.warn(
          'SITE_URL is not set: the pages have no canonical link, and the sentence links of the figures and ' +
            'vocabulary downloads are paths from the site root (/part-3/#…), not addresses; citations take the ' +
            "address from the reader's browser. Set SITE_URL to the address the site is served from, e.g. " +
            'SITE_URL=https://owner.github.io (the deploy workflow sets it).',
        );
      },
    },
  };
}
