import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const HIGHLIGHT = 'rgb(255, 243, 196)'; // --color-highlight, light
const NONE = 'rgba(0, 0, 0, 0)';

/** Whether the element's first line lies wholly within the viewport. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => {
    const line = el.getClientRects()[0];
    return !!line && line.top >= 0 && line.bottom <= window.innerHeight;
  });

/** The background of sentence `n` of a block, in each language. */
const backgrounds = (page: Page, block: string, n: number) =>
  page.evaluate(
    ([block, n]) =>
      [...document.querySelectorAll(`#${block} [data-s="${n}"]`)].map((el) => getComputedStyle(el).backgroundColor),
    [block, n] as const,
  );

/** Clicks the middle of a sentence's first line (a sentence's bounding box can lie partly over its neighbours). */
async function clickSentence(page: Page, selector: string) {
  const box = await page.locator(selector).evaluate((el) => {
    const line = el.getClientRects()[0]!;
    return { x: line.left + Math.min(line.width / 2, 20), y: line.top + line.height / 2 };
  });
  await page.mouse.click(box.x, box.y);
}

describe('sentence pairs', () => {
  for (const width of [1280, 375]) {
    for (const view of ['parallel', 'interleaved'] as const) {
      it(`highlight with their translation under the pointer, ${view} view at ${width} px`, async () => {
        const page = await site.open(`part-3/?view=${view}`, { viewport: { width, height: 900 } });
        expect(await backgrounds(page, 'business-environment', 3)).toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
        await page.locator('#business-environment .text--en [data-s="3"]').hover();
        await expect.poll(() => backgrounds(page, 'business-environment', 3)).toEqual([HIGHLIGHT, HIGHLIGHT]);
        await expect
          .poll(() => backgrounds(page, 'business-environment', 2))
          .toEqual(['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
        await page.context().close();
      });
    }
    for (const view of ['zh', 'en'] as const) {
      it(`highlight the sentence under the pointer in the ${view} view at ${width} px`, async () => {
        const page = await site.open(`part-3/?view=${view}`, { viewport: { width, height: 900 } });
        await page.locator(`#business-environment .text--${view} [data-s="4"]`).hover();
        await expect.poll(() => backgrounds(page, 'business-environment', 4)).toEqual([HIGHLIGHT, HIGHLIGHT]);
        await page.context().close();
      });
    }
  }

  it('stay highlighted after a tap, on a phone', async () => {
    const page = await site.open('part-3/', { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    await page.locator('#business-environment .text--zh [data-s="2"]').tap();
    expect(
      await page
        .locator('#business-environment .is-on')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-s'))),
    ).toEqual(['2', '2']);
    await page.context().close();
  });

  it('are one tab stop per paragraph, walked with the arrow keys and announced', async () => {
    const page = await site.open('part-3/');
    await page.locator('#business-environment').focus();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('business-environment');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    const on = () =>
      page.locator('#business-environment .is-on').evaluateAll((els) => els.map((el) => el.getAttribute('data-s')));
    expect(await on()).toEqual(['2', '2']);
    const announced = await page.locator('[aria-live="polite"].sr-only').last().textContent();
    expect(announced).toMatch(/^2 \/ 6: 全面对标大湾区.*Benchmark fully/);
    await page.keyboard.press('ArrowLeft');
    expect(await on()).toEqual(['1', '1']);
    // The paragraph is the tab stop; its sentences are not.
    expect(await page.locator('#business-environment').getAttribute('tabindex')).toBe('0');
    expect(await page.locator('[data-s][tabindex]').count()).toBe(0);
    await page.context().close();
  });

  it('have links that land on the sentence, highlighted, and the paragraph marked faintly', async () => {
    const page = await site.open('part-3/#business-environment.5');
    await expect.poll(() => backgrounds(page, 'business-environment', 5)).toEqual([HIGHLIGHT, HIGHLIGHT]);
    expect(await page.locator('#business-environment').getAttribute('class')).toContain('is-target');
    const box = await page.locator('#business-environment .text--zh [data-s="5"]').boundingBox();
    expect(box!.y).toBeGreaterThan(0);
    expect(box!.y).toBeLessThan(900);
    await page.goto(site.url('part-6/#ecological-security.2'));
    await expect.poll(() => backgrounds(page, 'ecological-security', 2)).toEqual([HIGHLIGHT, HIGHLIGHT]);
    // The link's highlight moves with the reader's next choice: :target does not hold it.
    await clickSentence(page, '#ecological-security .text--en [data-s="1"]');
    await expect.poll(() => backgrounds(page, 'ecological-security', 2)).toEqual([NONE, NONE]);
    await page.context().close();
  });

  it('have links that land on the sentence in the English-only view, where the Chinese is hidden', async () => {
    // The last paragraph of the page: the browser would stay at the top if nothing scrolled.
    const page = await site.open('part-4/?view=en#rural-vitality.3');
    await expect.poll(() => backgrounds(page, 'rural-vitality', 3)).toEqual([HIGHLIGHT, HIGHLIGHT]);
    await expect.poll(() => inView(page, '#rural-vitality .text--en [data-s="3"]')).toBe(true);
    await page.context().close();
  });

  for (const width of [1280, 375]) {
    it(`have links that land on the sentence without JavaScript, the pair highlighted, at ${width} px`, async () => {
      const page = await site.open('part-3/#business-environment.3', {
        javaScriptEnabled: false,
        viewport: { width, height: 900 },
      });
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const sentence = '#business-environment .text--zh [data-s="3"]';
      expect(await inView(page, sentence)).toBe(true);
      // Below the sticky toolbar, not under it.
      const toolbar = (await page.locator('.reader-toolbar').boundingBox())!;
      expect((await page.locator(sentence).boundingBox())!.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
      await expect.poll(() => backgrounds(page, 'business-environment', 3)).toEqual([HIGHLIGHT, HIGHLIGHT]);
      expect(await backgrounds(page, 'business-environment', 2)).toEqual([NONE, NONE]);
      await page.context().close();
    });
  }

  it('copy a link to the highlighted sentence', async () => {
    const page = await site.open('part-3/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.locator('#business-environment .text--en [data-s="4"]').click();
    await page.locator('#business-environment .copy-link').click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(site.url('part-3/#business-environment.4'));
    await page.context().close();
  });

  it('keep the sentence text whole: the Chinese reads as the source, no marker reaches the page', async () => {
    const page = await site.open('annex/');
    const english = await page.locator('#note-3 .text--en').textContent();
    expect(english).not.toMatch(/\{[+/]\}/);
    expect(await page.locator('#note-3 .text--en [data-s]').count()).toBe(2);
    expect(await page.locator('#note-3 .text--zh [data-s]').count()).toBe(2);
    await page.context().close();
  });

  for (const view of ['zh', 'en'] as const) {
    it(`show the translation of a tapped sentence in a peek, in the ${view} view`, async () => {
      const page = await site.open(`part-3/?view=${view}`, { viewport: { width: 375, height: 800 } });
      const other = view === 'zh' ? 'en' : 'zh';
      await clickSentence(page, `#business-environment .text--${view} [data-s="3"]`);
      const peek = page.locator('.sentence-peek:popover-open');
      await expect.poll(() => peek.count()).toBe(1);
      const expected = await page.locator(`#business-environment .text--${other} [data-s="3"]`).textContent();
      expect(await peek.textContent()).toBe(expected!.trim());
      expect(await peek.getAttribute('lang')).toBe(other === 'zh' ? 'zh-CN' : 'en');
      const box = (await peek.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(375);
      await page.keyboard.press('Escape');
      await expect.poll(() => peek.count()).toBe(0);
      await page.context().close();
    });
  }

  it('open no peek in the two-language views, nor over a term link or in word lookup', async () => {
    const page = await site.open('part-3/?view=parallel');
    await clickSentence(page, '#business-environment .text--zh [data-s="3"]');
    expect(await page.locator('.sentence-peek:popover-open').count()).toBe(0);
    await page.goto(site.url('part-3/?view=zh'));
    await page.locator('#business-environment .text--zh a.term').first().click();
    await expect.poll(() => page.locator('.term-popover:popover-open').count()).toBe(1);
    expect(await page.locator('.sentence-peek:popover-open').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /查词/ }).click();
    await page.locator('#business-environment .text--zh .w').nth(3).click();
    await expect.poll(() => page.locator('.lookup-panel').isVisible()).toBe(true);
    expect(await page.locator('.sentence-peek:popover-open').count()).toBe(0);
    await page.context().close();
  });

  it('cite a paragraph, or its highlighted sentence, in four formats, loading the citations on first use', async () => {
    const page = await site.open('part-3/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.locator('#business-environment').hover();
    await page.locator('#business-environment .cite-button').click();
    const panel = page.locator('.cite-panel:popover-open');
    await expect.poll(() => panel.count()).toBe(1);
    expect(fetched.some((p) => p.endsWith('/part-3/cite.json'))).toBe(true);
    const texts = () => panel.locator('pre').allTextContents();
    const [apa, bib, ris, csl] = await texts();
    const today = new Date().toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
    expect(apa).toContain('Ganzhou Municipal People’s Government. (n.d.).');
    // Built without SITE_URL, the citation links to where the reader found the page.
    expect(apa).toContain(`Retrieved ${today}, from ${site.url('part-3/#business-environment')}`);
    expect(bib).toMatch(/^@report\{ganzhou-report-business-environment,/);
    expect(ris).toMatch(/^TY {2}- RPRT/);
    expect(JSON.parse(csl!)[0].URL).toBe(site.url('part-3/#business-environment'));
    expect(bib).toContain(`url = {${site.url('part-3/#business-environment')}}`);
    expect(ris).toContain(`UR  - ${site.url('part-3/#business-environment')}`);
    // With the quotation.
    await panel.getByLabel(/附引文/).check();
    expect((await texts())[0]).toContain('“实施优化营商环境“一号工程”。');
    expect(await panel.locator('a[download]').first().getAttribute('download')).toBe(
      'ganzhou-report-business-environment.txt',
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.count()).toBe(0);
    // A highlighted sentence is cited with its own link.
    await clickSentence(page, '#business-environment .text--en [data-s="3"]');
    await page.locator('#business-environment .cite-button').click();
    await expect
      .poll(async () => (await texts())[0])
      .toMatch(/, from http:\/\/[^ ]+\/part-3\/#business-environment\.3$/);
    await page.context().close();
  });

  it('load no citation code or data on a plain page view', async () => {
    const page = await site.open('part-3/');
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(scripts.filter((name) => /cite/.test(name))).toEqual([]);
    await page.context().close();
  });
});
