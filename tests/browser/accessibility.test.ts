import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core's WCAG 2.2 A and AA violations on the page as it is now, as readable lines. axe runs in the page itself
 * (legacy mode: the site has no frames, so nothing is missed by not scanning frame by frame and merging the
 * results in a page of their own) and lists violations alone, not every node that passed: a third off each scan.
 */
async function violations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(TAGS)
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1]?.trim()}`),
  );
}

// The scans run a few at a time, each page in its own browser context: most of a scan's time is the page's own
// renderer process, so two cores do two at once.
describe.concurrent('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it('finds what it looks for: a button without a name, and text too faint to read, in a popover', async ({
    expect,
  }) => {
    const page = await site.open('status/');
    await page.evaluate(() => {
      const panel = Object.assign(document.createElement('div'), { popover: 'manual' });
      panel.innerHTML = '<button type="button"></button><p>浅 faint</p>';
      // Through the CSSOM: the Content-Security-Policy drops a style attribute written in the markup.
      Object.assign(panel.querySelector('p')!.style, { color: '#ccc', background: '#fff' });
      document.body.append(panel);
      panel.showPopover();
    });
    const found = (await violations(page)).map((line) => line.split(':')[0]);
    expect(found).toEqual(expect.arrayContaining(['button-name', 'color-contrast']));
    await page.context().close();
  });
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const route of [
      '',
      'part-3/',
      'glossary/',
      'annex/',
      'search/',
      'status/',
      'words/',
      'figures/',
      'context/',
      'national/',
      'national/2022/',
    ]) {
      it(`/${route} in ${colorScheme} mode`, async ({ expect }) => {
        const page = await site.open(route, { colorScheme });
        expect(await violations(page)).toEqual([]);
        await page.context().close();
      });
    }
    it(`a reader page with a sentence pair highlighted by its link and the keyboard, ${colorScheme}`, async ({
      expect,
    }) => {
      const page = await site.open('part-3/#business-environment.3', { colorScheme });
      await page.locator('#two-way-opening').focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.locator('#two-way-opening .is-on').count()).toBe(2);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a reader page with the header search's results open, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-3/', { colorScheme });
      await page.locator('.site-search input').pressSequentially('三线一单', { delay: 30 });
      await page.waitForSelector('.search-panel:popover-open .result');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`the search page filtered to the national reports, with results, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open(`search/?q=${encodeURIComponent('高质量发展')}&in=national`, { colorScheme });
      await page.waitForSelector('#search-results .result--national');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a phone-size reader page with the header's menu and search box open, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-3/', { colorScheme, viewport: { width: 390, height: 844 } });
      await page.locator('button.header-button--search').click();
      await page.getByRole('button', { name: /菜单 Menu/ }).click();
      await page.waitForSelector('#site-menu:popover-open');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`My words with a word listed and the note on words that could not be read, ${colorScheme}`, async ({
      expect,
    }) => {
      const page = await site.open('words/', { colorScheme });
      await page.evaluate(() =>
        localStorage.setItem(
          'saved-words',
          JSON.stringify([
            {
              word: '巩固',
              pinyin: 'gǒng gù',
              glosses: ['to consolidate'],
              sentence: '巩固。',
              url: '/',
              part: 'part-6',
            },
            null,
          ]),
        ),
      );
      await page.reload();
      await page.waitForSelector('#words-kept-list li');
      await page.waitForSelector('#words-list li');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a reader page with the citation panel open, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-3/', { colorScheme });
      await page.locator('#business-environment').hover();
      await page.locator('#business-environment .cite-button').click();
      await page.waitForSelector('.cite-panel:popover-open pre');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a reader page with the translation peek open, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-3/?view=zh', { colorScheme });
      await page.locator('#business-environment .text--zh [data-s="2"]').scrollIntoViewIfNeeded();
      await page.locator('#business-environment .text--zh [data-s="2"]').dispatchEvent('click');
      await page.waitForSelector('.sentence-peek:popover-open');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    for (const view of ['parallel', 'interleaved', 'zh', 'en']) {
      it(`a reader page in the ${view} view, ${colorScheme}`, async ({ expect }) => {
        const page = await site.open(`part-6/?view=${view}#ecological-security`, { colorScheme });
        expect(await violations(page)).toEqual([]);
        await page.context().close();
      });
    }
    it(`a reader page with a term popover open, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-6/', { colorScheme });
      await page.locator('#ecological-security .text--zh a.term').first().focus();
      await page.waitForFunction(() => document.querySelector(':popover-open'));
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a reader page with pinyin on and the word lookup panel open, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-6/', { colorScheme });
      await page.getByRole('button', { name: /拼音/ }).click();
      await page.getByRole('button', { name: /查词/ }).click();
      await page.locator('#environmental-governance .text--zh .w').nth(2).click();
      await page.waitForSelector('.lookup-panel:not([hidden]) .lookup__word');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a reader page with Local on, pinyin on and a sentence highlighted, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-3/#business-environment.3', { colorScheme });
      await page.getByRole('button', { name: /本地/ }).click();
      await page.getByRole('button', { name: /拼音/ }).click();
      await page.waitForSelector('#business-environment rt');
      await page.waitForSelector('#business-environment .text--zh [data-s="3"] .echo');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a reader page with the context popover open, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-3/#business-environment.3', { colorScheme });
      await page.locator('#business-environment .context-button').focus();
      await page.keyboard.press('Enter');
      await page.waitForSelector('.context-panel:popover-open mark');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`a reader page with pinyin in tone colours, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open('part-5/', { colorScheme });
      await page.getByRole('button', { name: /拼音/ }).click();
      await page.getByRole('button', { name: /声调/ }).click();
      await page.waitForSelector('#infrastructure rt[data-t="3"]');
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
    it(`the search page with results shown, ${colorScheme}`, async ({ expect }) => {
      const page = await site.open(`search/?q=${encodeURIComponent('放管服')}`, { colorScheme });
      await page.waitForFunction(() => document.querySelectorAll('.result').length > 1);
      expect(await violations(page)).toEqual([]);
      await page.context().close();
    });
  }
});
