import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` of the client build in (Vite 6). */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * Vite's dynamic-import helper at a third of its weight: it preloads a chunk's imports and stylesheets, and
 * leaves out what these pages never use (CSP nonces, the `vite:preloadError` event).
 */
export default function leanPreloadHelper(): AstroIntegration {
  return {
    name: 'lean-preload-helper',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [preloadHelperPlugin()] } });
      },
    },
  };
}

// Every page loads the helper before anyone interacts, because its scripts import code on first use (the header
// search, citations, reading aids): Vite's own is 0.7 KB gzip, more than the page's loader of the header search.
function preloadHelperPlugin(): Plugin {
  let base = '/';
  return {
    name: 'lean-preload-helper',
    // Before Vite's import analysis, which would otherwise load its own helper for this id.
    enforce: 'pre',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    load(id) {
      if (id !== PRELOAD_HELPER_ID) return undefined;
      return { code: helperSource(base), moduleSideEffects: false };
    },
  };
}

/**
 * The helper's source. Vite calls it as `__vitePreload(() => import('./chunk.js'), deps, importerUrl)`, where
 * `deps` are the chunk's own imports and stylesheets, relative to the base (or, with `importerUrl`, to the
 * importing chunk): each is linked once, and the import waits only for the stylesheets, as Vite's does.
 */
export function helperSource(base: string): string {
  return `const base = ${JSON.stringify(base)};
const linked = new Set();
export const __vitePreload = (load, deps, importerUrl) => {
  const sheets = [];
  for (const dep of deps || []) {
    const href = importerUrl ? new URL(dep, importerUrl).href : base + dep;
    if (linked.has(href)) continue;
    linked.add(href);
    const link = document.createElement('link');
    const sheet = href.endsWith('.css');
    link.rel = sheet ? 'stylesheet' : 'modulepreload';
    link.href = href;
    if (sheet) sheets.push(new Promise((loaded, failed) => { link.onload = loaded; link.onerror = failed; }));
    document.head.append(link);
  }
  return Promise.all(sheets).then(load);
};
`;
}
