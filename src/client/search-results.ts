// One search result as a list item, linked to the sentence that holds the hit: its title in both languages, the
// excerpt with the hits marked, and the aligned paragraph in the other language. Shared by the search page and
// the header's search panel.

import { unspaceCjk } from '../language/chinese/cjk-spacing';
import { excerptHtml, hitPattern, sentenceOfHit } from '../language/search-hits';
import type { Hit, PagefindData } from './search-engine';

const base = document.documentElement.dataset.base ?? '/';

/** `.n` for the sentence of a paragraph that holds the first hit, so the result opens on that sentence. */
function sentence(hit: Hit, data: PagefindData, pattern: RegExp | undefined): string {
  if (!data.meta.ends || !pattern) return '';
  const text = hit.language === 'zh' ? unspaceCjk(data.content) : data.content;
  const n = sentenceOfHit(text, data.meta.ends.split(',').map(Number), pattern);
  return n ? `.${n}` : '';
}

export function resultItem(hit: Hit, data: PagefindData, query: string, pattern = hitPattern(query)): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `result result--${data.meta.kind}`;
  const link = document.createElement('a');
  link.className = 'result__link';
  const [path, anchor] = data.meta.href.split('#');
  link.href = `${base}${path}?hl=${encodeURIComponent(query)}${anchor ? `#${anchor}${sentence(hit, data, pattern)}` : ''}`;

  const title = document.createElement('span');
  title.className = 'result__title';
  const zhTitle = document.createElement('span');
  zhTitle.textContent = data.meta.title;
  const enTitle = document.createElement('span');
  enTitle.lang = 'en';
  enTitle.textContent = data.meta.titleEn;
  title.append(zhTitle, ' ', enTitle);
  if (data.meta.kind === 'glossary') title.dataset.kind = '词条 Glossary';
  if (data.meta.kind === 'note') title.dataset.kind = "译注 Translator's note";

  const excerpt = document.createElement('span');
  excerpt.className = 'result__excerpt';
  excerpt.lang = hit.language === 'zh' ? 'zh-CN' : 'en';
  excerpt.innerHTML = hit.language === 'zh' ? unspaceCjk(excerptHtml(data.excerpt)) : excerptHtml(data.excerpt);

  const other = document.createElement('span');
  other.className = 'result__other';
  other.lang = hit.language === 'zh' ? 'en' : 'zh-CN';
  other.textContent = data.meta.other;

  link.append(title, excerpt, other);
  item.append(link);
  return item;
}

/**
 * The arrow keys between a search box and its results: ArrowDown from the box to the first result, then down and
 * up the list, ArrowUp from the first back to the box. Returns whether the key was one of them (and handled).
 */
export function moveThroughResults(event: KeyboardEvent, input: HTMLInputElement, links: HTMLAnchorElement[]): boolean {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return false;
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === 'ArrowDown' && links.length) {
    links[0]!.focus();
  } else if (index !== -1) {
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  } else return false;
  event.preventDefault();
  return true;
}

/** What a search found, in both languages: "找到 3 个段落、1 个词条。 3 paragraphs, 1 glossary entry." */
export function resultsStatus(query: string, found: { paragraphs: number; entries: number; notes: number }): string {
  const { paragraphs, entries, notes } = found;
  if (!paragraphs && !entries && !notes) return `没有找到“${query}”的结果。 No results for “${query}”.`;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return (
    `找到 ${paragraphs} 个段落、${entries} 个词条${notes ? `、${notes} 条译注` : ''}。 ` +
    `${plural(paragraphs, 'paragraph', 'paragraphs')}, ${plural(entries, 'glossary entry', 'glossary entries')}` +
    `${notes ? ` and ${plural(notes, "translator's note", "translator's notes")}` : ''}.`
  );
}
