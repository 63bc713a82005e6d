// Arriving from a search result (?hl=query#paragraph), marks the query's hits in that paragraph: the Chinese
// characters as typed, and English words by their stem, as Pagefind matched them.

import { HAN } from '../lib/cjk-spacing';
import { escapeRegExp } from '../lib/regexp';

const query = new URLSearchParams(location.search).get('hl')?.trim();
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;

if (query && target) {
  const patterns: string[] = [];
  const han = query.match(/[\p{Script=Han}\d.%]+/gu)?.filter((run) => HAN.test(run)) ?? [];
  patterns.push(...han.map(escapeRegExp));
  for (const word of query.match(/[A-Za-z0-9]+(?:[.%][0-9]+)?%?/g) ?? []) {
    const stem = /^[A-Za-z]+$/.test(word) && word.length > 4 ? word.slice(0, Math.max(4, word.length - 2)) : word;
    patterns.push(`\\b${escapeRegExp(stem)}[\\p{L}]*`);
  }
  if (patterns.length) mark(target, new RegExp(patterns.join('|'), 'giu'));
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
