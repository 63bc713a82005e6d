import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtContent, startBuiltContent } from './lib/built-content';
import { searchRecords } from '../features/search-records';

const UNUSED_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  // Every record is indexed as English (see below), so the runtime never loads the language-neutral module.
  'wasm.unknown.pagefind',
];

/** Pagefind's index chunk size (its own unit; its default makes chunks about 8 times as large). */
export const INDEX_CHUNK_SIZE = 2500;

/** Options for {@link pagefindIndex}. */
export interface PagefindIndexOptions {
  /** The content folder (with `report/` and `glossary/`), relative to the project root. */
  contentDir: string;
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` after the site is built: one record per paragraph and
 * glossary entry and language. Fails the build on any Pagefind error or when a language's index is empty
 * (Pagefind itself reports an empty index as success).
 */
export default function pagefindIndex({ contentDir }: PagefindIndexOptions): AstroIntegration {
  let root = '';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        startBuiltContent(root, contentDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const content = await builtContent(root, contentDir);
        const records = searchRecords(content);
        // Smaller index chunks than Pagefind's default: a first query fetches only the chunks that hold its words,
        // which halves what a query in both languages downloads. The variable is marked unstable by Pagefind
        // (1.6.0, pinned); tests/site/build.test.ts fails if a new version stops honouring it.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
        const { index, errors } = await pagefind.createIndex({});
        try {
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          const counts = { zh: 0, en: 0 };
          for (const record of records) {
            // Every record goes into one English index, told apart by its `lang` filter: so one Pagefind runtime and
            // one WebAssembly module answer both languages, and a query in both fetches them once. The English
            // stemmer leaves the Chinese alone, which is spaced character by character (see spaceCjk).
            const added = await index.addCustomRecord({ ...record, language: 'en' });
            if (added.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
            counts[record.language]++;
          }
          if (!counts.zh || !counts.en)
            throw new Error(`Pagefind index is empty (zh: ${counts.zh}, en: ${counts.en} records)`);
          const written = await index.writeFiles({ outputPath: path.join(fileURLToPath(dir), 'pagefind') });
          if (written.errors.length)
            throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
          // The site has its own search page; Pagefind's ready-made interfaces would only be dead weight in dist/.
          for (const unused of UNUSED_FILES) await rm(path.join(written.outputPath, unused), { force: true });
          logger.info(
            `indexed ${counts.zh} Chinese and ${counts.en} English records in ${Math.round(performance.now() - start)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
