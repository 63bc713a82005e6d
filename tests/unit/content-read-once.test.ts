import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { afterAll, describe, expect, it, vi } from 'vitest';

const contentDir = 'tests/fixtures/site/draft-paragraph';
const root = process.cwd();
const dist = mkdtempSync(path.join(tmpdir(), 'content-read-once-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

// Every parse of the content, by the loaders or the integrations, goes through loadSiteContent. The count is kept
// outside the module, so it adds up the calls of every instance of it.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/content/load-site-content', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/content/load-site-content')>();
  return {
    ...actual,
    loadSiteContent: (...args: Parameters<typeof actual.loadSiteContent>) => {
      parses.count++;
      return actual.loadSiteContent(...args);
    },
  };
});

type Hooks = Record<string, (options: unknown) => Promise<void> | void>;
const hooks = (integration: AstroIntegration) => integration.hooks as Hooks;

/**
 * Runs a content loader as Astro's content layer does in a build (no watcher); returns what it stored, and when
 * (ms from the start) it touched the collection's meta and changed the store.
 */
async function runLoader(loader: Loader) {
  const stored: { id: string; data: Record<string, unknown> }[] = [];
  const start = performance.now();
  const at = () => performance.now() - start;
  const touches: number[] = [];
  const changes: number[] = [];
  const context = {
    config: { root: pathToFileURL(root + '/') },
    logger: { warn: () => {} },
    meta: { set: () => touches.push(at()) },
    store: {
      clear: () => (changes.push(at()), stored.splice(0)),
      set: (entry: (typeof stored)[number]) => (changes.push(at()), stored.push(entry)),
    },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
  } as unknown as LoaderContext;
  await loader.load(context);
  return Object.assign(stored, { touches, changes, done: at() });
}

/** Writes a reader page for each stored part, with every block the loader gave it. */
function writePages(parts: { data: Record<string, unknown> }[]) {
  for (const { data } of parts) {
    const blocks = data.blocks as { id: string }[];
    mkdirSync(path.join(dist, String(data.slug)), { recursive: true });
    writeFileSync(
      path.join(dist, String(data.slug), 'index.html'),
      blocks.map(({ id }) => `<div data-block="${id}"></div>`).join(''),
    );
  }
  return parts.reduce((n, { data }) => n + (data.blocks as unknown[]).length, 0);
}

describe('a build reads the content once', () => {
  it('the integrations check the built pages against the read the content loaders made', async () => {
    const { default: verifyBuild } = await import('../../src/integrations/verify-build');
    const integration = verifyBuild({ contentDir });
    const logged: string[] = [];
    const logger = { info: (message: string) => logged.push(message) } as unknown as AstroIntegrationLogger;
    await hooks(integration)['astro:config:done']!({ config: { root: pathToFileURL(root + '/') } });

    // Astro loads the content config through a module graph of its own: the loaders get fresh module instances.
    vi.resetModules();
    const { reportLoader, glossaryLoader, figuresLoader } = await import('../../src/content/loaders');
    const report = await runLoader(reportLoader({ dir: contentDir }));
    expect(report.length).toBeGreaterThan(0);
    expect(await runLoader(glossaryLoader({ dir: contentDir }))).not.toEqual([]);
    await runLoader(figuresLoader({ dir: contentDir }));
    const blocks = writePages(report);

    await hooks(integration)['astro:build:done']!({ dir: pathToFileURL(dist + '/'), logger });
    expect(logged).toEqual([`verified ${blocks} blocks on ${report.length} reader pages`]);
    expect(parses.count).toBe(1);

    // The next build in the same process reads the files again, as they are then.
    await hooks(integration)['astro:config:done']!({ config: { root: pathToFileURL(root + '/') } });
    await runLoader(reportLoader({ dir: contentDir }));
    await hooks(integration)['astro:build:done']!({ dir: pathToFileURL(dist + '/'), logger });
    expect(parses.count).toBe(2);
  });

  it("keeps Astro's content store from saving while the content is read, so that its one save is the last", async () => {
    // A read slower than the store's 500 ms save delay, as on a loaded machine.
    const { reportLoader } = await import('../../src/content/loaders');
    const { shareContent, dropSharedContent } = await import('../../src/content/shared-content');
    const slowDir = 'tests/fixtures/a-slow-read';
    const parts = [{ slug: 'part-1', blocks: [] }];
    shareContent(
      path.resolve(root, slowDir),
      () => new Promise((resolve) => setTimeout(() => resolve({ parts, diagnostics: [] } as never), 1200)),
    );
    try {
      const run = await runLoader(reportLoader({ dir: slowDir }));
      expect(run.map(({ id }) => id)).toEqual(['part-1']);
      // The meta is touched all through the read (every 200 ms: a count, not a timing, is asserted), and not
      // once the entries are stored.
      expect(run.touches.length).toBeGreaterThanOrEqual(2);
      expect(Math.max(...run.touches)).toBeLessThan(run.changes[0]!);
      const touched = run.touches.length;
      await new Promise((resolve) => setTimeout(resolve, 450));
      expect(run.touches.length).toBe(touched);
    } finally {
      dropSharedContent(path.resolve(root, slowDir));
    }
  });

  it('the integrations stop the build when no loader read the content', async () => {
    const { default: verifyBuild } = await import('../../src/integrations/verify-build');
    const integration = verifyBuild({ contentDir });
    await hooks(integration)['astro:config:done']!({ config: { root: pathToFileURL(root + '/') } });
    const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
    await expect(hooks(integration)['astro:build:done']!({ dir: pathToFileURL(dist + '/'), logger })).rejects.toThrow(
      `No read of ${contentDir} in this build: the content loaders of src/content.config.ts did not run`,
    );
  });
});
