// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import leanPreloadHelper from './src/integrations/lean-preload-helper.ts';
import pagefindIndex from './src/integrations/pagefind-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import verifyBuild from './src/integrations/verify-build.ts';

// SITE_BASE serves the site from a sub-path (e.g. /reader/ on GitHub Pages); every link and asset follows it.
const base = process.env.SITE_BASE ?? '/';
// Tests point CONTENT_DIR at broken fixtures to prove the build stops on them.
const contentDir = process.env.CONTENT_DIR ?? 'content';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://example.org',
  base,
  // 'ignore', not 'always': the per-page data files (terms.json …) have no trailing slash, in dev as in dist/.
  trailingSlash: 'ignore',
  // Stylesheets ship as files, never inline <style>, so the Content-Security-Policy can say style-src 'self'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Scoped styles add no specificity (:where), so a component's rules weigh what they look like they weigh.
  scopedStyleStrategy: 'where',
  integrations: [verifyBuild({ contentDir }), pagefindIndex({ contentDir }), securityHeaders(), leanPreloadHelper()],
  // Scripts ship as files, never inline, so the Content-Security-Policy can forbid inline script.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
});
