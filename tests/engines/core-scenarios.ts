// The core scenarios of the reader, run alike in Chromium, Firefox and WebKit (one test file per engine, so a
// failure names its engine). Each feature that later work adds to the reader adds its scenario here.
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchEngine, NOT_ANSWERED, type Engine, type EngineName, type EnginePage } from '../../scripts/lib/engines';
import { requireBuild } from '../support/require-build';
import { serveStatic } from '../../scripts/lib/static-server';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };
const VIEWS = ['parallel', 'interleaved', 'zh', 'en'] as const;

/** Geometry and visibility of a paragraph's two languages, for the view-mode checks. */
interface PairLayout {
  view: string | undefined;
  zh: { visible: boolean; top: number; left: number; right: number; bottom: number };
  en: { visible: boolean; top: number; left: number; right: number; bottom: number };
  overflow: number;
}
const pairLayout = (id: string): PairLayout => {
  const box = (el: Element) => {
    const rect = el.getBoundingClientRect();
    return {
      visible: getComputedStyle(el).display !== 'none' && rect.height > 0,
      top: rect.top,
      left: rect.left,
      right: rect.right,
      bottom: rect.bottom,
    };
  };
  const pair = document.getElementById(id)!;
  return {
    view: document.documentElement.dataset.view,
    zh: box(pair.querySelector('.text--zh')!),
    en: box(pair.querySelector('.text--en')!),
    overflow: document.documentElement.scrollWidth - window.innerWidth,
  };
};

/**
 * A group of scenarios. A test whose browser driver stopped answering (the WebKit driver's commands are bounded,
 * see scripts/lib/engines/webkit.ts) runs once more, in a new tab: that is the driver's failure, not the
 * reader's (CI saw it once). Any other failure, an assertion above all, is not retried.
 */
const scenario = (title: string, body: () => void) =>
  describe(title, { retry: { count: 1, condition: new RegExp(NOT_ANSWERED) } }, body);

export function coreScenarios(name: EngineName): void {
  let engine: Engine;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const pages: EnginePage[] = [];

  beforeAll(async () => {
    requireBuild('dist');
    server = await serveStatic(path.resolve('dist'));
    engine = await launchEngine(name);
  });
  // Each test's tabs close with it: WebKitWebDriver drives one session at a time.
  afterEach(async () => {
    await Promise.allSettled(pages.splice(0).map((page) => page.close()));
  });
  afterAll(async () => {
    await engine?.close();
    await server?.close();
  });

  /** A new tab at `route`, closed at the end of the test. */
  async function open(route: string, viewport = DESKTOP): Promise<EnginePage> {
    const page = await engine.newPage(viewport);
    pages.push(page);
    await page.goto(server.url + route);
    return page;
  }

  scenario(`${name}: the reader`, () => {
    for (const viewport of [DESKTOP, PHONE]) {
      it(`shows each view mode at ${viewport.width} px`, async () => {
        const page = await open('part-3/', viewport);
        for (const view of VIEWS) {
          await page.goto(`${server.url}part-3/?view=${view}`);
          const layout = await page.evaluate(pairLayout, 'business-environment');
          expect(layout.view, view).toBe(view);
          expect(layout.overflow, `${view}: page wider than the viewport`).toBeLessThanOrEqual(0);
          expect(layout.zh.visible, `${view}: Chinese shown`).toBe(view !== 'en');
          expect(layout.en.visible, `${view}: English shown`).toBe(view !== 'zh');
          if (view === 'parallel' && viewport.width >= 1000) {
            // Side by side: the English starts on the Chinese's first line, to its right.
            expect(Math.abs(layout.en.top - layout.zh.top)).toBeLessThan(2);
            expect(layout.en.left).toBeGreaterThan(layout.zh.right);
          } else if (view === 'parallel' || view === 'interleaved') {
            expect(layout.en.top).toBeGreaterThanOrEqual(layout.zh.bottom - 1);
          }
        }
      });
    }

    it('marks glossary terms visibly', async () => {
      const page = await open('part-3/');
      const marks = await page.evaluate(() =>
        [...document.querySelectorAll('.text a.term')].slice(0, 5).map((link) => {
          const style = getComputedStyle(link);
          return {
            line: style.textDecorationLine,
            style: style.textDecorationStyle,
            color: style.textDecorationColor,
            text: style.color,
          };
        }),
      );
      expect(marks.length).toBe(5);
      for (const mark of marks) {
        expect(mark.line).toContain('underline');
        expect(mark.style).toBe('dotted');
        // The dotted line is in the accent colour, not the text's.
        expect(mark.color).not.toBe(mark.text);
      }
    });
  });

  scenario(`${name}: translator's notes`, () => {
    it('open in place on hover, with the note from the list, and close on Escape', async () => {
      const page = await open('part-2/');
      const marker = 'a.note-ref[href="#tn-increment"]';
      await page.evaluate((selector) => document.querySelector(selector)!.scrollIntoView({ block: 'center' }), marker);
      await page.hover(marker);
      expect(await page.waitFor(() => document.querySelector(':popover-open')?.id ?? '')).toBe('tn-increment-popover');
      const text = await page.evaluate(() => document.querySelector('#tn-increment-popover')?.textContent ?? '');
      expect(text).toContain('value added');
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector(':popover-open'));
    });
  });

  scenario(`${name}: glossary popovers`, () => {
    const term = '#business-environment .text--zh a.term';
    const openPopover = () => document.querySelector('.term-popover:popover-open')?.id ?? '';

    it('open on hover and close on Escape', async () => {
      const page = await open('part-3/');
      const id = await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.dataset.term, term);
      await page.hover(term);
      expect(await page.waitFor(openPopover)).toBe(`term-${id}`);
      const definition = await page.evaluate(
        (popoverId) => document.querySelector(`#${popoverId} .term-popover__def--en`)?.textContent ?? '',
        `term-${id}`,
      );
      expect(definition.length).toBeGreaterThan(20);
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('.term-popover:popover-open'));
    });

    it('open on keyboard focus and close on Escape', async () => {
      const page = await open('part-3/');
      await page.evaluate((selector) => document.querySelector<HTMLElement>(selector)!.focus(), term);
      expect(await page.waitFor(openPopover)).toMatch(/^term-/);
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('.term-popover:popover-open'));
    });

    it('open on a click or tap, without leaving the paragraph', async () => {
      const page = await open('part-3/', PHONE);
      await page.click(term);
      expect(await page.waitFor(openPopover)).toMatch(/^term-/);
      expect(await page.evaluate(() => location.pathname)).toBe('/part-3/');
      // The popover fits the phone's screen.
      const box = await page.evaluate(() => {
        const rect = document.querySelector('.term-popover:popover-open')!.getBoundingClientRect();
        return { left: rect.left, right: rect.right, width: window.innerWidth };
      });
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('.term-popover:popover-open'));
    });
  });

  scenario(`${name}: sentence pairs`, () => {
    /** Both languages of sentence `n` of the block, once their highlight has faded in (an opaque background). */
    const highlighted = ([block, n]: [string, number]) => {
      const colours = [...document.querySelectorAll(`#${block} [data-s="${n}"]`)].map(
        (el) => getComputedStyle(el).backgroundColor,
      );
      return colours.length === 2 && colours.every((c) => /^rgb\(/.test(c)) && colours[0] === colours[1];
    };

    it('highlight with their translation under the pointer', async () => {
      const page = await open('part-3/');
      expect(await page.evaluate(highlighted, ['business-environment', 3])).toBe(false);
      await page.hover('#business-environment .text--en [data-s="3"]');
      expect(await page.waitFor(highlighted, ['business-environment', 3])).toBe(true);
      expect(await page.evaluate(highlighted, ['business-environment', 2])).toBe(false);
    });

    it('land from a sentence link, highlighted', async () => {
      const page = await open('part-3/#business-environment.5');
      expect(await page.waitFor(highlighted, ['business-environment', 5])).toBe(true);
      const top = await page.evaluate(
        () => document.querySelector('#business-environment .text--zh [data-s="5"]')!.getBoundingClientRect().top,
      );
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(900);
    });
  });

  scenario(`${name}: sentence peek`, () => {
    it('shows the translation of a tapped sentence in the Chinese-only view, and closes on Escape', async () => {
      const page = await open('part-3/?view=zh', PHONE);
      await page.click('#business-environment .text--zh [data-s="3"]');
      const text = await page.waitFor(() => document.querySelector('.sentence-peek:popover-open')?.textContent ?? '');
      const expected = await page.evaluate(() =>
        document.querySelector('#business-environment .text--en [data-s="3"]')!.textContent!.trim(),
      );
      expect(text).toBe(expected);
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('.sentence-peek:popover-open'));
    });
  });

  scenario(`${name}: citations`, () => {
    it('open for a paragraph with APA, BibLaTeX, RIS and CSL-JSON, and close on Escape', async () => {
      const page = await open('part-3/');
      await page.click('#business-environment .cite-button');
      const formats = await page.waitFor(
        () => {
          const texts = [...document.querySelectorAll('.cite-panel:popover-open pre')].map((pre) => pre.textContent);
          return texts.length === 4 && texts.every(Boolean) ? texts : null;
        },
        undefined,
        10_000,
      );
      expect(formats!.length).toBe(4);
      expect(formats![0]).toContain('(n.d.)');
      expect(formats![0]).toContain('part-3/#business-environment');
      expect(formats![1]).toMatch(/^@report\{/);
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('.cite-panel:popover-open'));
    });
  });

  scenario(`${name}: context`, () => {
    it("lists a sentence's national reports with their shared runs marked, and closes on Escape", async () => {
      const page = await open('part-3/#business-environment.3');
      await page.click('#business-environment .context-button');
      const matches = await page.waitFor(
        () => {
          const items = [...document.querySelectorAll('.context-panel:popover-open .context-panel__match')];
          return items.length
            ? items.map((item) => [
                item.querySelector('a')!.getAttribute('href'),
                item.querySelector('mark')?.textContent,
              ])
            : null;
        },
        undefined,
        10_000,
      );
      for (const [href, run] of matches!) {
        expect(href).toMatch(/^\/national\/(\d{4})\/#\1\.\d+$/);
        expect(run).toBeTruthy();
      }
      // Above or below the sentence, over none of its lines.
      const coversSentence = await page.evaluate(() => {
        const panel = document.querySelector('.context-panel')!.getBoundingClientRect();
        const sentence = document.querySelector('#business-environment .text--zh [data-s="3"]')!;
        return [...sentence.getClientRects()].some((line) => line.bottom > panel.top && line.top < panel.bottom);
      });
      expect(coversSentence).toBe(false);
      await page.press('Escape');
      await page.waitFor(() => !document.querySelector('.context-panel:popover-open'));
    });

    it('turns Local on: the echoed Chinese is muted, the rest not, and it is remembered', async () => {
      const page = await open('part-3/');
      await page.click('.aids__toggle[data-aid="local"]');
      const colours = () => {
        const colour = (selector: string) => getComputedStyle(document.querySelector(selector)!).color;
        return document.querySelector('#business-environment .echo')
          ? [
              colour('#business-environment .text--zh [data-s="3"] .echo'),
              colour('#business-environment .text--zh [data-s="2"]'),
            ]
          : null;
      };
      const [echoed, own] = (await page.waitFor(colours, undefined, 10_000))!;
      expect(echoed).not.toBe(own);
      await page.reload();
      expect((await page.waitFor(colours, undefined, 10_000))![0]).toBe(echoed);
    });
  });

  scenario(`${name}: switches`, () => {
    it('switch the view mode and remember it', async () => {
      const page = await open('part-3/');
      await page.click('.switch__option:has(input[value="zh"]) > span');
      await page.waitFor(() => document.documentElement.dataset.view === 'zh');
      expect((await page.evaluate(pairLayout, 'business-environment')).en.visible).toBe(false);
      await page.reload();
      expect(await page.evaluate(() => document.documentElement.dataset.view)).toBe('zh');
    });

    it('switch the theme and remember it', async () => {
      const page = await open('part-3/');
      const background = () => getComputedStyle(document.documentElement).backgroundColor;
      const light = await page.evaluate(background);
      await page.click('.switch__option:has(input[value="dark"]) > span');
      await page.waitFor(() => document.documentElement.dataset.theme === 'dark');
      const dark = await page.evaluate(background);
      expect(dark).not.toBe(light);
      await page.goto(server.url + 'glossary/');
      expect(await page.evaluate(background)).toBe(dark);
    });
  });

  scenario(`${name}: search`, () => {
    it('finds a term and lands on the sentence of the hit, with the hit marked', async () => {
      const page = await open('search/?q=%E4%B8%89%E7%BA%BF%E4%B8%80%E5%8D%95');
      await page.waitFor(
        () => document.querySelectorAll('#search-results .result__link').length > 0,
        undefined,
        15_000,
      );
      await page.click('#search-results .result__link');
      await page.waitFor(
        () => location.pathname === '/part-6/' && /^#ecological-security\.\d+$/.test(location.hash),
        undefined,
        10_000,
      );
      const landed = await page.waitFor(() => {
        const sentence = document.querySelector('#ecological-security .text--zh .is-on');
        return sentence?.querySelector('.search-hit')?.textContent ?? '';
      });
      expect(landed).toBe('三线一单');
    });
  });

  scenario(`${name}: header search`, () => {
    it('shows results in place under the box, moves into them with the arrow keys and closes on Escape', async () => {
      const page = await open('part-3/');
      await page.click('.site-search input');
      await page.type('.site-search input', '三线一单');
      // The panel answers as each character arrives: wait for the answer to the whole query, whose links carry it
      // as their highlight (a prefix's answer may still be showing, and may still be replaced).
      const first = await page.waitFor(
        (hl) => {
          const href = document.querySelector('.search-panel:popover-open .result__link')?.getAttribute('href') ?? '';
          return href.includes(hl) ? href : '';
        },
        `hl=${encodeURIComponent('三线一单')}`,
        15_000,
      );
      expect(first).toContain('#');
      expect(await page.evaluate(() => location.pathname)).toBe('/part-3/');
      await page.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
      await page.press('Escape');
      expect(await page.evaluate(() => !!document.querySelector('.search-panel:popover-open'))).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.matches('.site-search input') ?? false)).toBe(true);
      // Pagefind is loaded: leaving the page still works.
      await page.goto(server.url + 'glossary/');
      expect(await page.evaluate(() => location.pathname)).toBe('/glossary/');
    });
  });

  scenario(`${name}: figures page`, () => {
    it('sorts by value from a column heading and filters by kind', async () => {
      const page = await open('figures/');
      await page.click('th[data-key="value"] button');
      const values = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.figures__table tbody td.figures__value')]
          .map((cell) => cell.dataset.sort)
          .filter((value) => value !== '')
          .map(Number),
      );
      expect(values.length).toBeGreaterThan(50);
      expect(values).toEqual([...values].sort((a, b) => a - b));
      await page.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('select[name="kind"]')!;
        select.value = 'definition';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      const kinds = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.figures__table tbody tr:not([hidden])')].map(
          (row) => row.dataset.kind,
        ),
      );
      expect(kinds.length).toBeGreaterThan(5);
      expect(new Set(kinds)).toEqual(new Set(['definition']));
    });

    it('shows each figure as a card on a phone, with nothing to scroll sideways', async () => {
      const page = await open('figures/', PHONE);
      const layout = await page.evaluate(() => {
        const row = document.querySelector('.figures__table tbody tr')!.getBoundingClientRect();
        const value = document.querySelector('.figures__table tbody tr .figures__value')!.getBoundingClientRect();
        const zh = document.querySelector('.figures__table tbody tr .figures__zh')!.getBoundingClientRect();
        return {
          left: row.left,
          right: row.right,
          valueAboveChinese: value.bottom <= zh.top + 1,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(layout.left).toBeGreaterThanOrEqual(0);
      expect(layout.right).toBeLessThanOrEqual(375);
      expect(layout.valueAboveChinese).toBe(true);
      expect(layout.overflow).toBeLessThanOrEqual(0);
    });
  });

  scenario(`${name}: reading aids`, () => {
    it('turn pinyin on', async () => {
      const page = await open('part-5/');
      await page.click('[data-aid="pinyin"]');
      const height = await page.waitFor(
        () => {
          const rt = document.querySelector('#infrastructure rt');
          return rt && getComputedStyle(rt).display !== 'none' ? rt.getBoundingClientRect().height : 0;
        },
        undefined,
        10_000,
      );
      expect(height).toBeGreaterThan(0);
    });

    // The ruby cells: WebKit would not position a ruby's text absolutely, Firefox would not break between words
    // kept whole; this holds all three to the layout.
    it('set pinyin like a textbook at 375 px: syllables above their characters, none touching, no line opening with punctuation', async () => {
      const page = await open('part-4/?view=zh', PHONE);
      await page.click('[data-aid="pinyin"]');
      await page.waitFor(() => document.querySelectorAll('#modern-agriculture rt').length > 50, undefined, 10_000);
      const layout = await page.evaluate(() => {
        let pairs = 0;
        let touching = 0;
        let below = 0;
        let lineStarts = 0;
        for (const text of document.querySelectorAll('.text--zh')) {
          const rubies = [...text.querySelectorAll('ruby')];
          for (const ruby of rubies) {
            const rt = ruby.querySelector('rt')!.getBoundingClientRect();
            if (rt.bottom > ruby.getBoundingClientRect().top + ruby.getBoundingClientRect().height / 2) below++;
          }
          const rts = rubies.map((ruby) => ruby.querySelector('rt')!.getBoundingClientRect());
          for (let i = 1; i < rts.length; i++) {
            if (Math.abs(rts[i - 1]!.top - rts[i]!.top) > 2) continue;
            pairs++;
            if (rts[i]!.left - rts[i - 1]!.right < 1) touching++;
          }
          const range = document.createRange();
          let lastTop = -1;
          const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement!.closest('rt')) continue;
            const value = node.textContent ?? '';
            for (let i = 0; i < value.length; i++) {
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getBoundingClientRect();
              if (!box.width) continue;
              if (lastTop >= 0 && box.top > lastTop + 5 && /[。，、；：？！”）》]/.test(value[i]!)) lineStarts++;
              lastTop = box.top;
            }
          }
        }
        return { pairs, touching, below, lineStarts, overflow: document.documentElement.scrollWidth - innerWidth };
      });
      expect(layout.pairs).toBeGreaterThan(300);
      expect(layout).toMatchObject({ touching: 0, below: 0, lineStarts: 0 });
      expect(layout.overflow).toBeLessThanOrEqual(0); // Firefox counts its scrollbar in innerWidth: negative
    });

    it('turn word lookup on and look a word up', async () => {
      const page = await open('part-6/');
      await page.click('[data-aid="lookup"]');
      await page.waitFor(
        () => !!document.querySelector('#environmental-governance .text--zh .w[data-w="确保"]'),
        undefined,
        10_000,
      );
      await page.hover('#environmental-governance .text--zh .w[data-w="确保"]');
      const word = await page.waitFor(() => {
        const panel = document.querySelector<HTMLElement>('.lookup-panel');
        return panel && !panel.hidden ? (panel.querySelector('.lookup__word')?.textContent ?? '') : '';
      });
      expect(word).toBe('确保');
    });
  });

  scenario(`${name}: offline`, () => {
    it('after a first visit, opens another part with the network gone, and says so for a page not saved', async () => {
      // A browser of its own, as a first visitor's is: nothing the other scenarios stored or registered.
      const visitor = await launchEngine(name);
      const page = await visitor.newPage(DESKTOP);
      await page.goto(server.url + 'part-5/');
      // The service worker registers once the page is idle, and controls the page once its precache is complete.
      // The precache is 414 files: a few seconds on an idle machine, far longer on a loaded one. The wait is for
      // the worker to be ready, not a measure of its speed.
      expect(
        await page.waitFor(() => navigator.serviceWorker?.controller?.state === 'activated', undefined, 90_000),
      ).toBe(true);
      server.offline(true);
      try {
        await page.goto(server.url + 'part-3/');
        expect(
          await page.waitFor(() => document.querySelector('#business-environment .text--en')?.textContent ?? ''),
        ).toContain('Benchmark fully against the Greater Bay Area');
        await page.goto(server.url + 'downloads/figures.csv');
        expect(await page.waitFor(() => document.querySelector('h1')?.textContent ?? '')).toMatch(/未联网\s*Offline/);
      } finally {
        server.offline(false);
        await visitor.close();
      }
    }, 150_000);
  });

  scenario(`${name}: without JavaScript`, () => {
    it('reads both languages, hides the controls that need scripts, keeps term links, lands on sentence links', async () => {
      const noScript = await launchEngine(name, { javaScript: false });
      try {
        const page = await noScript.newPage(DESKTOP);
        try {
          await page.goto(server.url + 'part-3/');
          const state = await page.evaluate(() => ({
            noJs: document.documentElement.classList.contains('no-js'),
            switches: [...document.querySelectorAll('.needs-js')].map((el) => getComputedStyle(el).display),
            zh: document.querySelectorAll('.text--zh').length,
            en: document.querySelectorAll('.text--en').length,
            term: document.querySelector<HTMLAnchorElement>('.text a.term')?.getAttribute('href') ?? '',
          }));
          expect(state.noJs).toBe(true);
          expect(state.switches.length).toBeGreaterThan(0);
          expect(state.switches.every((display) => display === 'none')).toBe(true);
          expect(state.zh).toBeGreaterThan(3);
          expect(state.en).toBe(state.zh);
          expect(state.term).toMatch(/glossary\/#[a-z-]+$/);
          // The browser itself scrolls to the sentence a link names (the last paragraph of its page) and CSS
          // highlights the pair.
          await page.goto(server.url + 'part-4/#rural-vitality.3');
          expect(await page.waitFor(() => window.scrollY > 0)).toBe(true);
          const landed = await page.waitFor(() => {
            const [zh, en] = [...document.querySelectorAll('#rural-vitality [data-s="3"]')];
            const line = zh?.getClientRects()[0];
            const lit = [zh, en].map((el) => (el ? getComputedStyle(el).backgroundColor : ''));
            return line &&
              line.top >= 0 &&
              line.bottom <= window.innerHeight &&
              lit[0] === lit[1] &&
              /^rgb\(/.test(lit[0]!)
              ? lit[0]
              : '';
          });
          expect(landed).toMatch(/^rgb\(/);
        } finally {
          await page.close();
        }
      } finally {
        await noScript.close();
      }
    });
  });
}
