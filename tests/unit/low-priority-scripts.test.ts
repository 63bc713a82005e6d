import { describe, expect, it } from 'vitest';
import { lowerScriptPriority } from '../../src/integrations/low-priority-scripts';

const head = '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>';
const script = (src: string) => `<script type="module" src="${src}"></script>`;

describe('lowerScriptPriority', () => {
  it('asks for every module script of the page at low priority, and for nothing else', () => {
    const html = `${head}${script('/_astro/page.js')}<p>text</p>${script('/reader/_astro/layout.js')}</body></html>`;
    expect(lowerScriptPriority(html)).toBe(
      '<html><head><link rel="stylesheet" href="/_astro/a.css"></head><body>' +
        '<script type="module" src="/_astro/page.js" fetchpriority="low"></script><p>text</p>' +
        '<script type="module" src="/reader/_astro/layout.js" fetchpriority="low"></script></body></html>',
    );
  });

  it('leaves inline scripts and a page without module scripts as they are', () => {
    const html = `${head}<script>0</script><p>text</p></body></html>`;
    expect(lowerScriptPriority(html)).toBe(html);
  });
});
