/** The three browser engines the cross-engine suite runs in, each from Debian's packages. */
export const ENGINES = ['chromium', 'firefox', 'webkit'] as const;
export type EngineName = (typeof ENGINES)[number];

export interface LaunchOptions {
  /** false: the page's own scripts never run (the no-JavaScript reader). */
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
}

/**
 * One tab of one engine, driven the same way whatever the driver underneath (puppeteer over the DevTools protocol
 * or WebDriver BiDi, or classic WebDriver). Page functions are serialised: they see only their argument.
 */
export interface EnginePage {
  readonly engine: EngineName;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs `fn(arg)` in the page and returns its (JSON-serialisable) result. */
  evaluate<T, A = undefined>(fn: (arg: A) => T, arg?: A): Promise<T>;
  /** Polls `fn(arg)` until it returns a truthy value (errors during a navigation count as not yet). */
  waitFor<T, A = undefined>(fn: (arg: A) => T, arg?: A, timeout?: number): Promise<T>;
  /** Moves a mouse pointer onto the first element that matches. */
  hover(selector: string): Promise<void>;
  /** Clicks the first element that matches, as a mouse (or a tap) would. */
  click(selector: string): Promise<void>;
  /** Presses one key at the focused element: 'Escape', 'Tab', 'Enter', 'ArrowRight' … */
  press(key: 'Escape' | 'Tab' | 'Enter' | 'ArrowRight' | 'ArrowLeft' | 'ArrowDown' | 'ArrowUp'): Promise<void>;
  /** Types `text` into the first element that matches, key by key, as a reader would. */
  type(selector: string, text: string): Promise<void>;
  /** A PNG of the viewport, or with `fullPage` of the whole page. */
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  readonly version: string;
  /** A fresh, isolated tab (no storage shared with other tabs) with a viewport of `width` × `height`. */
  newPage(viewport: { width: number; height: number }): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Polls `probe` until it returns a truthy value or `timeout` ms have passed; the last error is reported. */
export async function poll<T>(probe: () => Promise<T>, timeout: number, what: string): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value;
      lastError = undefined;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
