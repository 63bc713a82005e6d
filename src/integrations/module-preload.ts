import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** Each client chunk's static imports, by file name relative to the output folder (`_astro/x.js`). */
export type ImportGraph = ReadonlyMap<string, readonly string[]>;

/**
 * Makes every page's scripts one request deep and keeps them out of the first paint's way.
 *
 * Astro writes each component's script as its own module, and the modules they share (storage, the popover
 * placement, Vite's dynamic-import helper) as chunks that a browser finds only once a script has arrived: two or
 * three round trips in a row. This lists a page's static imports in its head as `<link rel="modulepreload">`, so
 * the preload scanner fetches them with the stylesheets, and asks for all of them, and the scripts, at low priority
 * (`fetchpriority="low"`): none is needed to paint the page, so the stylesheets and the text get the connection
 * first. Lighthouse's simulated first paint counts a high-priority script that arrives before the paint as blocking
 * it; with this, its Speed Index is the stylesheets' and the page's alone (docs/performance.md).
 */
export default function modulePreload(): AstroIntegration {
  const graph = new Map<string, readonly string[]>();
  let base = '/';
  return {
    name: 'module-preload',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [importGraphPlugin(graph)] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        let pages = 0;
        for (const file of await htmlFiles(root)) {
          const html = await readFile(file, 'utf8');
          let out: string;
          try {
            out = preloadModules(html, graph, base);
          } catch (error) {
            throw new Error(`${path.relative(root, file)}: ${(error as Error).message}`);
          }
          if (out === html) continue;
          await writeFile(file, out);
          pages++;
        }
        logger.info(`module preloads on ${pages} pages`);
      },
    },
  };
}

// Records the client bundle's import graph. The server build's chunks (.mjs, outside _astro/) never appear in a
// page's script tags, so one map serves both builds.
function importGraphPlugin(graph: Map<string, readonly string[]>): Plugin {
  return {
    name: 'module-preload:import-graph',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') graph.set(chunk.fileName, chunk.imports);
    },
  };
}

const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/**
 * The page with a `modulepreload` link before `</head>` for each module its scripts import statically (at any
 * depth, each once, none that is itself a script of the page), and every module script and preload at low priority.
 * A page without module scripts comes back unchanged.
 */
export function preloadModules(html: string, graph: ImportGraph, base: string): string {
  const scripts = [...html.matchAll(MODULE_SCRIPT)].map((match) => match[1]!);
  if (scripts.length === 0) return html;
  const files = scripts.map((src) => {
    if (!src.startsWith(base)) throw new Error(`module script ${src} is outside the site's base ${base}`);
    const file = src.slice(base.length);
    if (!graph.has(file)) throw new Error(`module script ${src} is not in the client bundle`);
    return file;
  });
  const preloads: string[] = [];
  const seen = new Set(files);
  const queue = [...files];
  while (queue.length) {
    const file = queue.shift()!;
    for (const dependency of graph.get(file) ?? []) {
      if (seen.has(dependency)) continue;
      seen.add(dependency);
      preloads.push(dependency);
      queue.push(dependency);
    }
  }
  const links = preloads.map((file) => `<link rel="modulepreload" href="${base}${file}" fetchpriority="low">`).join('');
  return html
    .replace(MODULE_SCRIPT, (_tag, src: string) => `<script type="module" src="${src}" fetchpriority="low"></script>`)
    .replace('</head>', `${links}</head>`);
}

async function htmlFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((e) => path.join(e.parentPath, e.name));
}
