// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { CONTENT_DIR } from './src/content/content-dir.ts';
import leanPreloadHelper from './src/integrations/lean-preload-helper.ts';
import lowPriorityScripts from './src/integrations/low-priority-scripts.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import siteAddress, { siteUrl } from './src/integrations/site-address.ts';
import verifyBuild from './src/integrations/verify-build.ts';
import webAppManifest from './src/integrations/web-app-manifest.ts';

// SITE_URL is the site's address (e.g. https://owner.github.io); SITE_BASE serves it from a sub-path (e.g. /reader/
// on GitHub Pages). Every link and asset follows the base; absolute links are written only when SITE_URL is set.
const site = siteUrl(process.env.SITE_URL);
const base = process.env.SITE_BASE ?? '/';

export default defineConfig({
  site,
  base,
  // 'ignore', not 'always': the per-page data files (terms.json …) have no trailing slash, in dev as in dist/.
  trailingSlash: 'ignore',
  // Stylesheets ship as files, never inline <style>, so the Content-Security-Policy can say style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles add no specificity (:where), so a component's rules weigh what they look like they weigh.
  scopedStyleStrategy: 'where',
  integrations: [
    siteAddress(),
    verifyBuild({ contentDir: CONTENT_DIR }),
    pagefindIndex({ contentDir: CONTENT_DIR }),
    securityHeaders(),
    leanPreloadHelper(),
    lowPriorityScripts(),
    webAppManifest(),
    // Last: it precaches what the integrations before it wrote into dist/.
    serviceWorker(),
  ],
  // Scripts ship as files, so the Content-Security-Policy can forbid inline script but the two hashed boot scripts.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
