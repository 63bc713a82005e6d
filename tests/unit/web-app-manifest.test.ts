import { describe, expect, it } from 'vitest';
import { webAppManifest } from '../../src/integrations/web-app-manifest';

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
