import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const open = site.open;

/** The open popover's id, or '' when none is open. */
const openPopover = (page: Page) => page.evaluate(() => document.querySelector(':popover-open')?.id ?? '');
const term = (page: Page, block: string, id: string, lang = 'zh-CN') =>
  page.locator(`#${block} [lang="${lang}"] a.term[data-term="${id}"]`).first();

describe('term popovers', () => {
  it('open on hover after a short delay, stay open while the pointer moves into them, close on Escape', async () => {
    const page = await open('part-6/');
    const link = term(page, 'ecological-security', 'san-xian-yi-dan');
    await link.hover();
    await expect.poll(() => openPopover(page)).toBe('term-san-xian-yi-dan');
    const popover = page.locator('#term-san-xian-yi-dan');
    await expect
      .poll(() => popover.locator('.term-popover__def--en').textContent())
      .toContain('red line for ecological protection');
    // Move into the popover: it must stay (WCAG 1.4.13 hoverable).
    const box = (await popover.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.waitForTimeout(500);
    expect(await openPopover(page)).toBe('term-san-xian-yi-dan');
    await page.keyboard.press('Escape');
    expect(await openPopover(page)).toBe('');
    await page.context().close();
  });

  it('fetches the definitions again when the first request failed, as when the reader was offline', async () => {
    const page = await open('part-6/');
    await page.route('**/terms.json', (route) => route.abort('internetdisconnected'));
    const failed = page.waitForEvent('requestfailed', (request) => request.url().endsWith('/terms.json'));
    const link = term(page, 'ecological-security', 'san-xian-yi-dan');
    await link.hover();
    await failed;
    expect(await openPopover(page)).toBe('');
    await page.unroute('**/terms.json');
    await page.mouse.move(0, 0);
    await link.hover();
    await expect.poll(() => openPopover(page)).toBe('term-san-xian-yi-dan');
    await page.context().close();
  });

  it('never covers the term and causes no layout shift', async () => {
    const page = await open('part-6/');
    const link = term(page, 'green-low-carbon', 'neng-hao-shuang-kong');
    await link.scrollIntoViewIfNeeded();
    const before = await page.locator('#green-low-carbon').boundingBox();
    await link.hover();
    await expect.poll(() => openPopover(page)).toBe('term-neng-hao-shuang-kong');
    const t = (await link.boundingBox())!;
    const p = (await page.locator('#term-neng-hao-shuang-kong').boundingBox())!;
    const overlaps = t.x < p.x + p.width && p.x < t.x + t.width && t.y < p.y + p.height && p.y < t.y + t.height;
    expect(overlaps).toBe(false);
    expect(await page.locator('#green-low-carbon').boundingBox()).toEqual(before);
    await page.context().close();
  });

  it('opens on keyboard focus (Tab), closes on Escape, and Enter follows the link to the entry', async () => {
    const page = await open('part-3/');
    let focused = '';
    for (let i = 0; i < 40 && focused !== 'an-jing-sheng-chan-qi'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.term ?? '');
    }
    expect(focused).toBe('an-jing-sheng-chan-qi');
    await expect.poll(() => openPopover(page)).toBe('term-an-jing-sheng-chan-qi');
    await page.keyboard.press('Escape');
    expect(await openPopover(page)).toBe('');
    await page.keyboard.press('Enter');
    await page.waitForURL(/glossary\/#an-jing-sheng-chan-qi$/);
    await page.context().close();
  });

  it('opens on tap, stays inside a 320 px viewport, and closes on a tap outside', async () => {
    const page = await open('part-4/', { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    const link = term(page, 'poverty-alleviation-gains', 'san-lei-ren-qun');
    await link.scrollIntoViewIfNeeded();
    await link.tap();
    await expect.poll(() => openPopover(page)).toBe('term-san-lei-ren-qun');
    expect(page.url()).not.toContain('glossary');
    const p = (await page.locator('#term-san-lei-ren-qun').boundingBox())!;
    expect(p.x).toBeGreaterThanOrEqual(0);
    expect(p.x + p.width).toBeLessThanOrEqual(320);
    expect(p.y).toBeGreaterThanOrEqual(0);
    expect(p.y + p.height).toBeLessThanOrEqual(640);
    await page.touchscreen.tap(300, 620);
    await expect.poll(() => openPopover(page)).toBe('');
    await page.context().close();
  });

  it("shows the definition in the reader's language: both in parallel, one in a single-language view", async () => {
    const page = await open('part-6/?view=en');
    await term(page, 'ecological-security', 'san-xian-yi-dan', 'en').hover();
    await expect.poll(() => openPopover(page)).toBe('term-san-xian-yi-dan');
    expect(await page.locator('#term-san-xian-yi-dan .term-popover__def--zh').isVisible()).toBe(false);
    expect(await page.locator('#term-san-xian-yi-dan .term-popover__def--en').isVisible()).toBe(true);
    await page.context().close();
  });

  it('keeps definitions out of the text a reader copies, and out of the search index', async () => {
    const page = await open('part-6/');
    const copied = await page.locator('#ecological-security .text--zh').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return selection.toString();
    });
    expect(copied).toMatch(/^筑牢生态安全屏障。坚决执行“三线一单”分区管控要求/);
    expect(copied).not.toContain('生态保护红线');
    expect(await page.locator('.term-popovers').getAttribute('data-pagefind-ignore')).not.toBeNull();
    await page.context().close();
  });
});

describe('linking on the built site', async () => {
  const { glossary } = await loadSiteContent('content');

  it('links each of the 12 official terms of the excerpt in both languages', async () => {
    const official = glossary.filter((entry) => entry.source === 'official' && !entry.absent);
    expect(official).toHaveLength(12);
    const page = await open('');
    for (const entry of official) {
      const use = entry.occurrences[0]!;
      await page.goto(`${site.url()}${use.part}/`);
      for (const lang of ['zh-CN', 'en']) {
        expect(await term(page, use.block, entry.id, lang).count(), `${entry.id} ${lang}`).toBe(1);
      }
    }
    await page.context().close();
  });

  it('lists on the glossary page every paragraph where a term is used, with working links', async () => {
    const page = await open('glossary/');
    const entry = glossary.find((e) => e.id === 'an-jing-sheng-chan-qi')!;
    const links = page.locator('#an-jing-sheng-chan-qi .entry__uses a');
    expect(await links.count()).toBe(entry.occurrences.length);
    await links.first().click();
    await page.waitForURL(/part-3\/#business-environment$/);
    await page.context().close();
  });

  it('filters the glossary by source', async () => {
    const page = await open('glossary/');
    await page.getByRole('radio', { name: /编者注/ }).check();
    expect(await page.locator('.entry[data-source="official"]').first().isVisible()).toBe(false);
    expect(await page.locator('.entry[data-source="editorial"]').first().isVisible()).toBe(true);
    await page.context().close();
  });

  it('links each annex note to its glossary entry', async () => {
    const page = await open('annex/');
    for (let note = 1; note <= 18; note++) {
      const entry = glossary.find((e) => e.note === note)!;
      expect(await page.locator(`#note-${note} .pair__entry`).getAttribute('href')).toBe(`/glossary/#${entry.id}`);
    }
    await page.context().close();
  });
});
