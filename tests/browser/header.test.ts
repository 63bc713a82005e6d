import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstTextTop, PHONES } from '../../scripts/bench/first-screen';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();

/** Where the Starlight twin of the same content starts part 5's text on a phone (`npm run bench:first-screen`). */
const TWIN_FIRST_TEXT_PX = 321;

// By class: the search form's own submit button (for screen readers) has the same name.
const searchButton = (page: Page) => page.locator('button.header-button--search');
const menuButton = (page: Page) => page.getByRole('button', { name: /菜单 Menu/ });
const menuOpen = (page: Page) => page.evaluate(() => !!document.querySelector('#site-menu:popover-open'));
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement!;
    const text = el.matches('input') ? el.closest('label')?.textContent : el.textContent;
    return text?.replace(/\s+/g, ' ').trim() || el.outerHTML;
  });

/** Whether the accessibility tree says the button named `name` is expanded (as a screen reader hears it). */
async function expanded(page: Page, name: RegExp): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const button = nodes.find((node) => node.role?.value === 'button' && name.test(String(node.name?.value)));
  return button?.properties?.find((property) => property.name === 'expanded')?.value.value as boolean | undefined;
}

/** Wholly inside the viewport, so a tap reaches it. */
async function inView(page: Page, selector: string) {
  const box = (await page.locator(selector).boundingBox())!;
  const { width, height } = page.viewportSize()!;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

describe('the phone header', () => {
  for (const viewport of PHONES) {
    const size = `${viewport.width}×${viewport.height}`;

    it(`lets a reader part's text start no lower than the Starlight twin's, at ${size}`, async () => {
      const page = await site.open('part-5/', { viewport });
      expect(await firstTextTop(page)).toBeLessThanOrEqual(TWIN_FIRST_TEXT_PX);
      // One row: the brand and both buttons side by side.
      const brand = (await page.locator('.brand').boundingBox())!;
      for (const button of [searchButton(page), menuButton(page)]) {
        const box = (await button.boundingBox())!;
        expect(box.y).toBeLessThan(brand.y + brand.height);
        expect(box.x).toBeGreaterThan(brand.x);
      }
      await page.context().close();
    });

    it(`puts every header control one tap away, at ${size}`, async () => {
      const page = await site.open('part-5/', { viewport, hasTouch: true });
      expect(await page.locator('.site-search input').isVisible()).toBe(false);
      await searchButton(page).tap();
      expect(await page.evaluate(() => document.activeElement?.matches('.site-search input'))).toBe(true);
      expect(await inView(page, '.site-search input')).toBe(true);
      await searchButton(page).tap();
      expect(await page.locator('.site-search input').isVisible()).toBe(false);

      await menuButton(page).tap();
      for (const selector of ['#site-menu a[href="/#contents"]', '#site-menu a[href="/glossary/"]'])
        expect(await inView(page, selector)).toBe(true);
      for (const option of await page.locator('#site-menu input[name="theme"]').all()) {
        const label = option.locator('xpath=..');
        expect(await label.isVisible()).toBe(true);
      }
      await page.locator('#site-menu label', { hasText: '深色' }).tap();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      await page.locator('#site-menu a[href="/glossary/"]').tap();
      await page.waitForURL(/\/glossary\/$/);
      await page.context().close();
    });

    it(`is walked with the keyboard alone: Tab reaches every control, Escape closes, at ${size}`, async () => {
      const page = await site.open('part-5/', { viewport });
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await page.keyboard.press('Tab');
        order.push(await focused(page));
      }
      expect(order).toEqual([
        '跳到正文 Skip to content',
        '赣州市政府工作报告 Ganzhou Government Work Report',
        '搜索 Search',
        '菜单 Menu',
      ]);
      expect(await expanded(page, /菜单/)).toBe(false);
      await page.keyboard.press('Enter');
      expect(await menuOpen(page)).toBe(true);
      expect(await expanded(page, /菜单/)).toBe(true);
      const inMenu: string[] = [];
      for (let i = 0; i < 3; i++) {
        await page.keyboard.press('Tab');
        inMenu.push(await focused(page));
      }
      expect(inMenu).toEqual(['目录 Contents', '词汇表 Glossary', '自动 Auto']);
      await page.keyboard.press('Escape');
      expect(await menuOpen(page)).toBe(false);
      expect(await focused(page)).toBe('菜单 Menu');

      await page.keyboard.press('Shift+Tab');
      expect(await focused(page)).toBe('搜索 Search');
      expect(await expanded(page, /^搜索 Search$/)).toBe(false);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.matches('.site-search input'))).toBe(true);
      expect(await searchButton(page).getAttribute('aria-expanded')).toBe('true');
      await page.keyboard.press('Escape');
      expect(await page.locator('.site-search input').isVisible()).toBe(false);
      expect(await focused(page)).toBe('搜索 Search');
      expect(await searchButton(page).getAttribute('aria-expanded')).toBe('false');
      // "/" shows the box too.
      await page.keyboard.press('/');
      expect(await page.evaluate(() => document.activeElement?.matches('.site-search input'))).toBe(true);
      await page.context().close();
    });
  }

  it('closes its menu when Tab leaves it, so focus never moves on under it, on a phone', async () => {
    const page = await site.open('part-5/', { viewport: PHONES[0] });
    await page.locator('.header-button--menu').focus();
    await page.keyboard.press('Enter');
    expect(await menuOpen(page)).toBe(true);
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('自动 Auto');
    expect(await menuOpen(page)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await menuOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.closest('#site-menu'))).toBeNull();
    // Back to its button and Enter opens it again: focus on the button does not close it.
    await page.locator('.header-button--menu').focus();
    await page.keyboard.press('Enter');
    expect(await menuOpen(page)).toBe(true);
    await page.context().close();
  });

  it('without JavaScript, links to the search page and still opens its menu', async () => {
    const page = await site.open('part-5/', { viewport: PHONES[0], javaScriptEnabled: false });
    expect(await searchButton(page).isVisible()).toBe(false);
    await page
      .locator('.site-header')
      .getByRole('link', { name: /搜索 Search/ })
      .click();
    await page.waitForURL(/\/search\/$/);
    await menuButton(page).click();
    expect(await page.locator('#site-menu a[href="/glossary/"]').isVisible()).toBe(true);
    await page.context().close();
  });

  it('on a wide screen keeps one row with the links, the theme switch and the search box, no buttons', async () => {
    const page = await site.open('part-5/');
    for (const selector of ['.site-nav', '.site-header .switch', '.site-search input'])
      expect(await page.locator(selector).isVisible()).toBe(true);
    expect(await page.locator('.header-button:visible').count()).toBe(0);
    expect((await page.locator('.site-header').boundingBox())!.height).toBeLessThan(70);
    await page.context().close();
  });
});
