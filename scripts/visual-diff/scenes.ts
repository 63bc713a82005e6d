import type { Page } from 'playwright-core';

/** One page in one state, screenshotted at each width and colour scheme by `npm run visual-diff`. */
export interface Scene {
  name: string;
  route: string;
  /** Brings the page into the state to compare (a popover open, results shown …). */
  prepare?: (page: Page) => Promise<void>;
  /** Full page (the default), or the viewport only, for states that float over the page. */
  fullPage?: boolean;
}

const VIEWS = ['parallel', 'interleaved', 'zh', 'en'] as const;

export const SCENES: Scene[] = [
  { name: 'home', route: '' },
  ...VIEWS.map((view) => ({ name: `part-3-${view}`, route: `part-3/?view=${view}` })),
  { name: 'part-2-excerpt', route: 'part-2/' },
  {
    name: 'part-3-popover',
    route: 'part-3/#business-environment',
    fullPage: false,
    async prepare(page) {
      await page.locator('#business-environment .text--zh a.term').first().focus();
      await page.waitForSelector('.term-popover:popover-open');
    },
  },
  {
    name: 'part-5-pinyin',
    route: 'part-5/#infrastructure',
    fullPage: false,
    async prepare(page) {
      await page.getByRole('button', { name: /拼音/ }).click();
      await page.waitForSelector('#infrastructure rt');
      await page.locator('#infrastructure').scrollIntoViewIfNeeded();
    },
  },
  {
    name: 'part-6-lookup',
    route: 'part-6/#environmental-governance',
    fullPage: false,
    async prepare(page) {
      await page.getByRole('button', { name: /查词/ }).click();
      await page.locator('#environmental-governance .text--zh .w[data-w="确保"]').first().hover();
      await page.waitForSelector('.lookup-panel .lookup__word');
    },
  },
  {
    name: 'search',
    route: 'search/?q=%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95',
    async prepare(page) {
      await page.waitForSelector('#search-results .result');
    },
  },
  {
    name: 'header-search',
    route: 'part-3/',
    fullPage: false,
    async prepare(page) {
      // On a phone the box is behind the header's search button.
      const button = page.locator('button.header-button--search');
      if (await button.isVisible()) await button.click();
      await page.locator('.site-search input').pressSequentially('三线一单');
      await page.waitForSelector('.search-panel:popover-open .result');
    },
  },
  { name: 'glossary', route: 'glossary/#san-xian-yi-dan' },
  { name: 'figures', route: 'figures/' },
  { name: 'status', route: 'status/' },
];
