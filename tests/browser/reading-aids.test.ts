import { parse as parseCsv } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { delayStylesheet, useBuiltSite } from '../support/site-session';

const site = useBuiltSite();
const toggle = (page: Page, name: RegExp) => page.getByRole('button', { name });

describe('pinyin', () => {
  it('is off by default, loads once on first use, persists, and stays out of copied text', async () => {
    const page = await site.open('part-5/');
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    expect(await page.locator('ruby, rt').count()).toBe(0);
    expect(await toggle(page, /拼音/).getAttribute('aria-pressed')).toBe('false');
    // The ruby layout's stylesheet comes with the aids, not with the page.
    expect(await page.locator('link[href*="reading-aids"]').count()).toBe(0);

    await toggle(page, /拼音/).click();
    await page.waitForSelector('#infrastructure rt');
    expect(await toggle(page, /拼音/).getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#infrastructure rt').first().isVisible()).toBe(true);
    // 长赣高铁 is read cháng, in context.
    const reading = await page.locator('#infrastructure .w[data-w="长"] rt').first().textContent();
    expect(reading).toBe('cháng');
    await toggle(page, /拼音/).click();
    await toggle(page, /拼音/).click();
    expect(fetched.filter((p) => p.endsWith('/aids.json'))).toEqual(['/part-5/aids.json']);
    expect(fetched.filter((p) => /\/reading-aids\.[\w-]+\.css$/.test(p))).toHaveLength(1);

    // What a reader's copy puts on the clipboard (the page's copy handler writes it).
    const copied = await page.locator('#infrastructure .text--zh').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      const clipboardData = new DataTransfer();
      document.dispatchEvent(new ClipboardEvent('copy', { clipboardData, bubbles: true, cancelable: true }));
      return clipboardData.getData('text/plain');
    });
    expect(copied).toMatch(/^强化基础设施支撑。推进革命老区交通强国建设试点/);
    expect(copied).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]{2,}/);

    await page.reload();
    await page.waitForSelector('#infrastructure rt');
    expect(await toggle(page, /拼音/).getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  it('is never seen unstyled: the ruby goes in once its stylesheet has loaded', async () => {
    const page = await site.open('part-5/');
    await delayStylesheet(page, 'reading-aids');
    await toggle(page, /拼音/).click();
    await page.waitForSelector('#infrastructure rt', { state: 'attached' });
    // At the first moment the ruby is in the page, the stylesheet's cell layout already holds.
    expect(
      await page
        .locator('#infrastructure ruby')
        .first()
        .evaluate((el) => getComputedStyle(el).display),
    ).toBe('inline-block');
    await page.context().close();
  });

  it('colours the syllables by tone on request, the tone toggle shown only with pinyin', async () => {
    const page = await site.open('part-5/');
    expect(await toggle(page, /声调/).isVisible()).toBe(false);
    await toggle(page, /拼音/).click();
    await page.waitForSelector('#infrastructure rt');
    expect(await toggle(page, /声调/).isVisible()).toBe(true);
    const colour = (tone: number) =>
      page
        .locator(`#infrastructure rt[data-t="${tone}"]`)
        .first()
        .evaluate((rt) => getComputedStyle(rt).color);
    const plain = await colour(1);
    expect(await colour(4)).toBe(plain);
    await toggle(page, /声调/).click();
    expect(await toggle(page, /声调/).getAttribute('aria-pressed')).toBe('true');
    const colours = await Promise.all([1, 2, 3, 4].map(colour));
    expect(new Set([...colours, plain]).size).toBe(5);
    // Each syllable's tone attribute agrees with its mark: 强 qiáng is tone 2.
    expect(await page.locator('#infrastructure .w[data-w="强化"] rt').first().getAttribute('data-t')).toBe('2');
    await page.reload();
    await page.waitForSelector('#infrastructure rt');
    expect(await toggle(page, /声调/).getAttribute('aria-pressed')).toBe('true');
    await page.context().close();
  });

  // Measured over a whole part, in the parallel view at 1280 px and the Chinese view at 375 px.
  it.each([
    [1280, 'parallel'],
    [375, 'zh'],
  ])('reads like a textbook at %i px (%s): one syllable per <rt>, syllables never touching', async (width, view) => {
    const page = await site.open(`part-5/?view=${view}`, { viewport: { width, height: 900 } });
    await toggle(page, /拼音/).click();
    await page.waitForSelector('#infrastructure rt');
    const layout = await page.evaluate(() => {
      const rts = [...document.querySelectorAll<HTMLElement>('.text--zh rt')];
      const bad = rts.map((rt) => rt.textContent ?? '').filter((t) => !/^[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+$/.test(t));
      let pairs = 0;
      const touching: string[] = [];
      const widths = new Set<number>();
      for (const text of document.querySelectorAll('.text--zh')) {
        const boxes = [...text.querySelectorAll('rt')].map((rt) => ({ rt, box: rt.getBoundingClientRect() }));
        for (const ruby of text.querySelectorAll('ruby')) widths.add(Math.round(ruby.getBoundingClientRect().width));
        for (let i = 1; i < boxes.length; i++) {
          const [a, b] = [boxes[i - 1]!, boxes[i]!];
          if (Math.abs(a.box.top - b.box.top) > 2) continue; // a new line
          pairs++;
          if (b.box.left - a.box.right < 1) touching.push(`${a.rt.textContent} ${b.rt.textContent}`);
        }
      }
      return { count: rts.length, bad, pairs, touching, widths: [...widths] };
    });
    expect(layout.count).toBeGreaterThan(1000);
    expect(layout.bad).toEqual([]);
    expect(layout.pairs).toBeGreaterThan(900);
    expect(layout.touching).toEqual([]);
    // Every character of a size sits in a cell of one width: the body's, and the heading's.
    expect(layout.widths.length).toBeLessThanOrEqual(2);
    await page.context().close();
  });
});

describe('glossary terms in the annotated text', () => {
  it('are underlined under their characters, not under the quotation marks drawn into their links', async () => {
    const page = await site.open('part-3/');
    const term = page.locator('#business-environment .text--zh a.term[data-term="fang-guan-fu"]');
    /** How the link and each character of the term are marked: the link itself, and each ruby cell. */
    const marking = () =>
      term.evaluate((link) => ({
        link: getComputedStyle(link).textDecorationLine,
        quoteInside: (link.textContent ?? '').includes('“'),
        cells: [...link.querySelectorAll('ruby')].map((ruby) => {
          const style = getComputedStyle(ruby);
          return { underline: style.textDecorationLine, painted: style.backgroundImage.startsWith('linear-gradient') };
        }),
      }));
    await toggle(page, /拼音/).click();
    await page.waitForSelector('#business-environment ruby');
    const pinyin = await marking();
    expect(pinyin.quoteInside).toBe(true);
    expect(pinyin.link).toBe('none');
    expect(pinyin.cells).toEqual(Array(3).fill({ underline: 'none', painted: true }));
    await toggle(page, /拼音/).click();
    await toggle(page, /查词/).click();
    const lookup = await marking();
    expect(lookup.link).toBe('none');
    expect(lookup.cells).toEqual(Array(3).fill({ underline: 'underline', painted: false }));
    await page.context().close();
  });

  it('name a traditional variant in word lookup, so it does not seem to point at itself (管, 筦)', async () => {
    const page = await site.open('part-3/');
    await toggle(page, /查词/).click();
    await page.locator('#business-environment .text--zh .w[data-w="放管服"]').first().click();
    const entries = page.locator('.lookup-panel .lookup__entry');
    await entries.first().waitFor();
    const lines = await entries.allTextContents();
    expect(lines.filter((line) => line.includes('variant of 管'))).toEqual([
      expect.stringMatching(/^管 （筦） guǎn variant of 管\[guan3\]/),
    ]);
    // The entries written as their headword name no traditional form.
    expect(lines.filter((line) => line.startsWith('管 （管）'))).toEqual([]);
    await page.context().close();
  });
});

describe('pinyin of headings and its tones', () => {
  // Every reader page: those with an aids.json.
  const pages = readdirSync('dist').filter((dir) => existsSync(`dist/${dir}/aids.json`));

  it('gives every heading with Chinese characters pinyin, the titles of parts without a heading block too', async () => {
    expect(pages).toEqual(expect.arrayContaining(['part-2', 'closing', 'annex']));
    const missing: string[] = [];
    let headings = 0;
    for (const slug of pages) {
      const page = await site.open(`${slug}/`);
      await toggle(page, /拼音/).click();
      await page.waitForSelector('.pair[data-block] rt');
      // Each heading's Chinese characters, and those of them that sit in a ruby with a syllable.
      const found = await page.locator('.reader :is(h1, h2).text--zh').evaluateAll((elements) =>
        elements.map((heading) => {
          const text = heading.cloneNode(true) as HTMLElement;
          text.querySelectorAll('rt').forEach((rt) => rt.remove());
          return {
            text: text.textContent ?? '',
            han: [...(text.textContent ?? '')].filter((char) => /\p{Script=Han}/u.test(char)).length,
            annotated: [...heading.querySelectorAll('ruby > rt')].filter((rt) => rt.textContent).length,
          };
        }),
      );
      for (const heading of found.filter((h) => h.han > 0)) {
        headings++;
        if (heading.annotated !== heading.han)
          missing.push(`${slug}: ${heading.text} (${heading.annotated}/${heading.han})`);
      }
      await page.context().close();
    }
    expect(headings).toBeGreaterThanOrEqual(pages.length);
    expect(missing).toEqual([]);
  });

  it('says beside the text that 一 and 不 show their dictionary tones, and the toggle is described by it', async () => {
    const page = await site.open('part-2/');
    const note = page.locator('#pinyin-note');
    expect(await note.isVisible()).toBe(false);
    await toggle(page, /拼音/).click();
    await page.waitForSelector('.pair[data-block] rt');
    expect(await note.isVisible()).toBe(true);
    const description = await toggle(page, /拼音/).evaluate((button) =>
      button
        .getAttribute('aria-describedby')!
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    expect(description).toContain('yī');
    expect(description).toContain('bú duàn');
    // The page's own 一批 and 不断 show their dictionary tones, as the note says.
    expect(await page.locator('.w[data-w="一批"] rt').first().textContent()).toBe('yī');
    await page.context().close();
  });
});

describe('word lookup', () => {
  it("shows a word's reviewed sense in context above CC-CEDICT's entries", async () => {
    const page = await site.open('part-8/');
    await toggle(page, /查词/).click();
    await page.locator('#taking-responsibility .text--zh .w[data-w="干事"]').first().hover();
    const panel = page.locator('.lookup-panel');
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('干事');
    const lines = await panel.locator('.lookup-panel__body > p').allTextContents();
    const sense = lines.findIndex((line) => line.includes('to get things done'));
    const dictionary = lines.findIndex((line) => line.includes('administrator'));
    expect(sense, lines.join('\n')).toBeGreaterThan(0);
    expect(sense).toBeLessThan(dictionary);
    expect(lines[sense]).toMatch(/In context\s*干事创业/);
    await page.context().close();
  });

  it('shows pinyin and CC-CEDICT glosses for a word the pointer is on', async () => {
    const page = await site.open('part-6/');
    await toggle(page, /查词/).click();
    const word = page.locator('#environmental-governance .text--zh .w[data-w="确保"]').first();
    await word.hover();
    const panel = page.locator('.lookup-panel');
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('确保');
    expect(await panel.locator('.lookup__pinyin').textContent()).toBe('què bǎo');
    expect(await panel.locator('.lookup__glosses').first().textContent()).toContain('to ensure');
    expect(await panel.textContent()).toContain('CC-CEDICT');
    await page.context().close();
  });

  it('puts the glossary entry first when the word is a glossary term, and opens on tap at 320 px', async () => {
    const page = await site.open('part-6/', { viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });
    await toggle(page, /查词/).tap();
    const word = page.locator('#ecological-security .text--zh .w[data-w="三线一单"]');
    await word.scrollIntoViewIfNeeded();
    await word.tap();
    const panel = page.locator('.lookup-panel');
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('三线一单');
    expect(await panel.locator('.lookup-panel__body > *').nth(1).getAttribute('class')).toBe('lookup__term');
    expect(await panel.locator('.lookup__term a').getAttribute('href')).toBe('/glossary/#san-xian-yi-dan');
    const box = (await panel.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    expect(page.url()).not.toContain('glossary');
    await page.context().close();
  });

  it('works with the keyboard: arrows move word by word, the panel is announced, Escape closes it', async () => {
    const page = await site.open('part-3/');
    await toggle(page, /查词/).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#business-environment .w');
    await page.locator('#business-environment .text--zh').focus();
    await page.keyboard.press('ArrowRight');
    const panel = page.locator('.lookup-panel');
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('实施');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('优化');
    expect(await panel.locator('[aria-live="polite"]').count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    await page.context().close();
  });

  it('lets the keyboard into the panel: Tab from the word reaches Save, Escape returns to the paragraph', async () => {
    const page = await site.open('part-3/');
    await toggle(page, /查词/).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#business-environment .w');
    const paragraph = page.locator('#business-environment .text--zh');
    await paragraph.focus();
    await page.keyboard.press('ArrowRight');
    const panel = page.locator('.lookup-panel');
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('实施');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.matches('.lookup__save-button'))).toBe(true);
    await page.keyboard.press('Enter');
    expect(await panel.locator('.lookup__save-button').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await panel.isVisible()).toBe(false);
    expect(await paragraph.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.context().close();
  });

  it('keeps a clicked word in the panel while the pointer crosses other words on its way there', async () => {
    const page = await site.open('part-3/');
    await toggle(page, /查词/).click();
    const panel = page.locator('.lookup-panel');
    await page.locator('#business-environment .text--zh .w[data-w="营商"]').first().click();
    await expect.poll(() => panel.locator('.lookup__word').textContent()).toBe('营商');
    // Hovering a word shows it only until one is chosen.
    await page.locator('#business-environment .text--zh .w[data-w="品牌"]').first().hover();
    await page.waitForTimeout(300);
    expect(await panel.locator('.lookup__word').textContent()).toBe('营商');
    await panel.locator('.lookup__save-button').click();
    expect(await panel.locator('.lookup__save-button').getAttribute('aria-pressed')).toBe('true');
    expect(await panel.locator('.lookup__word').textContent()).toBe('营商');
    await page.context().close();
  });
});

describe('words to take away', () => {
  it('saves a word from the lookup panel, lists it on My words, exports CSV and Anki, and removes it', async () => {
    const page = await site.open('part-6/');
    await toggle(page, /查词/).click();
    const word = page.locator('#environmental-governance .text--zh .w[data-w="巩固"]').first();
    await word.click();
    const save = page.locator('.lookup__save-button');
    await save.waitFor();
    expect(await save.getAttribute('aria-pressed')).toBe('false');
    await save.click();
    expect(await save.getAttribute('aria-pressed')).toBe('true');

    await page.goto(new URL('../words/', page.url()).href);
    const item = page.locator('#words-list li');
    await item.first().waitFor();
    expect(await item.count()).toBe(1);
    expect(await item.locator('.word__zh').textContent()).toBe('巩固');
    expect(await item.locator('.word__pinyin').textContent()).toBe('gǒng gù');
    expect(await item.locator('.word__glosses').textContent()).toMatch(/consolidate/);
    expect(await item.locator('.word__sentence a').getAttribute('href')).toMatch(
      /\/part-6\/#environmental-governance\.\d+$/,
    );
    expect(await item.locator('.word__sentence a').textContent()).toContain('巩固');

    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
    const csvText = readFileSync((await csv.path())!, 'utf8');
    const rows: Record<string, string>[] = parseCsv(csvText, { columns: true });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      word: '巩固',
      pinyin: 'gǒng gù',
      part: 'part-6',
      gloss_source: 'CC-CEDICT, CC BY-SA 4.0',
    });
    const [anki] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="anki"]').click()]);
    const lines = readFileSync((await anki.path())!, 'utf8')
      .trimEnd()
      .split('\n');
    expect(lines.slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#tags column:3']);
    expect(lines[3]).toContain('CC BY-SA 4.0');
    expect(lines[4]!.split('\t')).toEqual([
      '巩固',
      expect.stringMatching(/^gǒng gù — .*consolidate.* — .*巩固/),
      'ganzhou-report part-6',
    ]);

    await item.locator('.word__remove').click();
    expect(await item.count()).toBe(0);
    expect(await page.locator('#words-status').textContent()).toContain('No saved words');
    await page.context().close();
  });
});
