import { describe, expect, it } from 'vitest';
import { useBuiltSite } from '../support/site-session';

const site = useBuiltSite();

describe('a national report’s page', () => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 375, height: 700 },
  ]) {
    it(`links back to the Ganzhou sentence, which the browser shows (${viewport.width} px)`, async () => {
      const page = await site.open('national/2022/', { viewport });
      const back = page.locator('article a.back').nth(20);
      const target = decodeURIComponent(new URL((await back.getAttribute('href'))!, 'http://site').hash.slice(1));
      await back.click();
      await page.waitForURL((url) => url.hash === `#${encodeURIComponent(target)}` || url.hash === `#${target}`);
      const sentence = page.locator(`[id="${target}"]`);
      await expect.poll(() => sentence.evaluate((el) => el.matches(':target'))).toBe(true);
      const box = (await sentence.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(viewport.height);
      expect(await sentence.getAttribute('lang')).toBeNull(); // the Chinese sentence, in the page's language
      await page.context().close();
    });
  }

  it('is reached at a national sentence by its id', async () => {
    const page = await site.open('national/2022/#2022.457', { viewport: { width: 375, height: 700 } });
    const box = (await page.locator('[id="2022.457"]').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(700);
    await page.context().close();
  });
});
