// Arriving from a search result (?hl=query#paragraph or #paragraph.sentence), marks the query's hits in that
// paragraph: the Chinese characters as typed, and English words by their stem, as Pagefind matched them.

import { hitPattern } from '../lib/search-hits';

const query = new URLSearchParams(location.search).get('hl')?.trim();
// The paragraph of a paragraph link (#id) or of a sentence link (#id.n).
const id = decodeURIComponent(location.hash.slice(1)).replace(/\.\d+$/, '');
const target = id ? document.getElementById(id) : null;
const pattern = query ? hitPattern(query) : undefined;
if (pattern && target) mark(target, pattern);

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
