import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Builder, By, Key, type WebDriver } from 'selenium-webdriver';
import { findExecutable } from '../find-executable';
import { poll, type Engine, type EnginePage, type LaunchOptions } from './types';

const MINIBROWSER_PATHS = [
  '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
];
const INSTALL_HINT = 'install it with `apt-get install -y webkit2gtk-driver xvfb`';

const KEYS = {
  Escape: Key.ESCAPE,
  Tab: Key.TAB,
  Enter: Key.ENTER,
  ArrowRight: Key.ARROW_RIGHT,
  ArrowLeft: Key.ARROW_LEFT,
  ArrowDown: Key.ARROW_DOWN,
  ArrowUp: Key.ARROW_UP,
};

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** An X display for MiniBrowser: the session's own, or a private Xvfb started (and stopped) with the engine. */
async function display(): Promise<{ display: string; stop: () => void }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY, stop: () => {} };
  if (!onPath('Xvfb')) throw new Error(`No Xvfb found to run WebKit's MiniBrowser in: ${INSTALL_HINT}.`);
  // -displayfd lets Xvfb choose a free display number and tell it once it is ready.
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    xvfb.stdout!.once('data', (data: Buffer) => resolve(data.toString().trim()));
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with code ${code}`)));
  });
  return { display: `:${number}`, stop: () => xvfb.kill() };
}

/** WebKitGTK's MiniBrowser over classic WebDriver (Debian's WebKitWebDriver), through selenium-webdriver. */
export async function launchWebKit({ javaScript = true, colorScheme = 'light' }: LaunchOptions = {}): Promise<Engine> {
  if (!onPath('WebKitWebDriver'))
    throw new Error(`No WebKitWebDriver found for the cross-engine tests: ${INSTALL_HINT}.`);
  const binary = findExecutable(
    'WEBKIT_MINIBROWSER',
    MINIBROWSER_PATHS,
    `No WebKitGTK MiniBrowser found for the cross-engine tests: ${INSTALL_HINT}.`,
  );
  const x = await display();
  const port = await freePort();
  const driverProcess: ChildProcess = spawn('WebKitWebDriver', [`--port=${port}`], {
    env: { ...process.env, DISPLAY: x.display },
    stdio: 'ignore',
  });
  const server = `http://127.0.0.1:${port}`;
  await poll(() => fetch(`${server}/status`).then((response) => response.ok), 10_000, 'WebKitWebDriver to start');
  const capabilities = {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary,
      // Full screen hides MiniBrowser's header bar, whose minimum width would keep the viewport wider than a phone.
      args: [
        '--automation',
        '--full-screen',
        `--enable-javascript=${javaScript}`,
        ...(colorScheme === 'dark' ? ['--dark-mode'] : []),
      ],
    },
  };
  const open = () => new Builder().usingServer(server).withCapabilities(capabilities).build();
  const probe = await open();
  const version = String((await probe.getCapabilities()).get('browserVersion') ?? 'unknown');
  await probe.quit();
  return {
    name: 'webkit',
    version: `WebKitGTK ${version}`,
    async newPage({ width, height }) {
      // A session per tab: each starts a MiniBrowser of its own, with nothing stored.
      const driver = await answered('start a MiniBrowser session', open(), 30_000);
      await answered('size the window', driver.manage().window().setRect({ width, height }));
      return wrap(driver);
    },
    async close() {
      driverProcess.kill();
      x.stop();
    },
  };
}

/** The start of the message of a command that {@link answered} gave up on: the engine tests retry on it. */
export const NOT_ANSWERED = 'WebKitWebDriver did not answer';

/**
 * `command`, failed after `ms` if WebKitWebDriver has not answered by then. A WebDriver command has no time limit of
 * its own, so one that never returns would otherwise hang its test until Vitest's timeout, with no word of which.
 */
async function answered<T>(what: string, command: PromiseLike<T>, ms = 20_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${NOT_ANSWERED} within ${ms} ms: ${what}`)), ms);
  });
  try {
    return await Promise.race([command, late]);
  } finally {
    clearTimeout(timer);
  }
}

function wrap(driver: WebDriver): EnginePage {
  const evaluate = <T, A>(fn: (arg: A) => T, arg?: A) =>
    answered(
      `run ${fn.toString().slice(0, 80)}`,
      driver.executeScript(`return (${fn.toString()})(arguments[0]);`, arg ?? null) as Promise<T>,
    );
  // WebKitWebDriver returns from a navigation once the document is interactive, before its module scripts have
  // run; wait for the load event, as the puppeteer engines do.
  const loaded = () => poll(() => evaluate(() => document.readyState === 'complete'), 10_000, 'the load event');
  return {
    engine: 'webkit',
    async goto(url) {
      await answered(`open ${url}`, driver.get(url));
      await loaded();
    },
    async reload() {
      await answered('reload', driver.navigate().refresh());
      await loaded();
    },
    evaluate,
    waitFor: (fn, arg, timeout = 5000) => poll(() => evaluate(fn, arg), timeout, `${fn}`),
    async hover(selector) {
      const element = await answered(`find ${selector}`, driver.findElement(By.css(selector)));
      // WebDriver moves the pointer only within the viewport; puppeteer scrolls first, and so does this.
      await answered(
        `scroll to ${selector}`,
        driver.executeScript('arguments[0].scrollIntoView({ block: "center" });', element),
      );
      await answered(`move the pointer to ${selector}`, driver.actions().move({ origin: element }).perform());
    },
    async click(selector) {
      await answered(`click ${selector}`, driver.findElement(By.css(selector)).click());
    },
    async press(key) {
      await answered(`press ${key}`, driver.actions().sendKeys(KEYS[key]).perform());
    },
    async type(selector, text) {
      await answered(`type into ${selector}`, driver.findElement(By.css(selector)).sendKeys(text));
    },
    async screenshot(path, { fullPage = false } = {}) {
      // WebDriver shoots the viewport only: for the whole page, the window grows to the page's height and back.
      const rect = await answered('read the window size', driver.manage().window().getRect());
      if (fullPage) {
        const height = await evaluate(() => document.documentElement.scrollHeight);
        await answered('grow the window', driver.manage().window().setRect({ width: rect.width, height }));
      }
      writeFileSync(path, Buffer.from(await answered('take a screenshot', driver.takeScreenshot()), 'base64'));
      if (fullPage)
        await answered(
          'size the window back',
          driver.manage().window().setRect({ width: rect.width, height: rect.height }),
        );
    },
    close: () => answered('close the session', driver.quit()),
  };
}
