// "出处 Context" and "本地 Local": what a sentence shares with the State Council's national reports. Loaded on
// first use with the page's echoes.json (src/pages/[part]/echoes.json.ts), like the citations and reading aids.
// The popover lists the national sentences that share a sentence's formulations, shared runs marked; the Local
// shading mutes the echoed stretches of the Chinese, so what is the report's own stands out. An English sentence
// has no echoes of its own: it shows its Chinese sentence's, through the sentence pairs.

import type { PartEchoesData, SentenceEchoData } from '../site/part-data';
import stylesheet from './echoes.css?url';
import { element, linkStylesheet, pageData } from './dom';
import { placePopover } from './place-popover';
import { cutAtSpans } from '../shared/spans';

/** The popover is measured to be placed: not before its stylesheet has given it its width. */
const styled = linkStylesheet(stylesheet);

/** An English sentence is muted with "Local" when at least this share of its Chinese sentence is echoed. */
const ENGLISH_ECHOED = 0.5;

const load = pageData<PartEchoesData>('echoes.json');

/** Text nodes of a sentence as the reader sees it: pinyin (ruby text) left out. */
function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest('rt') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

/** Wraps each echoed stretch of a Chinese sentence in .echo, text node by text node (they may cross a term link or ruby). */
function shadeSentence(sentence: Element, spans: SentenceEchoData['spans']) {
  const nodes = textNodes(sentence);
  const text = nodes.map((node) => node.data).join('');
  const lead = text.length - text.trimStart().length;
  let at = 0;
  for (const node of nodes) {
    const from = at;
    at += node.data.length;
    // Right to left, so the offsets still left to wrap stay valid in this node.
    for (const [start, end] of [...spans].reverse()) {
      const a = Math.max(start + lead, from) - from;
      const b = Math.min(end + lead, at) - from;
      if (a >= b) continue;
      const piece = node.splitText(a);
      piece.splitText(b - a);
      const mark = element('span', 'echo');
      piece.replaceWith(mark);
      mark.append(piece);
    }
  }
}

const shaded = new WeakSet<Element>();

/** Marks the echoed stretches of every Chinese sentence, and the mostly echoed English ones; again after pinyin
 * replaces the Chinese. */
export async function shade() {
  const data = await load();
  for (const pair of document.querySelectorAll<HTMLElement>('.pair[data-block]')) {
    const sentences = data[pair.dataset.block!] ?? [];
    for (const sentence of pair.querySelectorAll<HTMLElement>('.text [data-s]')) {
      const echo = sentences[Number(sentence.dataset.s) - 1];
      if (!echo || shaded.has(sentence)) continue;
      shaded.add(sentence);
      if (sentence.closest('.text--zh')) shadeSentence(sentence, echo.spans);
      else sentence.classList.toggle('echo', echo.share >= ENGLISH_ECHOED);
    }
  }
}

const panel = element('div', 'context-panel floating-panel');
panel.popover = 'auto';
panel.tabIndex = -1;
panel.setAttribute('role', 'dialog');
panel.setAttribute('aria-label', '出处 Context');
document.querySelector('.reader')?.append(panel);
let opener: HTMLElement | undefined;
// Closed by Escape or a click elsewhere (the popover's light dismiss): focus goes back to the button.
panel.addEventListener('toggle', (event) => {
  if ((event as ToggleEvent).newState === 'closed' && panel.contains(document.activeElement)) opener?.focus();
});

/** The national sentence, its shared runs in <mark>. */
function marked(text: string, runs: [number, number][]): HTMLElement {
  const p = element('p', 'context-panel__national', '', 'zh-CN');
  for (const piece of cutAtSpans(
    text,
    runs.map(([start, end]) => ({ start, end })),
  ))
    p.append(piece.marked ? element('mark', 'context-panel__run', piece.text) : piece.text);
  return p;
}

function sentenceList(n: number, echo: SentenceEchoData, label: boolean): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (label) {
    const head = element('p', 'context-panel__sentence', `第 ${n} 句 `);
    head.append(element('span', '', `Sentence ${n}`, 'en'));
    parts.push(head);
  }
  const list = element('ol', 'context-panel__list');
  for (const match of echo.matches) {
    const item = element('li', 'context-panel__match');
    const year = element('a', 'context-panel__year', `${match.year} 年报告 `) as HTMLAnchorElement;
    year.href = match.href;
    year.append(element('span', '', `${match.year} report`, 'en'));
    const head = element('p', 'context-panel__meta');
    head.append(year);
    if (match.others) {
      head.append(' · ', `另见 ${match.others} 年 `);
      head.append(element('span', '', `also in ${match.others} other year${match.others === 1 ? '' : 's'}`, 'en'));
    }
    item.append(head, marked(match.text, match.runs));
    list.append(item);
  }
  parts.push(list);
  if (echo.omitted) {
    const more = element('p', 'context-panel__more', `另有 ${echo.omitted} 句未列出 `);
    more.append(element('span', '', `${echo.omitted} more national sentences not listed`, 'en'));
    parts.push(more);
  }
  return parts;
}

/** Sentence `n` of `pair` as the reader sees it: the first of its two languages the view shows. */
const shownSentence = (pair: HTMLElement, n: number) =>
  [...pair.querySelectorAll(`.text [data-s="${n}"]`)].find((span) => span.getClientRects().length > 0);

/**
 * Opens the context of sentence `n` of `pair` beside that sentence, or of all its echoed sentences, by `anchor`
 * (the paragraph's button), when `n` is 0.
 */
export async function openContext(pair: HTMLElement, n: number, anchor: HTMLElement) {
  const [data] = await Promise.all([load(), styled]);
  const sentences = data[pair.id] ?? [];
  const shown = (n ? [n] : sentences.map((_, i) => i + 1)).filter((i) => sentences[i - 1]?.matches.length);
  const head = element('p', 'context-panel__head', '出处 ');
  head.append(element('span', '', n ? `Context of sentence ${n}` : 'Context of this paragraph', 'en'));
  const body: HTMLElement[] = shown.flatMap((i) => sentenceList(i, sentences[i - 1]!, !n));
  if (!shown.length) {
    const none = element('p', 'context-panel__none', '国务院政府工作报告中未见相同表述。 ');
    none.append(element('span', '', 'No formulation shared with the national reports.', 'en'));
    body.push(none);
  }
  const note = element('p', 'context-panel__note', '国务院政府工作报告只有中文。 ');
  const about = element('a', '', '关于出处 ') as HTMLAnchorElement;
  about.href = new URL('../context/', location.href).pathname;
  about.append(element('span', '', 'About Context →', 'en'));
  note.append(element('span', '', 'The national reports are in Chinese only.', 'en'), ' ', about);
  panel.replaceChildren(head, ...body, note);
  opener = anchor;
  if (!panel.matches(':popover-open')) panel.showPopover();
  // Above or below the sentence, never over it: the reader compares it with the national sentences listed.
  const sentence = n ? shownSentence(pair, n) : undefined;
  placePopover(sentence ?? anchor, panel, { whole: sentence !== undefined });
  panel.focus();
}
