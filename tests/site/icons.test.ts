import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ICONS } from '../../src/integrations/web-app-manifest';
import { requireBuild } from '../support/require-build';

requireBuild('dist');
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

// The icons are drawn at build time with the system's Noto Serif CJK (fonts-noto-cjk): read back from dist/.
describe('the icons, drawn from the favicon', () => {
  for (const { file, size, purpose } of ICONS) {
    it(`${file}: ${size} px, the glyph drawn${purpose === 'maskable' ? ', full bleed for any mask' : ''}`, () => {
      const png = PNG.sync.read(readFileSync(path.join('dist', file)));
      expect([png.width, png.height]).toEqual([size, size]);
      // Without a CJK font the glyph would be missing and the middle of the icon plain red.
      expect(glyphShare(png)).toBeGreaterThan(0.05);
      // The favicon's rounded corners are transparent; a maskable icon fills its corners, which a mask cuts away.
      expect(pixel(png, 0, 0)[3]).toBe(purpose === 'maskable' ? 255 : 0);
    });
  }
});
