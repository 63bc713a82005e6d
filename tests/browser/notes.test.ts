import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const open = site.open;

const openPopover = (page: Page) => page.evaluate(() => document.querySelector(':popover-open')?.id ?? '');
const marker = (page: Page, label: string) => page.locator(`a.note-ref[href="#tn-${label}"]`).first();

describe("translator's notes", () => {
  it('show a numbered marker in the English only, its number drawn by CSS, never part of the text', async () => {
    const page = await open('part-2/');
    const increment = marker(page, 'increment');
    expect(await increment.getAttribute('aria-label')).toBe("Translator's note 2");
    expect(await increment.textContent()).toBe('');
    const drawn = await increment.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(drawn).toBe('"2"');
    expect(await page.locator('.text--zh a.note-ref').count()).toBe(0);
    // The sentence's text (what a reader copies, and what is searched) has no note number in it.
    const sentence = await page.locator('#innovation-collaboration .text--en [data-s="3"]').textContent();
    expect(sentence).toContain('the increment of high-tech industries');
    await page.context().close();
  });

  it('open in place on hover and keyboard focus, and close on Escape', async () => {
    const page = await open('part-2/');
    await marker(page, 'increment').hover();
    await expect.poll(() => openPopover(page)).toBe('tn-increment-popover');
    const text = await page.locator('#tn-increment-popover').textContent();
    expect(text).toContain("Translator's note 2");
    expect(text).toContain('value added');
    await page.keyboard.press('Escape');
    expect(await openPopover(page)).toBe('');
    await marker(page, 'cut').focus();
    await expect.poll(() => openPopover(page)).toBe('tn-cut-popover');
    await page.keyboard.press('Escape');
    expect(await openPopover(page)).toBe('');
    await page.context().close();
  });

  it('open on tap at 375 px, inside the viewport', async () => {
    const page = await open('part-7/', { viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true });
    const college = marker(page, 'college');
    await college.scrollIntoViewIfNeeded();
    await college.tap();
    await expect.poll(() => openPopover(page)).toBe('tn-college-popover');
    const box = (await page.locator('#tn-college-popover').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('are listed at the end of the page, each linking back to its marker in the text', async () => {
    const page = await open('part-2/');
    const items = page.locator('.translator-notes li');
    expect(await items.count()).toBe(3);
    expect(await page.locator('.translator-notes h2').textContent()).toMatch(/译注\s+Notes on the text/);
    const back = page.locator('#tn-increment a.translator-notes__back');
    expect(await back.getAttribute('href')).toBe('#tn-ref-increment');
    await back.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tn-ref-increment');
    expect(await page.locator('#tn-ref-increment').isVisible()).toBe(true);
    // The marker that the list links back to is the first one, in the sentence the note explains.
    expect(await page.locator('#innovation-collaboration [data-s="3"] #tn-ref-increment').count()).toBe(1);
    // Chinese quoted in a note is marked as Chinese.
    expect(await page.locator('#tn-increment span[lang="zh-CN"]').first().textContent()).toBe('增量');
    await page.context().close();
  });

  it('are found by search as their own kind of result', async () => {
    const page = await open('search/?q=value%20added&kind=note');
    const result = page.locator('#search-notes .result__link').first();
    await result.waitFor();
    expect(await result.getAttribute('href')).toMatch(/part-2\/\?hl=value%20added#tn-increment$/);
    expect(await page.locator('#search-notes .result__title').first().getAttribute('data-kind')).toBe(
      "译注 Translator's note",
    );
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.context().close();
  });
});
