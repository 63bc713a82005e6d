// Arriving from a search result (?hl=query#paragraph or #paragraph.sentence), marks the query's hits in that
// paragraph: the Chinese characters as typed, and English words by their stem, as Pagefind matched them.
// Arriving from the figures page (?mark=20亿元&mark=2 billion#paragraph.sentence), marks those exact strings in
// that sentence of both languages.

import { escapeRegExp } from '../lib/regexp';
import { hitPattern } from '../lib/search-hits';

const params = new URLSearchParams(location.search);
const query = params.get('hl')?.trim();
const exact = params.getAll('mark').filter(Boolean);
// The paragraph of a paragraph link (#id) or of a sentence link (#id.n).
const [, id, sentence] = /^([^.]*)(?:\.(\d+))?$/.exec(decodeURIComponent(location.hash.slice(1))) ?? [];
const target = id ? document.getElementById(id) : null;
if (target && query) {
  const pattern = hitPattern(query);
  if (pattern) mark(target, pattern);
}
if (target && exact.length) {
  // A figure is marked whole: "5" not inside "50", "2,000" not inside "12,000".
  const figure = (text: string) =>
    `${/^\d/.test(text) ? String.raw`(?<![\d.,])` : ''}${escapeRegExp(text)}${/\d$/.test(text) ? String.raw`(?![.,]?\d)` : ''}`;
  const pattern = new RegExp(exact.map(figure).join('|'), 'g');
  const sentences = sentence ? target.querySelectorAll<HTMLElement>(`[data-s="${sentence}"]`) : [target];
  for (const root of sentences) mark(root, pattern);
}

function mark(root: HTMLElement, pattern: RegExp) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (node.parentElement?.closest('.text, .entry__head, .entry__defs')) texts.push(node);
  }
  for (const text of texts) {
    const value = text.data;
    const fragment = document.createDocumentFragment();
    let last = 0;
    for (const match of value.matchAll(pattern)) {
      if (!match[0]) continue;
      fragment.append(value.slice(last, match.index));
      const hit = document.createElement('mark');
      hit.className = 'search-hit';
      hit.textContent = match[0];
      fragment.append(hit);
      last = match.index + match[0].length;
    }
    if (last === 0) continue;
    fragment.append(value.slice(last));
    text.replaceWith(fragment);
  }
}
