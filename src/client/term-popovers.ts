// Opens a glossary term's popover, or a translator's note's, on hover (after a short delay), keyboard focus and
// tap, and keeps it next to its link without covering it. Escape and a click outside close it (the Popover API's
// light dismiss). A keyboard Enter or a modified click still follows the link: to the full glossary entry, or to
// the note in the page's list. Definitions come from this page's terms.json, fetched once, when the reader first
// opens a term; a note's text is taken from the list of notes on the page (TranslatorNotes.astro).

import type { TermPopoverData } from '../site/part-data';
import { element, pageData } from './dom';
import { placePopover } from './place-popover';

const OPEN_DELAY = 250;
const CLOSE_DELAY = 300;

const container = document.querySelector<HTMLElement>('.term-popovers')!;
const terms = pageData<Record<string, TermPopoverData>>('terms.json');
let openTimer: number | undefined;
let closeTimer: number | undefined;
let current: { term: HTMLAnchorElement; popover: HTMLElement } | undefined;

/** A note's popover: the note's text from the page's list, with its number. */
function notePopover(marker: HTMLAnchorElement): HTMLElement | undefined {
  const item = document.getElementById(marker.hash.slice(1));
  const text = item?.querySelector('.translator-notes__text');
  if (!item || !text) return undefined;
  const id = `${item.id}-popover`;
  const existing = document.getElementById(id);
  if (existing) return existing;
  const popover = element('div', 'term-popover note-popover floating-panel', undefined, 'en');
  popover.id = id;
  popover.popover = 'auto';
  const head = element('p', 'term-popover__head');
  head.append(element('span', 'term-popover__en', `Translator's note ${marker.dataset.note}`));
  const body = element('p', 'term-popover__def');
  body.append(...[...text.childNodes].map((node) => node.cloneNode(true)));
  popover.append(head, body);
  container.append(popover);
  return popover;
}

/** The term's popover, built from terms.json the first time it is needed; or the note's. */
async function popoverFor(term: HTMLAnchorElement): Promise<HTMLElement | undefined> {
  if (term.classList.contains('note-ref')) return notePopover(term);
  const id = term.dataset.term!;
  const existing = document.getElementById(`term-${id}`);
  if (existing) return existing;
  const data = (await terms())[id];
  if (!data || document.getElementById(`term-${id}`)) return document.getElementById(`term-${id}`) ?? undefined;
  const popover = element('div', 'term-popover floating-panel');
  popover.id = `term-${id}`;
  popover.popover = 'auto';
  const head = element('p', 'term-popover__head');
  head.append(
    element('span', 'term-popover__zh', data.zh, 'zh-CN'),
    element('span', 'term-popover__en', data.en, 'en'),
  );
  const meta = element('p', 'term-popover__meta');
  const source = element('span', 'term-popover__source', `${data.source.zh} · `);
  source.append(element('span', '', data.source.en, 'en'));
  const link = element('a', '', '完整词条 ') as HTMLAnchorElement;
  link.href = data.href;
  link.append(element('span', '', 'Full entry', 'en'));
  meta.append(source, link);
  popover.append(
    head,
    element('p', 'term-popover__def term-popover__def--zh', data.definition.zh, 'zh-CN'),
    element('p', 'term-popover__def term-popover__def--en', data.definition.en, 'en'),
    meta,
  );
  container.append(popover);
  return popover;
}

async function open(term: HTMLAnchorElement) {
  window.clearTimeout(closeTimer);
  const popover = await popoverFor(term);
  if (!popover) return;
  term.setAttribute('aria-describedby', popover.id);
  if (current && current.popover !== popover && current.popover.matches(':popover-open')) current.popover.hidePopover();
  if (!popover.matches(':popover-open')) popover.showPopover();
  current = { term, popover };
  placePopover(term, popover);
}

function scheduleClose() {
  window.clearTimeout(openTimer);
  window.clearTimeout(closeTimer);
  closeTimer = window.setTimeout(() => {
    const { term, popover } = current ?? {};
    if (
      popover?.matches(':popover-open') &&
      !popover.matches(':hover, :focus-within') &&
      !term?.matches(':hover, :focus')
    ) {
      popover.hidePopover();
    }
  }, CLOSE_DELAY);
}

/** The term link or note marker at the event target; no term in Chinese text while word lookup is on, which
 * shows terms itself. */
const termOf = (target: EventTarget | null) => {
  if (!(target instanceof Element)) return null;
  if (document.documentElement.classList.contains('aid-lookup') && target.closest('.text--zh')) return null;
  return target.closest<HTMLAnchorElement>('a.term[data-term], a.note-ref');
};

document.addEventListener('pointerover', (event) => {
  const term = termOf(event.target);
  if (term && event.pointerType === 'mouse') {
    window.clearTimeout(openTimer);
    window.clearTimeout(closeTimer);
    openTimer = window.setTimeout(() => void open(term), OPEN_DELAY);
  } else if (current && event.target instanceof Node && current.popover.contains(event.target)) {
    window.clearTimeout(closeTimer); // the pointer moved into the popover: keep it (WCAG 1.4.13, hoverable)
  }
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType !== 'mouse') return;
  const from = event.target instanceof Node ? event.target : null;
  if (termOf(from) || (current && from && current.popover.contains(from))) scheduleClose();
});

document.addEventListener('focusin', (event) => {
  const term = termOf(event.target);
  if (term) void open(term);
});

document.addEventListener('focusout', (event) => {
  const term = termOf(event.target);
  const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
  if (term && current?.term === term && !(next && current.popover.contains(next))) current.popover.hidePopover();
});

document.addEventListener('click', (event) => {
  const term = termOf(event.target);
  // detail is 0 for a keyboard "click": Enter follows the link, since focus already showed the definition.
  if (
    !term ||
    event.detail === 0 ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  )
    return;
  event.preventDefault();
  window.clearTimeout(openTimer);
  void open(term);
});

const reposition = () => {
  if (current?.popover.matches(':popover-open')) placePopover(current.term, current.popover);
};
window.addEventListener('scroll', reposition, { passive: true });
window.addEventListener('resize', reposition, { passive: true });
