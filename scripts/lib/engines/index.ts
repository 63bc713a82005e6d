import { launchWithPuppeteer } from './puppeteer';
import type { Engine, EngineName, LaunchOptions } from './types';
import { launchWebKit } from './webkit';

export { NOT_ANSWERED } from './webkit';

export { ENGINES, type Engine, type EngineName, type EnginePage, type LaunchOptions } from './types';

/** Launches one engine: Chromium and Firefox through puppeteer-core, WebKit through WebKitWebDriver. */
export function launchEngine(name: EngineName, options: LaunchOptions = {}): Promise<Engine> {
  return name === 'webkit' ? launchWebKit(options) : launchWithPuppeteer(name, options);
}
