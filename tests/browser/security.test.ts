import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('in the browser', () => {
  it('nothing breaks the Content-Security-Policy and nothing is fetched from another origin', async () => {
    const page = await site.open('');
    const origin = new URL(site.url()).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).origin !== origin) foreign.push(request.url());
    });
    const problems: string[] = [];
    const visit = async (route: string, act?: () => Promise<void>) => {
      await page.goto(site.url(route));
      await act?.();
      await page.waitForLoadState('networkidle');
      problems.push(...(await cspViolations(page)).map((v) => `/${route}: ${v}`));
    };
    for (const route of ['', 'part-2/', 'part-8/', 'closing/', 'annex/', 'glossary/', 'status/']) await visit(route);
    await visit('part-6/', async () => {
      await page.getByRole('radio', { name: /交替/ }).check();
      await page.getByRole('radio', { name: /深色/ }).check();
      await page.locator('#ecological-security .text--zh a.term').first().focus();
      await page.waitForFunction(() => document.querySelector(':popover-open'));
    });
    await visit(`search/?q=${encodeURIComponent('GDP比重 oranges')}`, async () => {
      await page.waitForFunction(() => document.querySelectorAll('.result').length > 0);
    });
    await visit(`part-4/?hl=${encodeURIComponent('oranges')}#modern-agriculture`);
    expect(problems).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});
