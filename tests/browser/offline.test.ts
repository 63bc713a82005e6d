import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { untilControlled } from '../../scripts/lib/service-worker';
import { serveStatic } from '../../scripts/lib/static-server';
import { astroBuild, buildFolder } from '../support/build-env';

// Two builds of the site under the sub-path /reader/, as on GitHub Pages: the report as it is, and the same with one
// paragraph changed, the next deployment. Both are served in turn at one address.
const BASE = '/reader/';
const BEFORE = 'Benchmark fully against the Greater Bay Area';
const AFTER = 'Benchmark closely against the Greater Bay Area';
const temp = buildFolder('reader-offline-');
const builds = { first: path.join(temp, 'first'), next: path.join(temp, 'next') };

function build(outDir: string, contentDir = 'content') {
  const { status, output } = astroBuild(outDir, { SITE_BASE: BASE, SITE_URL: '', CONTENT_DIR: contentDir });
  if (status !== 0) throw new Error(`astro build into ${outDir} failed:\n${output}`);
}

let browser: Browser;
let server: Awaited<ReturnType<typeof serveStatic>>;

beforeAll(async () => {
  // The changed copy lives inside the project, where the build's git history of each part still resolves.
  const content = buildFolder('offline-content-');
  try {
    cpSync('content', content, { recursive: true });
    const file = path.join(content, 'report', 'en', 'part-3.md');
    const text = readFileSync(file, 'utf8');
    if (!text.includes(BEFORE)) throw new Error(`${file} no longer says "${BEFORE}": pick another sentence`);
    writeFileSync(file, text.replace(BEFORE, AFTER));
    // One after the other: concurrent Astro builds would share the .astro/ cache folder.
    build(builds.first);
    build(builds.next, content);
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
  server = await serveStatic(builds.first, BASE);
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(temp, { recursive: true, force: true });
});

/** A new context whose pages record the document's state when the service worker is registered. */
async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    ServiceWorkerContainer.prototype.register = function (...args) {
      (window as unknown as { registeredWhen: string }).registeredWhen = document.readyState;
      return register.apply(this, args);
    };
  });
  return context;
}

const paragraph = (page: Page) => page.locator('#business-environment .text--en').textContent();

describe('offline', () => {
  it('after a first visit, reads another part, searches, shows pinyin and looks words up offline', async () => {
    server.serve(builds.first);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}part-5/`);
    // Registered under the sub-path, and only once the page had loaded: never in its critical path.
    expect(await untilControlled(page)).toBe(`${server.url}`);
    expect(await page.evaluate(() => (window as unknown as { registeredWhen: string }).registeredWhen)).toBe(
      'complete',
    );

    await context.setOffline(true);
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    // Another part, never opened online.
    const response = await page.goto(`${server.url}part-3/`);
    expect(response?.fromServiceWorker()).toBe(true);
    expect(await paragraph(page)).toContain(BEFORE);

    // Search: the runtime and every chunk of the index come from the precache.
    await page.goto(`${server.url}search/?q=${encodeURIComponent('营商环境')}`);
    await page.waitForSelector('#search-results .result');
    expect(await page.locator('#search-results .result__link').first().getAttribute('href')).toContain('part-3/');

    // Pinyin: the reading aids' script and data files, loaded on first use, from the precache.
    await page.goto(`${server.url}part-5/`);
    await page.getByRole('button', { name: /拼音/ }).click();
    await page.waitForSelector('#infrastructure rt');
    expect(await page.locator('#infrastructure .w[data-w="长"] rt').first().textContent()).toBe('cháng');

    // Word lookup: CC-CEDICT's entries for the part (dict.json), from the precache.
    await page.goto(`${server.url}part-6/`);
    await page.getByRole('button', { name: /查词/ }).click();
    await page.locator('#environmental-governance .text--zh .w[data-w="确保"]').first().hover();
    const panel = page.locator('.lookup-panel');
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('确保');
    expect(await panel.locator('.lookup__glosses').first().textContent()).toContain('to ensure');

    // A page the worker has not saved (a download), offline: the bilingual offline page, not the browser's error.
    await page.goto(`${server.url}downloads/figures.csv`);
    expect(await page.locator('h1').textContent()).toMatch(/未联网\s*Offline/);
    expect(await page.title()).toContain('Offline');
    await context.close();
  });

  it('downloads the precache a few files at a time, not one by one', async () => {
    // Each response held 50 ms, as over a network with that round trip: one at a time, 414 files take 20 s more.
    const slow = await serveStatic(builds.first, BASE, { latency: 50 });
    try {
      const context = await newContext();
      const page = await context.newPage();
      await page.goto(`${slow.url}part-5/`);
      // The page's own files, all loaded before the worker registers.
      slow.peakRequests();
      await untilControlled(page);
      // Chromium lets the worker have three of its requests out at once; Workbox alone asks for one at a time.
      expect(slow.peakRequests()).toBeGreaterThanOrEqual(3);
      await context.close();
    } finally {
      await slow.close();
    }
  });

  it('after a new deployment, a reload shows the new text, and offline the new build replaces the old', async () => {
    server.serve(builds.first);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}part-3/`);
    await untilControlled(page);
    expect(await paragraph(page)).toContain(BEFORE);

    server.serve(builds.next);
    const failed: string[] = [];
    page.on('requestfailed', (request) => failed.push(request.url()));
    page.on('response', (response) => response.status() >= 400 && failed.push(response.url()));
    await page.reload();
    expect(await paragraph(page)).toContain(AFTER);
    // The new page's scripts and styles are the new build's: every one of them loads.
    await page.getByRole('button', { name: /拼音/ }).click();
    await page.waitForSelector('#business-environment rt');
    expect(failed).toEqual([]);

    // The browser looks for a new worker after each navigation; asked here, so the test need not guess when.
    const found = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      while (worker?.state === 'installing') await new Promise((resolve) => setTimeout(resolve, 50));
      return worker?.state;
    });
    expect(found).toBe('installed');
    // The new worker waits until no page of the old build is open, so that none of them meets the new build's files.
    await page.close();
    // From a page of the same origin outside the site's scope, which no worker controls: wait for the new worker.
    const next = await context.newPage();
    await next.goto(new URL(server.url).origin);
    await next.evaluate(async (scope) => {
      const registration = await navigator.serviceWorker.getRegistration(scope);
      while (registration?.waiting || registration?.active?.state !== 'activated')
        await new Promise((resolve) => setTimeout(resolve, 50));
    }, server.url);
    await context.setOffline(true);
    await next.goto(`${server.url}part-3/`);
    expect(await paragraph(next)).toContain(AFTER);
    await context.close();
  });
});

describe('install', () => {
  it('links a manifest with the bilingual name and the icons a phone needs', async () => {
    server.serve(builds.first);
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`${BASE}manifest.webmanifest`);
    const manifest = await (await context.request.get(new URL(href!, server.url).href)).json();
    expect(manifest.name).toBe('赣州市政府工作报告 · Ganzhou Report on the Work of the Government');
    expect(manifest.start_url).toBe(BASE);
    expect(manifest.scope).toBe(BASE);
    for (const icon of manifest.icons) {
      const response = await context.request.get(new URL(icon.src, server.url).href);
      expect(response.status(), icon.src).toBe(200);
      if (icon.type === 'image/png') {
        const png = await response.body();
        const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
        expect(`${width}x${height}`).toBe(icon.sizes);
      }
    }
    expect(manifest.icons.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      'any any',
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    await context.close();
  });
});
