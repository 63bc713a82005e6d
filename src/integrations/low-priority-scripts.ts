import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Asks for every page's module scripts at low priority (`fetchpriority="low"`). None is needed to paint the page
 * (module scripts never block it), so the stylesheets get the connection first: each page's first frame waits for
 * them, and the scripts arrive in time for the text they work on. Measured against links that preload the scripts'
 * imports too, and against leaving the priority alone, in docs/performance.md.
 */
export default function lowPriorityScripts(): AstroIntegration {
  return {
    name: 'low-priority-scripts',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          const out = lowerScriptPriority(html);
          if (out === html) continue;
          await writeFile(file, out);
          pages++;
        }
        logger.info(`module scripts at low priority on ${pages} pages`);
      },
    },
  };
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** The page with each of its module scripts at low priority; a page without one comes back unchanged. */
export function lowerScriptPriority(html: string): string {
  return html.replace(
    MODULE_SCRIPT,
    (_tag, src: string) => `<script type="module" src="${src}" fetchpriority="low"></script>`,
  );
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}
