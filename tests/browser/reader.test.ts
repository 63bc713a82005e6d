import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const open = site.open;

const view = (page: Page) => page.evaluate(() => document.documentElement.dataset.view);
const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

describe('view modes', () => {
  it('shows Chinese and English side by side by default, each pair in one row', async () => {
    const page = await open('part-3/');
    expect(await view(page)).toBe('parallel');
    const pair = page.locator('#business-environment');
    const zh = await pair.locator('.text--zh').boundingBox();
    const en = await pair.locator('.text--en').boundingBox();
    expect(zh!.y).toBe(en!.y);
    expect(en!.x).toBeGreaterThan(zh!.x + zh!.width);
    // The next pair starts below the taller of the two cells, so the languages never drift apart.
    const next = await page.locator('#greater-bay-area-integration .text--zh').boundingBox();
    expect(next!.y).toBeGreaterThanOrEqual(Math.max(zh!.y + zh!.height, en!.y + en!.height));
    await page.context().close();
  });

  it('switches between the four modes with the switch, and each mode shows the right text', async () => {
    const page = await open('part-4/');
    await page.getByRole('radio', { name: /交替/ }).check();
    expect(await view(page)).toBe('interleaved');
    const zh = await page.locator('#modern-agriculture .text--zh').boundingBox();
    const en = await page.locator('#modern-agriculture .text--en').boundingBox();
    expect(en!.y).toBeGreaterThan(zh!.y + zh!.height - 1);

    await page.getByRole('radio', { name: /中文/ }).check();
    expect(await visible(page, '#modern-agriculture .text--zh')).toBe(true);
    expect(await visible(page, '#modern-agriculture .text--en')).toBe(false);

    await page.getByRole('radio', { name: /英文/ }).check();
    expect(await visible(page, '#modern-agriculture .text--zh')).toBe(false);
    expect(await visible(page, '#modern-agriculture .text--en')).toBe(true);
    await page.context().close();
  });

  it('is reachable and operable with the keyboard alone', async () => {
    const page = await open('part-3/');
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'view'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? '');
    }
    expect(focused).toBe('view');
    await page.keyboard.press('ArrowRight');
    expect(await view(page)).toBe('interleaved');
    await page.context().close();
  });

  it('remembers the choice across pages and visits', async () => {
    const page = await open('part-3/');
    await page.getByRole('radio', { name: /英文/ }).check();
    await page.goto(site.url() + 'part-5/');
    expect(await view(page)).toBe('en');
    expect(await page.getByRole('radio', { name: /英文/ }).isChecked()).toBe(true);
    await page.reload();
    expect(await view(page)).toBe('en');
    await page.context().close();
  });

  it('takes the mode from ?view= in a shared link, and ignores a bad value', async () => {
    const page = await open('part-6/?view=zh');
    expect(await view(page)).toBe('zh');
    expect(await visible(page, '#green-low-carbon .text--en')).toBe(false);
    const other = await open('part-6/?view=<script>');
    expect(await view(other)).toBe('parallel');
    await page.context().close();
    await other.context().close();
  });

  it('reads well without JavaScript: both languages shown, no dead controls', async () => {
    const page = await open('part-3/', { javaScriptEnabled: false });
    expect(await visible(page, '#business-environment .text--zh')).toBe(true);
    expect(await visible(page, '#business-environment .text--en')).toBe(true);
    expect(await page.locator('.switch').first().isVisible()).toBe(false);
    await page.context().close();
  });
});

describe('permalinks', () => {
  it('shows a paragraph link on hover and on keyboard focus', async () => {
    const page = await open('part-3/');
    const link = page.locator('#business-environment .permalink');
    expect(await link.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await page.locator('#business-environment .text--zh').hover();
    await expect.poll(() => link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.mouse.move(0, 0);
    await link.focus();
    await expect.poll(() => link.evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    expect(await link.getAttribute('href')).toBe('#business-environment');
    await page.context().close();
  });

  it('highlights the paragraph a link lands on, scrolled into view', async () => {
    const page = await open('part-7/#public-services', { reducedMotion: 'reduce' });
    const pair = page.locator('#public-services');
    const target = await pair.evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await page.locator('#safer-ganzhou').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(target).not.toBe(other);
    const box = await pair.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
    await page.context().close();
  });
  it('ignores an anchor cut short inside a percent-escape: no error, and the rest of the page still works', async () => {
    const page = await open('part-3/');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(site.url('part-3/?hl=营商环境&mark-zh=20亿元&mark-en=2%20billion#%E0%A4%A'));
    // The sentence script, which runs after hit and figure marking, added its buttons and follows the anchor.
    expect(await page.locator('#business-environment .copy-link').count()).toBe(1);
    await page.evaluate(() => (location.hash = 'business-environment.5'));
    await expect.poll(() => page.locator('#business-environment [data-s="5"].is-on').count()).toBe(2);
    await page.evaluate(() => (location.hash = '%E4%BD%A0%E5'));
    await expect.poll(() => page.locator('.is-target').count()).toBe(0);
    // A good link in the same tab still marks its hits.
    await page.goto(site.url('part-3/?hl=营商环境#business-environment'));
    expect(await page.locator('#business-environment mark.search-hit').first().textContent()).toBe('营商环境');
    await page.goto(site.url('glossary/?hl=三线一单#%E0%A4%A'));
    expect(errors).toEqual([]);
    await page.context().close();
  });
});

describe('small screens', () => {
  for (const route of ['', 'part-5/', 'annex/', 'glossary/', 'figures/']) {
    it(`fits 320 px without horizontal scrolling: /${route}`, async () => {
      const page = await open(route, { viewport: { width: 320, height: 640 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    });
  }
});

describe('theme', () => {
  it('follows the system and can be overridden, remembered across pages', async () => {
    const page = await open('', { colorScheme: 'dark' });
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const dark = await background();
    await page.getByRole('radio', { name: /浅色/ }).check();
    const light = await background();
    expect(light).not.toBe(dark);
    await page.goto(site.url() + 'part-3/');
    expect(await background()).toBe(light);
    await page.context().close();
  });
});
