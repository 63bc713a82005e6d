// Arriving from a search result (?hl=query#paragraph or #paragraph.sentence), marks the query's hits in that
// paragraph: the Chinese characters as typed, and English words by their stem, as Pagefind matched them.
// Arriving from the figures page (?mark-zh=20亿元&mark-en=2 billion#paragraph.sentence, with n-zh / n-en when
// the figure is not the first of its kind in the sentence), marks that figure, whole, in that sentence of each
// language.

import { wholeFigure } from '../language/figures/whole-figure';
import { hitPattern } from '../language/search-hits';
import { locationHash } from './location-hash';

const params = new URLSearchParams(location.search);
const query = params.get('hl')?.trim();
// The paragraph of a paragraph link (#id) or of a sentence link (#id.n).
const [, id, sentence] = /^([^.]*)(?:\.(\d+))?$/.exec(locationHash()) ?? [];
const target = id ? document.getElementById(id) : null;
if (target && query) {
  const pattern = hitPattern(query);
  if (pattern) mark(target, pattern);
}
// The tags written out, not LANGUAGE_TAGS: importing that table adds to every reader page's scripts.
for (const [lang, code] of [
  ['zh', 'zh-CN'],
  ['en', 'en'],
] as const) {
  const figure = params.get(`mark-${lang}`);
  const root =
    target && sentence ? target.querySelector<HTMLElement>(`.text[lang="${code}"] [data-s="${sentence}"]`) : null;
  if (figure && root) mark(root, wholeFigure(figure), Number(params.get(`n-${lang}`) ?? 1));
}

/** Marks every match of `pattern` in the text of `root`, or with `only` just the match of that number (from 1). */
function mark(root: HTMLElement, pattern: RegExp, only?: number) {
  let seen = 0;
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
      if (only !== undefined && ++seen !== only) continue;
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
