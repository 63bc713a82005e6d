import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { PartEchoesData } from '../../src/site/part-data';
import { delayStylesheet, useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const BLOCK = 'business-environment';
// What the build wrote for the page: the tests hold the page to it, not to numbers of their own.
const echoes = (): PartEchoesData => JSON.parse(readFileSync('dist/part-3/echoes.json', 'utf8'));
const local = (page: Page) => page.getByRole('button', { name: /本地/ });

/**
 * Highlights sentence `n` in `lang` with a tap, then opens the paragraph's "出处 Context": with the pointer, or
 * from the keyboard (in the one-language views the tap's translation peek may lie over the button).
 */
async function openContext(page: Page, lang: 'zh' | 'en', n: number, { pointer = false } = {}) {
  const sentence = page.locator(`#${BLOCK} .text--${lang} [data-s="${n}"]`);
  await sentence.scrollIntoViewIfNeeded();
  await sentence.dispatchEvent('click');
  const button = page.locator(`#${BLOCK} .context-button`);
  if (pointer) {
    await page.locator(`#${BLOCK}`).hover();
    await button.click();
  } else {
    await button.focus();
    await page.keyboard.press('Enter');
  }
  return page.waitForSelector('.context-panel:popover-open');
}

/** The popover's matches: year link, its address, the marked runs, the "also in" line. */
const listed = (page: Page) =>
  page.locator('.context-panel__match').evaluateAll((items) =>
    items.map((item) => ({
      href: item.querySelector('a')!.getAttribute('href'),
      year: item.querySelector('a [lang="en"]')!.textContent,
      runs: [...item.querySelectorAll('mark')].map((mark) => mark.textContent),
      others: /also in (\d+) other year/.exec(item.textContent ?? '')?.[1] ?? null,
    })),
  );

/** What the popover of sentence `n` must list, from echoes.json. */
const expected = (n: number) =>
  echoes()[BLOCK]![n - 1]!.matches.map((match) => ({
    href: `/national/${match.year}/#${match.id}`,
    year: `${match.year} report`,
    runs: match.runs.map(([start, end]) => match.text.slice(start, end)),
    others: match.others ? String(match.others) : null,
  }));

describe('the "出处 Context" popover', () => {
  it('loads nothing until it is opened', async () => {
    const page = await site.open('part-3/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.locator(`#${BLOCK}`).hover();
    expect(await page.locator(`#${BLOCK} .context-button`).isVisible()).toBe(true);
    expect(fetched.some((path) => /echoes/.test(path))).toBe(false);
    await openContext(page, 'zh', 3, { pointer: true });
    expect(fetched.filter((path) => path.endsWith('/echoes.json'))).toEqual(['/part-3/echoes.json']);
    await page.context().close();
  });

  for (const width of [1280, 375]) {
    for (const view of ['parallel', 'interleaved', 'zh', 'en'] as const) {
      const lang = view === 'en' ? 'en' : 'zh';
      it(`lists the national sentences of a ${lang} sentence with their runs marked, ${view} view at ${width} px`, async () => {
        const page = await site.open(`part-3/?view=${view}`, { viewport: { width, height: 800 } });
        await openContext(page, lang, 3, { pointer: view === 'parallel' || view === 'interleaved' });
        const matches = expected(3);
        expect(matches.length).toBeGreaterThan(0);
        expect(await listed(page)).toEqual(matches);
        // Each match's national sentence is shown whole, its runs marked where they are.
        const first = echoes()[BLOCK]![2]!.matches[0]!;
        expect(await page.locator('.context-panel__national').first().textContent()).toBe(first.text);
        expect(await page.locator('.context-panel').textContent()).toContain(
          'The national reports are in Chinese only.',
        );
        // The popover lies within the viewport, above or below the sentence but over none of its lines, and Escape
        // closes it and gives focus back to its button.
        const box = (await page.locator('.context-panel').boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(width);
        const lines = await page
          .locator(`#${BLOCK} .text--${lang} [data-s="3"]`)
          .evaluate((span) => [...span.getClientRects()].map(({ top, bottom }) => ({ top, bottom })));
        for (const line of lines) expect(line.bottom <= box.y || line.top >= box.y + box.height, view).toBe(true);
        await page.keyboard.press('Escape');
        await expect.poll(() => page.locator('.context-panel:popover-open').count()).toBe(0);
        // The popover's toggle event, which gives focus back, is queued as a task of its own.
        await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('context-button');
        await page.context().close();
      });
    }
  }

  it("is placed within a phone's width when its stylesheet arrives after the data", async () => {
    const page = await site.open('part-3/?view=zh', { viewport: { width: 375, height: 800 } });
    await delayStylesheet(page, 'echoes');
    await openContext(page, 'zh', 3);
    const box = (await page.locator('.context-panel').boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.context().close();
  });

  it('says so when a sentence shares nothing with the national reports', async () => {
    expect(echoes()[BLOCK]![1]!.matches).toEqual([]);
    const page = await site.open('part-3/');
    await openContext(page, 'zh', 2);
    expect(await page.locator('.context-panel__match').count()).toBe(0);
    expect(await page.locator('.context-panel__none').textContent()).toContain('No formulation shared');
    await page.context().close();
  });

  it('opens from the keyboard and can be tabbed through', async () => {
    const page = await site.open('part-3/');
    await page.locator(`#${BLOCK}`).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.locator(`#${BLOCK} .context-button`).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.context-panel:popover-open');
    expect(await listed(page)).toEqual(expected(3));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.context-panel') !== null)).toBe(true);
    await page.context().close();
  });
});

/** The text of the Chinese sentence's .echo stretches, and whether the English sentence is muted. */
const shading = (page: Page, n: number) =>
  page.evaluate(
    ([block, n]) => ({
      zh: [...document.querySelectorAll(`#${block} .text--zh [data-s="${n}"] .echo`)].map((el) => {
        const copy = el.cloneNode(true) as Element;
        copy.querySelectorAll('rt').forEach((rt) => rt.remove());
        return copy.textContent;
      }),
      en: document.querySelector(`#${block} .text--en [data-s="${n}"]`)!.classList.contains('echo'),
    }),
    [BLOCK, n] as const,
  );

/** The echoed stretches of sentence `n` as echoes.json has them, cut from the sentence's own text. */
const echoedText = async (page: Page, n: number) => {
  const text = (await page.locator(`#${BLOCK} .text--zh [data-s="${n}"]`).textContent())!.trim();
  return echoes()[BLOCK]![n - 1]!.spans.map(([start, end]) => text.slice(start, end));
};

describe('the "本地 Local" toggle', () => {
  it('mutes the echoed text and keeps the local text at full strength, and persists', async () => {
    const page = await site.open('part-3/');
    expect(await local(page).getAttribute('aria-pressed')).toBe('false');
    const expectedRuns = await echoedText(page, 3);
    expect(expectedRuns.length).toBeGreaterThan(0);
    await local(page).click();
    await page.waitForSelector(`#${BLOCK} .echo`);
    expect(await local(page).getAttribute('aria-pressed')).toBe('true');
    // Text nodes split at a term link or ruby make one stretch several .echo pieces: compare them joined.
    expect((await shading(page, 3)).zh.join('')).toBe(expectedRuns.join(''));
    expect((await shading(page, 2)).zh).toEqual([]);
    expect((await shading(page, 6)).en).toBe(echoes()[BLOCK]![5]!.share >= 0.5);
    expect((await shading(page, 2)).en).toBe(false);
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).color);
    const echoed = await colour(`#${BLOCK} .text--zh [data-s="3"] .echo`);
    const own = await colour(`#${BLOCK} .text--zh [data-s="2"]`);
    expect(echoed).not.toBe(own);

    await page.reload();
    await page.waitForSelector(`#${BLOCK} .echo`);
    expect(await local(page).getAttribute('aria-pressed')).toBe('true');
    await local(page).click();
    expect(await colour(`#${BLOCK} .text--zh [data-s="3"] .echo`)).toBe(own);
    await page.reload();
    expect(await local(page).getAttribute('aria-pressed')).toBe('false');
    expect(await page.locator('.echo').count()).toBe(0);
    await page.context().close();
  });

  it('keeps its shading when pinyin is turned on after it, and before it', async () => {
    const page = await site.open('part-3/');
    const expectedRuns = await echoedText(page, 3);
    await local(page).click();
    await page.waitForSelector(`#${BLOCK} .echo`);
    await page.getByRole('button', { name: /拼音/ }).click();
    await page.waitForSelector(`#${BLOCK} rt`);
    await expect.poll(async () => (await shading(page, 3)).zh.join('')).toBe(expectedRuns.join(''));
    await page.reload();
    await page.waitForSelector(`#${BLOCK} rt`);
    await expect.poll(async () => (await shading(page, 3)).zh.join('')).toBe(expectedRuns.join(''));
    await page.context().close();
  });
});
