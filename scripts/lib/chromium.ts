import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { findExecutable } from './find-executable';

/** Finds a Chromium binary: CHROMIUM_PATH, the system package, or Playwright's own cache. */
export function findChromium(): string {
  const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const cache = path.join(homedir(), '.cache', 'ms-playwright');
  if (existsSync(cache)) {
    for (const dir of readdirSync(cache)
      .filter((name) => name.startsWith('chromium'))
      .sort()
      .reverse()) {
      candidates.push(
        path.join(cache, dir, 'chrome-linux', 'chrome'),
        path.join(cache, dir, 'chrome-linux64', 'chrome'),
      );
    }
  }
  return findExecutable(
    'CHROMIUM_PATH',
    candidates,
    'No Chromium found: install it with `apt-get install -y chromium` or set CHROMIUM_PATH.',
  );
}

/** The flags this sandbox needs: no sandboxing, no GPU, no network chatter. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches headless Chromium through playwright-core. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
}
