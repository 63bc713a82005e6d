import type { AstroIntegration } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { SITE_NAME, site } from '../site/site';
import { withSlash } from '../shared/with-slash';

/** The PNG icons browsers require to install a site (192 and 512 px), and a maskable one for Android's shapes. */
export const ICONS = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
] as const;

/** The icon's red, from the favicon; the paper colour of the light theme. */
const ICON_RED = '#a3221b';
const PAPER = '#fbfaf6';

/** The web app manifest of a site served under `base`: its bilingual name, its icons, standalone display. */
export function webAppManifest(base: string) {
  const root = withSlash(base);
  return {
    name: SITE_NAME,
    short_name: `${site.city.zh}${site.title.zh}`,
    description: site.description,
    lang: 'zh-CN',
    start_url: root,
    scope: root,
    display: 'standalone',
    background_color: PAPER,
    theme_color: ICON_RED,
    icons: [
      { src: `${root}favicon.svg`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...ICONS.map(({ file, size, purpose }) => ({
        src: root + file,
        sizes: `${size}x${size}`,
        type: 'image/png',
        purpose,
      })),
    ],
  };
}

/**
 * The favicon as a PNG of `size` px. A maskable icon keeps its glyph inside the central 80 % that every mask
 * shape shows: the favicon's square is drawn at 80 % on a full-bleed field of the same red.
 */
export function iconPng(svg: string, size: number, maskable: boolean): Buffer {
  const drawn = maskable
    ? `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><rect width="40" height="40" fill="${ICON_RED}"/>` +
      `<svg x="4" y="4" width="32" height="32" viewBox="0 0 32 32">${svg.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '')}</svg></svg>`
    : svg;
  // The glyph is text: the system's CJK serif (fonts-noto-cjk) draws it, as it does the favicon in a browser.
  const png = new Resvg(drawn, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: true, serifFamily: 'Noto Serif CJK SC', defaultFontFamily: 'Noto Serif CJK SC' },
  }).render();
  return png.asPng();
}

/** Writes `dist/manifest.webmanifest` and the PNG icons, drawn from `public/favicon.svg` at build time. */
export default function webAppManifestIntegration(): AstroIntegration {
  let base = '/';
  let publicDir: URL;
  return {
    name: 'web-app-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        publicDir = config.publicDir;
      },
      'astro:build:done': async ({ dir }) => {
        const svg = await readFile(new URL('favicon.svg', publicDir), 'utf8');
        await mkdir(new URL('icons/', dir), { recursive: true });
        for (const { file, size, purpose } of ICONS)
          await writeFile(new URL(file, dir), iconPng(svg, size, purpose === 'maskable'));
        await writeFile(new URL('manifest.webmanifest', dir), `${JSON.stringify(webAppManifest(base), null, 2)}\n`);
      },
    },
  };
}
