import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICONS, iconPng, webAppManifest } from '../../src/integrations/web-app-manifest';

const favicon = readFileSync('public/favicon.svg', 'utf8');
const pixel = (png: PNG, x: number, y: number) => [
  ...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 4),
];
/** Share of the pixels in the middle fifth of the icon that are white: the glyph 赣 drawn in the system's CJK font. */
function glyphShare(png: PNG): number {
  let white = 0;
  let all = 0;
  for (let y = Math.round(png.height * 0.4); y < png.height * 0.6; y++)
    for (let x = Math.round(png.width * 0.4); x < png.width * 0.6; x++, all++)
      if (
        pixel(png, x, y)
          .slice(0, 3)
          .every((channel) => channel > 200)
      )
        white++;
  return white / all;
}

describe('the web app manifest', () => {
  it('names the site in both languages and keeps it under the base', () => {
    const manifest = webAppManifest('/reader');
    expect(manifest.name).toBe('赣州市政府工作报告 · Ganzhou Report on the Work of the Government');
    expect(manifest.short_name).toBe('赣州市政府工作报告');
    expect(manifest).toMatchObject({ start_url: '/reader/', scope: '/reader/', display: 'standalone' });
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/reader/favicon.svg',
      '/reader/icons/icon-192.png',
      '/reader/icons/icon-512.png',
      '/reader/icons/maskable-512.png',
    ]);
  });
});

describe('the icons, drawn from the favicon', () => {
  for (const { file, size, purpose } of ICONS) {
    it(`${file}: ${size} px, the glyph drawn${purpose === 'maskable' ? ', full bleed for any mask' : ''}`, () => {
      const png = PNG.sync.read(iconPng(favicon, size, purpose === 'maskable'));
      expect([png.width, png.height]).toEqual([size, size]);
      // Without a CJK font the glyph would be missing and the middle of the icon plain red.
      expect(glyphShare(png)).toBeGreaterThan(0.05);
      // The favicon's rounded corners are transparent; a maskable icon fills its corners, which a mask cuts away.
      expect(pixel(png, 0, 0)[3]).toBe(purpose === 'maskable' ? 255 : 0);
    });
  }
});
