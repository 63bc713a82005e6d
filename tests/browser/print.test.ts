import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();

describe('print', () => {
  it('hides the chrome, keeps the view, and ends the part with its terms defined, in every view', async () => {
    for (const view of ['parallel', 'interleaved', 'zh', 'en']) {
      const page = await site.open(`part-3/?view=${view}`);
      await page.emulateMedia({ media: 'print' });
      const shown = (selector: string) =>
        page
          .locator(selector)
          .first()
          .evaluate((el) => getComputedStyle(el).display !== 'none');
      for (const chrome of ['.site-header', '.reader-toolbar', '.site-footer', '.part-nav', '.pair__tools'])
        expect(await shown(chrome), `${view}: ${chrome}`).toBe(false);
      expect(await shown('.print-terms'), view).toBe(true);
      expect(await shown('.print-terms__zh'), view).toBe(view !== 'en');
      expect(await shown('.print-terms__en'), view).toBe(view !== 'zh');
      // The parallel view prints in two columns, the others in one.
      const columns = await page
        .locator('.pair--paragraph')
        .first()
        .evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
      expect(columns, view).toBe(view === 'parallel' ? 2 : 1);
      await page.context().close();
    }
  });

  it('hides the filters of the glossary and figures pages on paper', async () => {
    for (const [route, filter] of [
      ['glossary/', '.glossary__filter'],
      ['figures/', '.figures__filters'],
    ]) {
      const page = await site.open(route!);
      expect(await page.locator(filter!).isVisible(), route).toBe(true);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator(filter!).isVisible(), route).toBe(false);
      await page.context().close();
    }
  });

  it("prints each paragraph's permalink once, and underlines the terms the list at the end defines", async () => {
    const page = await site.open('part-3/');
    await page.emulateMedia({ media: 'print' });
    const permalink = await page
      .locator('#business-environment')
      .evaluate((el) => getComputedStyle(el, '::after').content);
    // The address comes from the part's print stylesheet: a path here, since this build has no SITE_URL.
    expect(permalink).toBe('"/part-3/#business-environment"');
    const term = page.locator('.text--zh a.term').first();
    expect(await term.evaluate((el) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
    // Each term the text links to, once, in the order the text first uses it.
    const listed = await page.locator('.print-terms li > strong:first-child').allTextContents();
    const used = await page
      .locator('.text--zh a.term')
      .evaluateAll((links) => [...new Set(links.map((link) => link.textContent))]);
    expect(listed.slice(0, 3)).toEqual(used.slice(0, 3));
    expect(listed.length).toBeGreaterThanOrEqual(used.length);
    expect(new Set(listed).size).toBe(listed.length);
    await page.context().close();
  });

  it('offers a Print button in the toolbar from tablet width, reachable by keyboard, that opens the print dialog', async () => {
    const page = await site.open('part-5/');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void (window as unknown as { printed: number }).printed++;
    });
    const button = page.locator('.reader-toolbar [data-print]');
    expect(await button.isVisible()).toBe(true);
    expect(await button.textContent()).toMatch(/打印\s+Print/);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.context().close();
    const phone = await site.open('part-5/', { viewport: { width: 375, height: 740 } });
    expect(await phone.locator('.reader-toolbar [data-print]').isVisible()).toBe(false);
    await phone.context().close();
  });
});
