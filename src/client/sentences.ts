// Sentence pairs: each block's sentences are <span data-s="n"> in both languages, numbered alike. Pointing at a
// sentence highlights it and its translation with CSS alone (:has(), in BlockPair.astro); this script adds what
// CSS cannot: sentence permalinks (#block-id.n) highlighted in both languages, a tap that keeps a pair highlighted, the keyboard (one tab stop per
// paragraph, arrow keys sentence by sentence, announced), the translation peek of the one-language views, and the
// paragraph's copy-link, cite and context buttons (the citation panel, cite.ts, and the context popover, echoes.ts,
// load on first use).

import { element } from './dom';
import { locationHash } from './location-hash';
import { placePopover } from './place-popover';

const ACTIVE = 'is-on';
const liveRegion = element('p', 'sr-only');
liveRegion.setAttribute('aria-live', 'polite');
document.body.append(liveRegion);

const pairOf = (node: EventTarget | null) =>
  node instanceof Element ? node.closest<HTMLElement>('.pair--paragraph[data-block]') : null;
const count = (pair: HTMLElement) => pair.querySelectorAll('.text--zh [data-s]').length;
const activeIn = (pair: HTMLElement) => Number(pair.querySelector(`.${ACTIVE}`)?.getAttribute('data-s') ?? 0);

/** The link to sentence `n` of a block, or to the block when `n` is 0. */
const sentenceUrl = (id: string, n: number) =>
  new URL(`#${id}${n ? `.${n}` : ''}`, location.href.replace(/#.*$/, '')).href;

// In the Chinese-only and English-only views a highlighted sentence shows its translation in a small popover:
// a reader can read one language and check a sentence at a time. Escape or a click elsewhere closes it.
const peek = element('div', 'sentence-peek floating-panel');
peek.popover = 'auto';
peek.setAttribute('role', 'note');
document.querySelector('.reader')?.append(peek);

function showPeek(pair: HTMLElement, n: number) {
  const view = document.documentElement.dataset.view;
  if (view !== 'zh' && view !== 'en') return;
  const shown = pair.querySelector(`.text--${view} [data-s="${n}"]`);
  const other = pair.querySelector(`.text--${view === 'zh' ? 'en' : 'zh'} [data-s="${n}"]`);
  if (!shown || !other) return;
  // The tag written out, not LANGUAGE_TAGS: importing that table adds 31 bytes to every reader page's scripts.
  peek.lang = view === 'zh' ? 'en' : 'zh-CN';
  peek.textContent = other.textContent?.trim() ?? '';
  if (!peek.matches(':popover-open')) peek.showPopover();
  placePopover(shown, peek, { whole: true });
}

/** Highlights sentence pair `n`; from the keyboard it is also announced, and a reader's choice opens the peek. */
function highlight(pair: HTMLElement, n: number, { announce = false, translate = false } = {}) {
  for (const on of document.querySelectorAll(`.${ACTIVE}`)) on.classList.remove(ACTIVE);
  const spans = pair.querySelectorAll<HTMLElement>(`[data-s="${n}"]`);
  for (const span of spans) span.classList.add(ACTIVE);
  if (translate) showPeek(pair, n);
  if (announce) {
    const [zh, en] = [...spans].map((span) => span.textContent?.trim() ?? '');
    liveRegion.textContent = `${n} / ${count(pair)}: ${zh} ${en ?? ''}`;
  }
}

/**
 * Opens a sentence permalink: highlights the pair, the paragraph more faintly. The browser itself scrolls to the
 * Chinese sentence, whose id the link names; where the English-only view hides it, to the English one from here.
 */
function openHash() {
  const match = /^(.+)\.(\d+)$/.exec(locationHash());
  for (const target of document.querySelectorAll('.pair.is-target')) target.classList.remove('is-target');
  if (!match) return;
  const pair = document.getElementById(match[1]!);
  const n = Number(match[2]);
  const sentences = pair ? [...pair.querySelectorAll(`[data-s="${n}"]`)] : [];
  if (!pair || !sentences.length) return;
  pair.classList.add('is-target');
  highlight(pair, n);
  const shown = sentences.find((sentence) => sentence.getClientRects().length);
  if (shown && !shown.id) shown.scrollIntoView();
}

/** A button for the paragraph's tools: an icon, and its name in both languages for screen readers. */
function toolButton(className: string, icon: Node, zh: string, en: string): HTMLButtonElement {
  const button = element('button', className) as HTMLButtonElement;
  button.type = 'button';
  const label = element('span', 'sr-only', `${zh} `);
  label.append(element('span', '', en, 'en'));
  button.append(icon, label);
  return button;
}

function copyIcon(): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '14');
  svg.setAttribute('height', '14');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('fill', 'currentColor');
  path.setAttribute('d', 'M6 5h8v9H6zm1 1v7h6V6zM2 2h8v2H9V3H3v7h1v1H2z');
  svg.append(path);
  return svg;
}

// The copy, cite and context buttons work only with JavaScript, so this script adds them, after the ¶ link.
for (const tools of document.querySelectorAll('.pair--paragraph[data-block] .pair__tools')) {
  const [cite, context] = ['引', '出'].map((icon) => element('span', '', icon));
  cite!.setAttribute('aria-hidden', 'true');
  context!.setAttribute('aria-hidden', 'true');
  tools
    .querySelector('.permalink')
    ?.after(
      toolButton(
        'copy-link',
        copyIcon(),
        '复制本句链接',
        'Copy a link to the highlighted sentence, or to the paragraph',
      ),
      toolButton('cite-button', cite!, '引用', 'Cite this paragraph, or the highlighted sentence'),
      toolButton('context-button', context!, '出处', 'Context: the national reports that share its wording'),
    );
}

for (const pair of document.querySelectorAll<HTMLElement>('.pair--paragraph[data-block]')) {
  if (count(pair) < 2) continue;
  pair.tabIndex = 0;
  pair.setAttribute(
    'aria-description',
    '用左右方向键逐句查看译文 Use the left and right arrow keys to read sentence by sentence',
  );
}

document.addEventListener('keydown', (event) => {
  const pair = event.target instanceof HTMLElement && event.target.matches('.pair') ? event.target : null;
  if (!pair || (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft')) return;
  event.preventDefault();
  const current = activeIn(pair);
  const n = Math.min(Math.max(current + (event.key === 'ArrowRight' ? 1 : -1), 1), count(pair));
  highlight(pair, n, { announce: true, translate: true });
  pair.querySelector(`[data-s="${n}"]`)?.scrollIntoView({ block: 'nearest' });
});

// A tap (or click) on a sentence keeps its pair highlighted; links and the word lookup keep their own clicks.
document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const span = target?.closest<HTMLElement>('[data-s]');
  const pair = pairOf(span ?? null);
  if (!span || !pair || target!.closest('a, button') || document.documentElement.classList.contains('aid-lookup'))
    return;
  highlight(pair, Number(span.dataset.s), { translate: true });
});

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('.copy-link') : null;
  const pair = pairOf(button);
  if (!button || !pair) return;
  const url = sentenceUrl(pair.id, activeIn(pair));
  try {
    await navigator.clipboard.writeText(url);
    liveRegion.textContent = `已复制链接 Link copied: ${url}`;
  } catch {
    liveRegion.textContent = url;
  }
  button.dataset.copied = '';
  setTimeout(() => delete button.dataset.copied, 1500);
});

// The citation panel and the context popover load on first use, with their data: a plain page view has neither.
document.addEventListener('click', async (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest<HTMLButtonElement>('.cite-button, .context-button');
  const pair = pairOf(button ?? null);
  if (!button || !pair) return;
  const open = button.classList.contains('cite-button')
    ? (await import('./cite')).openCitation
    : (await import('./echoes')).openContext;
  await open(pair, activeIn(pair), button);
});

window.addEventListener('hashchange', openHash);
openHash();
