import type { Page } from 'playwright-core';

/**
 * Waits until `page` is controlled by an activated service worker, which has its whole precache by then; returns
 * the worker's scope.
 */
export function untilControlled(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    return registration.scope;
  });
}
