import type { Loader } from 'astro/loaders';
import path from 'node:path';
import { ContentError } from './diagnostics';
import { loadReport } from './load-report';

/** Options for {@link reportLoader}. */
export interface ReportLoaderOptions {
  /** Folder holding `zh/` and `en/` report files, relative to the project root. */
  dir: string;
}

/**
 * Astro content loader for the bilingual report: one entry per part, aligned by block id. Any content error
 * (schema, alignment, plugin failure) throws, so `astro build` stops and names the file and line.
 */
export default function reportLoader({ dir }: ReportLoaderOptions): Loader {
  return {
    name: 'report-loader',
    async load({ store, parseData, watcher, logger, config }) {
      const root = new URL('.', config.root).pathname;
      const contentDir = path.resolve(root, dir);
      const sync = async () => {
        const { parts, diagnostics } = await loadReport(contentDir, { cwd: root });
        for (const warning of diagnostics.filter((d) => d.severity === 'warning')) logger.warn(`${warning.file}:${warning.line} ${warning.message}`);
        if (diagnostics.some((d) => d.severity === 'error')) throw new ContentError(diagnostics);
        store.clear();
        for (const part of parts) {
          store.set({ id: part.slug, data: await parseData({ id: part.slug, data: { ...part } }) });
        }
      };
      await sync();
      // In `astro dev`, a translator's save re-renders the page; a broken edit is logged and the last good text stays.
      watcher?.add(contentDir);
      watcher?.on('change', async (changed) => {
        if (!changed.startsWith(contentDir)) return;
        try {
          await sync();
        } catch (error) {
          logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}
