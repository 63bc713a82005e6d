import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../chromium';
import { findExecutable } from '../find-executable';
import { poll, type Engine, type EnginePage, type LaunchOptions } from './types';

/** Debian's Firefox ESR (or FIREFOX_PATH); a missing one fails with the line that installs it. */
const findFirefox = () =>
  findExecutable(
    'FIREFOX_PATH',
    ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
    'No Firefox found for the cross-engine tests: install it with `apt-get install -y firefox-esr`.',
  );

/** Chromium over the DevTools protocol, or Firefox over WebDriver BiDi, both through puppeteer-core. */
export async function launchWithPuppeteer(
  name: 'chromium' | 'firefox',
  { javaScript = true, colorScheme = 'light' }: LaunchOptions = {},
): Promise<Engine> {
  const browser: Browser =
    name === 'chromium'
      ? await puppeteer.launch({ browser: 'chrome', executablePath: findChromium(), args: CHROMIUM_FLAGS })
      : await puppeteer.launch({
          browser: 'firefox',
          executablePath: findFirefox(),
          extraPrefsFirefox: {
            'javascript.enabled': javaScript,
            // 0 dark, 1 light: what prefers-color-scheme reports to pages.
            'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
          },
        });
  const version = await browser.version();
  return {
    name,
    version,
    async newPage({ width, height }) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      if (name === 'chromium') {
        await page.setJavaScriptEnabled(javaScript);
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
      }
      return wrap(name, page, () => context.close());
    },
    close: () => browser.close(),
  };
}

function wrap(engine: 'chromium' | 'firefox', page: Page, close: () => Promise<void>): EnginePage {
  const evaluate = <T, A>(fn: (arg: A) => T, arg?: A) =>
    page.evaluate(fn as (arg: unknown) => T, arg as unknown) as Promise<T>;
  return {
    engine,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    evaluate,
    waitFor: (fn, arg, timeout = 5000) => poll(() => evaluate(fn, arg), timeout, `${fn}`),
    async hover(selector) {
      await page.hover(selector);
    },
    async click(selector) {
      await page.click(selector);
    },
    async press(key) {
      await page.keyboard.press(key as KeyInput);
    },
    async type(selector, text) {
      await page.type(selector, text, { delay: 20 });
    },
    async screenshot(path, { fullPage = false } = {}) {
      await page.screenshot({ path: path as `${string}.png`, fullPage });
    },
    close,
  };
}
