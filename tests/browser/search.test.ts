import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();

/** Opens the search page with a query and waits until its results are on screen. */
async function searchFor(query: string, page?: Page): Promise<Page> {
  page ??= await site.open('search/');
  // Listen before typing, so a fast search cannot finish before the test starts waiting for it.
  await page.evaluate((q) => {
    (window as unknown as { rendered: Promise<void> }).rendered = new Promise<void>((resolve) =>
      document.addEventListener('search:rendered', (e) => (e as CustomEvent).detail.query === q && resolve()),
    );
  }, query.trim());
  await page.locator('#search-form input[name="q"]').fill(query);
  await page.evaluate(() => (window as unknown as { rendered: Promise<void> }).rendered);
  return page;
}

const firstParagraph = (page: Page) => page.locator('#search-results .result__link').first().getAttribute('href');
const path = (href: string | null) => href?.replace(/\?[^#]*/, '').replace(/\.\d+$/, '');

// The paragraph each query must return first. Chinese is typed without spaces, as readers type it.
const EXPECTED: [query: string, paragraph: string, why: string][] = [
  ['赣深高铁经济带', '/part-3/#greater-bay-area-integration', 'Chinese phrase'],
  ['高标准农田', '/part-4/#modern-agriculture', 'Chinese phrase'],
  ['三线一单', '/part-6/#ecological-security', 'glossary term'],
  ['“三公”经费', '/part-8/#integrity', 'term with quotation marks'],
  ['2000家', '/part-2/#innovation-collaboration', 'number with a measure word'],
  ['13.6万户', '/part-5/#urban-quality', 'decimal number'],
  ['GDP比重', '/part-2/#innovation-collaboration', 'mixed Latin and Chinese'],
  ['navel orange', '/part-4/#modern-agriculture', 'English phrase'],
  ['oranges', '/part-4/#modern-agriculture', 'English inflection (text says orange)'],
  ['kindergarten', '/part-7/#public-services', 'English inflection (text says kindergartens)'],
  ['subsidized rental housing', '/part-7/#basic-living-needs', 'English phrase'],
  ['quiet production period', '/part-3/#business-environment', 'English glossary term'],
];

describe('search results', () => {
  for (const [query, paragraph, why] of EXPECTED) {
    it(`"${query}" (${why}) returns ${paragraph} first`, async () => {
      const page = await searchFor(query);
      expect(path(await firstParagraph(page))).toBe(paragraph);
      await page.context().close();
    });
  }

  it('puts a paragraph with the exact phrase before one with its characters scattered', async () => {
    const page = await searchFor('生态修复');
    const excerpts = await page.locator('#search-results .result__excerpt').allTextContents();
    const exact = excerpts.map((text) => text.includes('生态修复'));
    // Both kinds are found, or the order between them would go untested.
    expect(exact[0], excerpts[0]).toBe(true);
    const firstScattered = exact.indexOf(false);
    expect(firstScattered, 'a result with the characters scattered').toBeGreaterThan(0);
    expect(exact.lastIndexOf(true)).toBeLessThan(firstScattered);
    await page.context().close();
  });

  it('shows the part, the excerpt with hits marked, and the aligned paragraph in the other language', async () => {
    const page = await searchFor('三线一单');
    const result = page.locator('#search-results .result').first();
    expect(await result.locator('.result__title').textContent()).toContain('扎实推进美丽赣州建设');
    expect(await result.locator('.result__excerpt mark').first().textContent()).toBe('三线一单');
    expect(await result.locator('.result__other').getAttribute('lang')).toBe('en');
    expect(await result.locator('.result__other').textContent()).toContain('three lines and one list');
    await page.context().close();
  });

  it('shows an "&" of the text once, as the text has it, in the excerpt', async () => {
    const page = await searchFor('R&D spending');
    const excerpt = page.locator('#search-results .result__excerpt').first();
    expect(await excerpt.textContent()).toContain('total R&D spending');
    expect(await excerpt.locator('mark').allTextContents()).toContain('spending');
    await page.context().close();
  });

  it('answers a mixed query with each part found in its own language', async () => {
    const page = await searchFor('GDP比重 oranges');
    const hrefs = (
      await page
        .locator('#search-results .result__link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))
    ).map(path);
    expect(hrefs).toContain('/part-2/#innovation-collaboration');
    expect(hrefs).toContain('/part-4/#modern-agriculture');
    await page.context().close();
  });

  it('lists glossary entries as their own kind of result', async () => {
    const page = await searchFor('放管服');
    expect(await page.locator('#search-glossary .result__link').first().getAttribute('href')).toMatch(
      /^\/glossary\/\?hl=.*#fang-guan-fu$/,
    );
    expect(path(await firstParagraph(page))).toBe('/part-3/#business-environment');
    await page.context().close();
  });

  it('filters by kind and by part, and keeps the query and filters in the URL', async () => {
    const page = await site.open('search/?q=%E4%BA%A7%E4%B8%9A&part=part-5');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length > 0);
    const hrefs = await page
      .locator('#search-results .result__link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const href of hrefs) expect(href).toMatch(/^\/part-5\//);
    await page.locator('select[name="kind"]').selectOption('glossary');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'glossary');
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length === 0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('产业');
    await page.context().close();
  });

  it('says clearly when nothing matches, and announces the count in a live region', async () => {
    const page = await searchFor('xyzzy');
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(await status.textContent()).toContain('No results for “xyzzy”');
    expect(await page.locator('.result').count()).toBe(0);
    await searchFor('三线一单', page);
    expect(await status.textContent()).toMatch(/\d+ paragraphs?, \d+ glossary entr/);
    await page.context().close();
  });

  it('survives odd queries: punctuation only, 500 characters, HTML markup', async () => {
    const page = await site.open('search/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const query of [
      '。，、！？……',
      '”“《》',
      '赣'.repeat(250) + 'x'.repeat(250),
      '<img src=x onerror="window.injected=1"><b>bold</b>',
    ]) {
      await searchFor(query, page);
      expect(await page.locator('#search-status').textContent()).not.toBe('');
    }
    expect(await page.locator('.search img, .search b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('search experience', () => {
  it('lands on the sentence of the hit from a result, highlighted, with its hits marked', async () => {
    const page = await searchFor('三线一单');
    await page.locator('#search-results .result__link').first().click();
    await page.waitForURL(/part-6\/\?hl=.*#ecological-security\.\d+$/);
    const pair = page.locator('#ecological-security');
    expect(await pair.getAttribute('class')).toContain('is-target');
    // The highlighted sentence, in both languages, is the one that holds the hit.
    const sentence = page.locator('#ecological-security .text--zh .is-on');
    expect(await sentence.locator('mark.search-hit').first().textContent()).toBe('三线一单');
    expect(await page.locator('#ecological-security .is-on').count()).toBe(2);
    const box = (await pair.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    await page.context().close();
  });

  it('is usable by keyboard on the search page: arrows move through results, Enter opens one', async () => {
    const page = await site.open('search/?q=%E6%94%BE%E7%AE%A1%E6%9C%8D');
    await page.waitForFunction(() => document.querySelectorAll('.result__link').length > 1);
    await page.locator('#search-form input[name="q"]').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(second).toBe(
      await page.locator('#search-results .result__link, #search-glossary .result__link').nth(1).getAttribute('href'),
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.toString().endsWith(second!.split('#')[1]!));
    await page.context().close();
  });

  it('keeps the URL quiet while the reader types: it follows the query once they pause', async () => {
    const page = await site.open('search/');
    const favicons: string[] = [];
    page.on('request', (request) => request.url().endsWith('favicon.svg') && favicons.push(request.url()));
    const changes = await page.evaluate(() => {
      const counter = { n: 0 };
      const replace = history.replaceState.bind(history);
      history.replaceState = (...args) => {
        counter.n++;
        replace(...args);
      };
      (window as unknown as { urlChanges: typeof counter }).urlChanges = counter;
      return counter.n;
    });
    expect(changes).toBe(0);
    await page.locator('#search-form input[name="q"]').pressSequentially('navel orange', { delay: 40 });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'navel orange');
    expect(await page.evaluate(() => (window as unknown as { urlChanges: { n: number } }).urlChanges.n)).toBe(1);
    // The page's own load, and at most one for the one URL change (Chromium fetched it on each of 24 before).
    expect(favicons.length).toBeLessThanOrEqual(2);
    await page.context().close();
  });

  it('loads Pagefind only when the reader starts to search', async () => {
    const page = await site.open('');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    for (const route of ['part-3/', 'glossary/', 'search/']) {
      await page.goto(site.url(route));
      await page.waitForLoadState('networkidle');
    }
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await searchFor('三线一单', page);
    expect(requests.some((url) => url.includes('/pagefind/pagefind.js'))).toBe(true);
    await page.context().close();
  });

  it('fits 320 px with results shown', async () => {
    const page = await site.open('search/', { viewport: { width: 320, height: 640 } });
    await searchFor('乡村振兴', page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('the national reports, behind a filter', () => {
  const hrefsOf = (page: Page) =>
    page.locator('#search-results .result__link').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));

  it('stay out of the default results, even for a phrase both hold', async () => {
    const page = await site.open('search/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await searchFor('高质量发展', page);
    const hrefs = await hrefsOf(page);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((href) => href.includes('/national/'))).toEqual([]);
    expect(requests.filter((url) => url.includes('/pagefind-national/'))).toEqual([]);
    await page.context().close();
  });

  it('are searched when the reader chooses them, each result landing on a sentence of a national page', async () => {
    const page = await searchFor('高质量发展');
    const rendered = page.evaluate(
      () => new Promise<void>((resolve) => document.addEventListener('search:rendered', () => resolve())),
    );
    // By keyboard: from the first option of the switch to the second.
    await page.locator('input[name="in"][value="report"]').focus();
    await page.keyboard.press('ArrowRight');
    await rendered;
    expect(await page.locator('input[name="in"][value="national"]').isChecked()).toBe(true);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('in') === 'national');
    expect(await page.locator('#search-national-note').isVisible()).toBe(true);
    expect(await page.locator('#search-national-note').textContent()).toContain('Chinese only');
    expect(await page.locator('select[name="kind"]').isVisible()).toBe(false);
    const hrefs = await hrefsOf(page);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/national\/(\d{4})\/#\1\.\d+$/);
    const first = page.locator('#search-results .result').first();
    expect(await first.locator('.result__title').textContent()).toMatch(/\d{4}年政府工作报告/);
    expect(await first.locator('.result__excerpt mark').first().textContent()).toContain('高质量发展');
    expect(await page.locator('#search-status').textContent()).toMatch(/\d+ passages? in the national reports/);
    // The link lands on the sentence that holds the hit.
    await page.locator('#search-results .result__link').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/national/'));
    const target = page.locator(`[id="${hrefs[0]!.split('#')[1]}"]`);
    expect(await target.count()).toBe(1);
    expect(await target.textContent()).toContain('高质量发展');
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(hrefs[0]!.split('#')[1]);
    await page.context().close();
  });

  it('are searched again from a link with in=national', async () => {
    const page = await site.open(`search/?q=${encodeURIComponent('高质量发展')}&in=national`);
    await page.waitForFunction(() => document.querySelectorAll('#search-results .result').length > 0);
    expect(await page.locator('input[name="in"][value="national"]').isChecked()).toBe(true);
    for (const href of await hrefsOf(page)) expect(href).toMatch(/^\/national\//);
    // Back to the report: its own results again, and the URL without the filter.
    await page.locator('input[name="in"][value="report"]').check();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('in'));
    await page.waitForFunction(() => {
      const links = [...document.querySelectorAll('#search-results .result__link')];
      return links.length > 0 && links.every((a) => !a.getAttribute('href')!.includes('/national/'));
    });
    expect((await hrefsOf(page)).length).toBeGreaterThan(0);
    await page.context().close();
  });

  it('find a word as typed, not its characters apart: 三线一单 is in no national report', async () => {
    const page = await site.open(`search/?q=${encodeURIComponent('三线一单')}&in=national`);
    await page.waitForFunction(() => /national reports/.test(document.querySelector('#search-status')!.textContent!));
    expect(await page.locator('#search-status').textContent()).toContain('No results for “三线一单”');
    expect(await page.locator('.result').count()).toBe(0);
    await page.context().close();
  });

  it('say that they are Chinese only when the query has no Chinese', async () => {
    const page = await site.open('search/?in=national');
    await searchFor('high-quality development', page);
    expect(await page.locator('#search-status').textContent()).toContain('Chinese only');
    expect(await page.locator('.result').count()).toBe(0);
    await page.context().close();
  });
});

describe('header search, in place', () => {
  /** Types into the header's box and waits for the panel to show results for the whole query. */
  async function typeInHeader(page: Page, query: string) {
    await page.evaluate((q) => {
      (window as unknown as { rendered: Promise<void> }).rendered = new Promise<void>((resolve) =>
        document.addEventListener('search:rendered', (e) => (e as CustomEvent).detail.query === q && resolve()),
      );
    }, query);
    await page.locator('.site-search input').pressSequentially(query, { delay: 30 });
    await page.evaluate(() => (window as unknown as { rendered: Promise<void> }).rendered);
  }
  const panelOpen = (page: Page) => page.evaluate(() => !!document.querySelector('.search-panel:popover-open'));

  it('shows results under the box without leaving the page, Pagefind loaded on focus, not with the page', async () => {
    const page = await site.open('part-3/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.locator('.site-search input').focus();
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await typeInHeader(page, '三线一单');
    expect(await panelOpen(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/part-3/');
    const first = await page.locator('.search-panel .result__link').first().getAttribute('href');
    expect(first).toMatch(/三线一单|%E4%B8%89/);
    expect(await page.locator('.search-panel .result__excerpt mark').first().textContent()).toContain('三线一单');
    // The full page, with its filters, is one link away.
    expect(await page.locator('.search-panel__all').getAttribute('href')).toBe(
      `/search/?q=${encodeURIComponent('三线一单')}`,
    );
    await page.context().close();
  });

  it('loads Pagefind when the pointer rests on the box, not when it passes over it', async () => {
    const page = await site.open('part-3/');
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const box = (await page.locator('.site-search input').boundingBox())!;
    // Across the box and on to the theme switch, without stopping.
    await page.mouse.move(box.x - 20, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width + 60, box.y + box.height / 2, { steps: 3 });
    await page.waitForTimeout(400);
    expect(requests.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => requests.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.context().close();
  });

  it('is keyboard-first: "/" focuses, Enter shows, arrows move through results and back, Escape closes', async () => {
    const page = await site.open('part-4/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.closest('.site-search') !== null)).toBe(true);
    await typeInHeader(page, 'navel orange');
    await page.keyboard.press('Enter');
    expect(await panelOpen(page)).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/part-4/');
    expect(await page.locator('.site-search input').getAttribute('aria-controls')).toBe('search-panel');
    await page.keyboard.press('ArrowDown');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(first).toBe(await page.locator('.search-panel .result__link').first().getAttribute('href'));
    // The "/" hint stays out of the way of the query while a result has focus.
    expect(await page.locator('.site-search__key').isVisible()).toBe(false);
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.matches('.site-search input'))).toBe(true);
    await page.keyboard.press('Escape');
    expect(await panelOpen(page)).toBe(false);
    // Enter on a result follows it, to its sentence.
    await page.keyboard.press('Enter');
    expect(await panelOpen(page)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.toString().endsWith(first!.split('#')[1]!));
    await page.context().close();
  });

  it('closes when the reader clicks elsewhere, and fits a 320 px screen', async () => {
    const page = await site.open('part-5/', { viewport: { width: 320, height: 640 } });
    // A phone's header shows the box behind its search button.
    await page.locator('button.header-button--search').click();
    await typeInHeader(page, '乡村振兴');
    const box = (await page.locator('.search-panel').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.mouse.click(3, 630); // the page's margin, below the panel
    expect(await panelOpen(page)).toBe(false);
    await page.context().close();
  });

  it('without JavaScript, submits to the search page', async () => {
    const page = await site.open('part-3/', { javaScriptEnabled: false });
    await page.locator('.site-search input').fill('三线一单');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('三线一单');
    await page.context().close();
  });
});
