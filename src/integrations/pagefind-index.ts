import type { AstroIntegration } from 'astro';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtContent, startBuiltContent } from './lib/built-content';
import { loadNationalReports } from '../content/load-national-reports';
import { keptNationalReports } from '../content/shared-content';
import { nationalSearchRecords, searchRecords, type SearchRecord } from '../features/search-records';
import type { Language } from '../shared/languages';
import { SEARCH_BUNDLES } from '../site/search';

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

const { report: REPORT_BUNDLE, national: NATIONAL_BUNDLE } = SEARCH_BUNDLES;

/** Options for {@link pagefindIndex}. */
export interface PagefindIndexOptions {
  /** The content folder (with `report/` and `glossary/`), relative to the project root. */
  contentDir: string;
}

/**
 * One Pagefind bundle of `records` written to `outputPath`, without Pagefind's ready-made interfaces; returns how
 * many records of each language it holds. Throws on any Pagefind error.
 */
async function writeIndex(records: readonly SearchRecord[], outputPath: string): Promise<Record<Language, number>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const counts = { zh: 0, en: 0 };
  // Every record goes into one English index, told apart by its `lang` filter: so one Pagefind runtime and one
  // WebAssembly module answer both languages, and a query in both fetches them once. The English stemmer leaves
  // the Chinese alone, which is spaced character by character (see spaceCjk). The records are sent without
  // waiting for each answer: Pagefind takes them in the order sent (the bundles come out byte for byte the same),
  // and a round trip per record added a sixth to the indexing's time.
  const results = await Promise.all(records.map((record) => index.addCustomRecord({ ...record, language: 'en' })));
  results.forEach((added, i) => {
    const record = records[i]!;
    if (added.errors.length) throw new Error(`Pagefind rejected ${record.url}: ${added.errors.join('; ')}`);
    counts[record.language]++;
  });
  if (!records.length) throw new Error(`Pagefind index ${outputPath} is empty`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  // The site has its own search page; Pagefind's ready-made interfaces would only be dead weight in dist/.
  for (const unused of UNUSED_FILES) await rm(path.join(written.outputPath, unused), { force: true });
  return counts;
}

/**
 * Builds the Pagefind search index into `dist/pagefind/` after the site is built: one record per paragraph and
 * glossary entry and language; and the national reports' index, one record per paragraph, into
 * `dist/pagefind-national/`. Fails the build on any Pagefind error or when a language's index is empty
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
        // The pages' read of the national reports; read here only if no page did.
        const contentRoot = path.resolve(root, contentDir);
        const kept = keptNationalReports(contentRoot);
        const national = kept ?? loadNationalReports(contentRoot, root);
        // Smaller index chunks than Pagefind's default: a first query fetches only the chunks that hold its words,
        // which halves what a query in both languages downloads. The variable is marked unstable by Pagefind
        // (1.6.0, pinned); tests/site/build.test.ts fails if a new version stops honouring it.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
        try {
          const report = await writeIndex(searchRecords(content), path.join(fileURLToPath(dir), REPORT_BUNDLE));
          if (!report.zh || !report.en)
            throw new Error(`Pagefind index is empty (zh: ${report.zh}, en: ${report.en} records)`);
          // The national reports have an index of their own, so the report's search never loads a byte of them.
          const records = nationalSearchRecords(national);
          const nationalCounts = await writeIndex(records, path.join(fileURLToPath(dir), NATIONAL_BUNDLE));
          // The search page runs this bundle with the report bundle's runtime (see src/client/search-engine.ts).
          await rm(path.join(fileURLToPath(dir), NATIONAL_BUNDLE, 'pagefind.js'));
          logger.info(
            `indexed ${report.zh} Chinese and ${report.en} English records, and ${nationalCounts.zh} paragraphs of ` +
              `${national.length} national reports${kept ? ' (as the pages read them)' : ''}, in ` +
              `${Math.round(performance.now() - start)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
