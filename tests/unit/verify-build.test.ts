import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content/check-content';
import { shareContent } from '../../src/content/shared-content';
import verifyBuild from '../../src/integrations/verify-build';

const dist = mkdtempSync(path.join(tmpdir(), 'verify-build-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

/** Runs the integration's hooks against a fake dist/ built from the `valid` content fixture. */
async function run(pageHtml: string | undefined) {
  rmSync(path.join(dist, 'part-1'), { recursive: true, force: true });
  if (pageHtml !== undefined) {
    mkdirSync(path.join(dist, 'part-1'), { recursive: true });
    writeFileSync(path.join(dist, 'part-1', 'index.html'), pageHtml);
  }
  const contentDir = 'tests/fixtures/content/valid';
  const integration = verifyBuild({ contentDir });
  const hooks = integration.hooks as Record<string, (options: unknown) => Promise<void> | void>;
  const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
  await hooks['astro:config:done']!({ config: { root: pathToFileURL(process.cwd() + '/') } });
  // What the content loaders do in a build, between these two hooks.
  const absolute = path.resolve(contentDir);
  void shareContent(absolute, () => checkContent(absolute, { cwd: process.cwd() }));
  await hooks['astro:build:done']!({ dir: pathToFileURL(dist + '/'), logger });
}

const block = (id: string) => `<div class="pair" id="${id}" data-block="${id}"></div>`;

describe('verify-build integration', () => {
  it('passes when every block of the content is on its page once', async () => {
    await expect(run(block('heading') + block('first') + block('second'))).resolves.toBeUndefined();
  });

  it('fails, naming the content file and line, when a page lost a block (as when a plugin failed silently)', async () => {
    await expect(run(block('heading') + block('first'))).rejects.toThrow(
      'tests/fixtures/content/valid/report/zh/part-1.md:13: block "second" appears 0 times on part-1/index.html',
    );
  });

  it('fails when a page was not written at all', async () => {
    await expect(run(undefined)).rejects.toThrow('part-1/index.html was not written');
  });
});
