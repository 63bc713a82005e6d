import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { requireBuild } from './require-build';
import { serveStatic } from '../../scripts/lib/static-server';

/**
 * Serves dist/ and launches Chromium for the test file that calls it; `open(route)` loads a page in a new
 * context (1280 × 900 unless the options say otherwise). Close the page's context at the end of each test.
 */
export function useBuiltSite(dist = 'dist') {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    requireBuild(dist);
    server = await serveStatic(path.resolve(dist));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    url: (route = '') => server.url + route,
    async open(route: string, options: BrowserContextOptions = {}): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
      // Every Content-Security-Policy violation is recorded on the page, for the security tests to read.
      await context.addInitScript(() => {
        const log: string[] = ((window as unknown as { cspViolations: string[] }).cspViolations = []);
        document.addEventListener('securitypolicyviolation', (e) => log.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      const page = await context.newPage();
      await page.goto(server.url + route);
      return page;
    },
  };
}

/**
 * Holds back the page's stylesheet `name` (e.g. `echoes` for /_astro/echoes.HASH.css) until its data files have
 * long arrived, as on a slow connection: what a module measures or shows must wait for it.
 */
export async function delayStylesheet(page: Page, name: string, ms = 1500): Promise<void> {
  await page.route(new RegExp(`/_astro/${name}\\.[\\w-]+\\.css$`), async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });
}
