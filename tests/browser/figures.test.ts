import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();

/** The ids of the rows shown, in the order shown. */
const shownRows = (page: Page) =>
  page.locator('.figures__table tbody tr:not([hidden])').evaluateAll((rows) => rows.map((row) => row.id));
const heading = (page: Page, name: RegExp) => page.locator('.figures__table th button', { hasText: name });

describe('the figures page', () => {
  it('sorts by a column from its heading, each way, and back to reading order', async () => {
    const page = await site.open('figures/');
    const all = await shownRows(page);
    await heading(page, /Value/).click();
    expect(await page.locator('th[data-key="value"]').getAttribute('aria-sort')).toBe('ascending');
    const values = () =>
      page
        .locator('.figures__table tbody tr td.figures__value')
        .evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).dataset.sort));
    const ascending = (await values()).filter((v) => v !== '').map(Number);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await heading(page, /Value/).click();
    expect(await page.locator('th[data-key="value"]').getAttribute('aria-sort')).toBe('descending');
    expect((await values())[0]).toBe(String(1e12)); // 1万亿元, the largest figure
    await heading(page, /No\./).click();
    expect(await shownRows(page)).toEqual(all);
    // The sort buttons are reachable and work from the keyboard.
    await page.locator('th[data-key="kind"] button').focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('th[data-key="kind"]').getAttribute('aria-sort')).toBe('ascending');
    await page.context().close();
  });

  it('filters by part, kind and measure, and says how many rows are shown', async () => {
    const page = await site.open('figures/');
    const total = (await shownRows(page)).length;
    await page.selectOption('select[name="kind"]', 'name');
    const names = await shownRows(page);
    expect(names.length).toBeGreaterThan(5);
    expect(names.length).toBeLessThan(total);
    for (const id of names) expect(await page.locator(`#${id}`).getAttribute('data-kind')).toBe('name');
    expect(await page.locator('.figures__count').textContent()).toBe(`${names.length} / ${total}`);
    await page.selectOption('select[name="kind"]', '');
    await page.selectOption('select[name="part"]', 'part-4');
    await page.selectOption('select[name="family"]', 'area');
    const rows = await shownRows(page);
    expect(rows).toEqual(['f-modern-agriculture-2', 'f-modern-agriculture-4', 'f-modern-agriculture-5']);
    await page.context().close();
  });

  it('is a complete table without JavaScript, with no filter or sort controls', async () => {
    const page = await site.open('figures/', { javaScriptEnabled: false });
    const rows = await page.locator('.figures__table tbody tr').count();
    expect(rows).toBeGreaterThan(70);
    expect(await page.locator('.figures__table tbody tr').first().isVisible()).toBe(true);
    expect(await page.locator('.figures__filters').isVisible()).toBe(false);
    expect(await page.locator('.figures__table th button').count()).toBe(0);
    await page.context().close();
  });

  it('shows each figure as a card at 375 px, not a table to scroll sideways', async () => {
    const page = await site.open('figures/', { viewport: { width: 375, height: 800 } });
    const first = page.locator('.figures__table tbody tr').first();
    const box = (await first.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    // The value heads the card; the Chinese clause sits below it.
    const value = (await first.locator('.figures__value').boundingBox())!;
    const zh = (await first.locator('.figures__zh').boundingBox())!;
    expect(zh.y).toBeGreaterThan(value.y);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('sorts the cards at 375 px: the headings stay as a row of sort buttons above them', async () => {
    const page = await site.open('figures/', { viewport: { width: 375, height: 800 } });
    const buttons = page.locator('.figures__table th button');
    expect(await buttons.count()).toBe(7);
    for (const button of await buttons.all()) {
      const box = (await button.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
    }
    const value = buttons.filter({ hasText: '数值' });
    await value.click();
    await value.click();
    expect(await page.locator('th[aria-sort="descending"]').getAttribute('data-key')).toBe('value');
    // The largest figure of the report heads the cards: 1万亿元, a trillion yuan.
    const first = page.locator('.figures__table tbody tr:not([hidden])').first();
    expect(await first.locator('.figures__display').textContent()).toBe('1,000,000,000,000 yuan');
    expect((await first.boundingBox())!.y).toBeGreaterThan((await value.boundingBox())!.y);
    await page.context().close();
  });

  it('fits every width from 320 to 1280 px without sideways scrolling, the table inside its column', async () => {
    for (const width of [1280, 1024, 900, 375, 320]) {
      const page = await site.open('figures/', { viewport: { width, height: 800 } });
      const fit = await page.evaluate(() => ({
        overflow: document.documentElement.scrollWidth - window.innerWidth,
        table: document.querySelector('.figures__table')!.getBoundingClientRect().right,
        column: document.querySelector('.figures')!.getBoundingClientRect().right,
      }));
      expect(fit.overflow, `${width} px`).toBeLessThanOrEqual(0);
      expect(fit.table, `${width} px`).toBeLessThanOrEqual(fit.column);
      await page.context().close();
    }
  });

  it('links a figure to its sentence, which opens highlighted with the figure marked in both languages', async () => {
    const page = await site.open('figures/');
    await page.locator('#f-two-way-opening-1 .figures__where a').click();
    await page.waitForURL(/part-3\/\?mark-zh=/);
    expect(await page.locator('#two-way-opening .is-on').count()).toBe(2);
    const marks = await page.locator('#two-way-opening mark.search-hit').allTextContents();
    expect(marks).toEqual(['20亿元', '2 billion']);
    // Only that figure, whole, and that occurrence: the second "3" of "3 key water control projects, 3 large
    // modern irrigation districts" for 3个, and nothing else of the sentence.
    await page.goto(site.url('figures/'));
    const link = await page.locator('#f-infrastructure-2 .figures__where a').getAttribute('href');
    expect(link).toContain('n-en=2');
    await page.goto(site.url(link!.slice(1)));
    const marked = page.locator('#infrastructure mark.search-hit');
    expect(await marked.allTextContents()).toEqual(['3个', '3']);
    expect(await marked.nth(1).evaluate((mark) => mark.nextSibling?.textContent?.trimStart().slice(0, 5))).toBe(
      'large',
    );
    await page.context().close();
  });
});
