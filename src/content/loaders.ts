import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { checkContent } from './check-content';
import { ContentError, formatDiagnostic } from './diagnostics';
import type { SiteContent } from './load-site-content';
import { dropSharedContent, shareContent } from './shared-content';

/** Options shared by the content loaders. */
export interface ContentLoaderOptions {
  /** Folder holding `report/` and `glossary/`, relative to the project root. */
  dir: string;
}

// Every collection, and the integrations after the build, take one read of the content folder (shared-content.ts);
// a change in `astro dev` starts a new read.
const invalidating = new WeakSet<object>();

/**
 * Drops the shared read when a content file changes. Registered once per watcher and before any loader's own
 * handler, so the loaders that run next share one new read instead of each starting their own.
 */
function invalidateOnChange(watcher: NonNullable<LoaderContext['watcher']>, contentDir: string) {
  if (invalidating.has(watcher)) return;
  invalidating.add(watcher);
  watcher.on('change', (changed) => {
    if (changed.startsWith(contentDir)) dropSharedContent(contentDir);
  });
}

/** How often the collection's meta is touched while the content is read: well inside Astro's 500 ms. */
const HOLD_SAVE_MS = 200;

/**
 * Waits for `work` while holding back the content store's save. Astro 5 saves the store 500 ms after its last
 * change; a save still being written when the sync ends swallows the final one (`waitUntilSaveComplete` does not
 * wait for a write in flight, and the queued write repeats the old data: withastro/astro#15453 and #15672, fixed
 * only in Astro 6), and the build then renders from a store without the entries ("The collection "report" does
 * not exist or is empty", which verify-build stops). Reading the content takes 0.3 s on an idle machine and more
 * than 0.5 s on a loaded one; touching the collection's meta meanwhile keeps the store's one save for the end.
 */
async function holdingStoreSave<T>(context: LoaderContext, work: Promise<T>): Promise<T> {
  const hold = setInterval(() => context.meta.set('content-read', 'pending'), HOLD_SAVE_MS);
  try {
    return await work;
  } finally {
    clearInterval(hold);
  }
}

async function read(context: LoaderContext, dir: string): Promise<SiteContent> {
  const root = new URL('.', context.config.root).pathname;
  const contentDir = path.resolve(root, dir);
  const content = await holdingStoreSave(
    context,
    shareContent(contentDir, () => checkContent(contentDir, { cwd: root, review: false })),
  );
  for (const warning of content.diagnostics.filter((d) => d.severity === 'warning'))
    context.logger.warn(formatDiagnostic(warning));
  // Any content error stops `astro build` with every problem listed, file and line first.
  if (content.diagnostics.some((d) => d.severity === 'error')) throw new ContentError(content.diagnostics);
  return content;
}

/** Turns one view of the content into a loader that refreshes in `astro dev` when a content file changes. */
function contentLoader<T extends { id: string }>(
  name: string,
  dir: string,
  select: (content: SiteContent) => T[],
): Loader {
  return {
    name,
    async load(context) {
      const sync = async () => {
        const items = select(await read(context, dir));
        context.store.clear();
        for (const item of items) {
          context.store.set({ id: item.id, data: await context.parseData({ id: item.id, data: { ...item } }) });
        }
      };
      await sync();
      const contentDir = path.resolve(new URL('.', context.config.root).pathname, dir);
      if (!context.watcher) return;
      context.watcher.add(contentDir);
      invalidateOnChange(context.watcher, contentDir);
      context.watcher.on('change', async (changed) => {
        if (!changed.startsWith(contentDir)) return;
        try {
          await sync();
        } catch (error) {
          // A broken edit is reported; the pages keep the last good content until it is fixed.
          context.logger.error(error instanceof Error ? error.message : String(error));
        }
      });
    },
  };
}

/** The report: one entry per part, both languages aligned block by block. */
export const reportLoader = ({ dir }: ContentLoaderOptions) =>
  contentLoader('report-loader', dir, (content) => content.parts.map((part) => ({ ...part, id: part.slug })));

/** The glossary: one entry per term, with its definition and every paragraph it occurs in. */
export const glossaryLoader = ({ dir }: ContentLoaderOptions) =>
  contentLoader('glossary-loader', dir, (content) => content.glossary);

/** The reviewed readings of words (content/reading/words.tsv), which the pinyin of the reading aids applies. */
export const wordsLoader = ({ dir }: ContentLoaderOptions) =>
  contentLoader('words-loader', dir, (content) => content.words.map((word) => ({ ...word, id: word.word })));

/** The report's figures: one entry per figure of the Chinese text, in reading order. */
export const figuresLoader = ({ dir }: ContentLoaderOptions) =>
  contentLoader('figures-loader', dir, (content) => content.figures);

/** The reviewed phrases of the segmenter: one entry per line of content/reading/segmentation.tsv. */
export const segmentationLoader = ({ dir }: ContentLoaderOptions) =>
  contentLoader('segmentation-loader', dir, (content) =>
    content.lexicon.phrases.map((phrase) => ({ ...phrase, id: String(phrase.line) })),
  );

/** The reviewed glosses in context: one entry per line of content/reading/glosses.tsv. */
export const glossesLoader = ({ dir }: ContentLoaderOptions) =>
  contentLoader('glosses-loader', dir, (content) =>
    content.lexicon.glosses.map((gloss) => ({ ...gloss, id: String(gloss.line) })),
  );
