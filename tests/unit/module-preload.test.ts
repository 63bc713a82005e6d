import { describe, expect, it } from 'vitest';
import { preloadModules } from '../../src/integrations/module-preload';

const graph = new Map<string, readonly string[]>([
  ['_astro/page.js', ['_astro/storage.js', '_astro/popover.js']],
  ['_astro/layout.js', ['_astro/storage.js']],
  ['_astro/popover.js', ['_astro/dom.js', '_astro/layout.js']],
  ['_astro/storage.js', []],
  ['_astro/dom.js', []],
]);
const head = '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>';
const script = (src: string) => `<script type="module" src="${src}"></script>`;

describe('preloadModules', () => {
  it("lists each static import of the page's scripts once, at any depth, before </head>, all at low priority", () => {
    const html = `${head}${script('/_astro/page.js')}<p>text</p>${script('/_astro/layout.js')}</body></html>`;
    expect(preloadModules(html, graph, '/')).toBe(
      '<html><head><link rel="stylesheet" href="/_astro/a.css">' +
        '<link rel="modulepreload" href="/_astro/storage.js" fetchpriority="low">' +
        '<link rel="modulepreload" href="/_astro/popover.js" fetchpriority="low">' +
        '<link rel="modulepreload" href="/_astro/dom.js" fetchpriority="low"></head><body>' +
        '<script type="module" src="/_astro/page.js" fetchpriority="low"></script><p>text</p>' +
        '<script type="module" src="/_astro/layout.js" fetchpriority="low"></script></body></html>',
    );
  });

  it('writes the links under the base the site is served from', () => {
    const html = `${head.replaceAll('/_astro', '/reader/_astro')}${script('/reader/_astro/layout.js')}</body>`;
    expect(preloadModules(html, graph, '/reader/')).toContain(
      '<link rel="modulepreload" href="/reader/_astro/storage.js" fetchpriority="low"></head>',
    );
  });

  it('leaves a page without module scripts as it is', () => {
    const html = `${head}<p>text</p></body></html>`;
    expect(preloadModules(html, graph, '/')).toBe(html);
  });

  it('stops on a script the client bundle did not write, or outside the base', () => {
    expect(() => preloadModules(`${head}${script('/_astro/gone.js')}`, graph, '/')).toThrow(
      'module script /_astro/gone.js is not in the client bundle',
    );
    expect(() => preloadModules(`${head}${script('/_astro/page.js')}`, graph, '/reader/')).toThrow(
      "module script /_astro/page.js is outside the site's base /reader/",
    );
  });
});
