// One search result as a list item, linked to the sentence that holds the hit: its title in both languages, the
// excerpt with the hits marked, and the aligned paragraph in the other language. Shared by the search page (the
// report's results and the national reports') and the header's search panel.

import { unspaceCjk } from '../language/chinese/cjk-spacing';
import { excerptHtml, hitPattern, markHits, sentenceOfHit } from '../language/search-hits';
import type { Hit, PagefindData } from './search-engine';
import { LANGUAGE_TAGS } from '../shared/languages';

const base = document.documentElement.dataset.base ?? '/';

/** The sentence of a paragraph that holds the first hit, counted from 1, so the result opens on it. */
function sentenceOfFirstHit(hit: Hit, data: PagefindData, pattern: RegExp | undefined): number | undefined {
  if (!data.meta.ends || !pattern) return undefined;
  const text = hit.language === 'zh' ? unspaceCjk(data.content) : data.content;
  return sentenceOfHit(text, data.meta.ends.split(',').map(Number), pattern) || undefined;
}

/**
 * Where a result leads, relative to the site's base, given its record and the sentence of its first hit (counted
 * from 1), if it has one.
 */
export type ResultHref = (data: PagefindData, query: string, sentence: number | undefined) => string;

/**
 * A result of the report: its block (`part-3/#id`) or the sentence of its first hit (`#id.n`), with the query for
 * the page to mark its hits (`?hl=`).
 */
const reportHref: ResultHref = (data, query, n) => {
  const [path, anchor] = data.meta.href.split('#');
  return `${path}?hl=${encodeURIComponent(query)}${anchor ? `#${anchor}${n ? `.${n}` : ''}` : ''}`;
};

/** What a result's title says it is, beside the report's own paragraphs. */
const KIND_LABELS: Partial<Record<PagefindData['meta']['kind'], string>> = {
  glossary: '词条 Glossary',
  note: "译注 Translator's note",
  national: '国务院 State Council',
};

export function resultItem(
  hit: Hit,
  data: PagefindData,
  query: string,
  pattern = hitPattern(query),
  href = reportHref,
): HTMLLIElement {
  const item = document.createElement('li');
  item.className = `result result--${data.meta.kind}`;
  const link = document.createElement('a');
  link.className = 'result__link';
  link.href = base + href(data, query, sentenceOfFirstHit(hit, data, pattern));

  const title = document.createElement('span');
  title.className = 'result__title';
  const zhTitle = document.createElement('span');
  zhTitle.textContent = data.meta.title;
  const enTitle = document.createElement('span');
  enTitle.lang = 'en';
  enTitle.textContent = data.meta.titleEn;
  title.append(zhTitle, ' ', enTitle);
  const kind = KIND_LABELS[data.meta.kind];
  if (kind) title.dataset.kind = kind;

  const excerpt = document.createElement('span');
  excerpt.className = 'result__excerpt';
  excerpt.lang = LANGUAGE_TAGS[hit.language];
  const html = hit.language === 'zh' ? unspaceCjk(excerptHtml(data.excerpt)) : excerptHtml(data.excerpt);
  excerpt.innerHTML = markHits(html, pattern);

  link.append(title, excerpt);
  // A national report has no other language to show.
  if (data.meta.kind !== 'national') {
    const other = document.createElement('span');
    other.className = 'result__other';
    other.lang = hit.language === 'zh' ? 'en' : 'zh-CN';
    other.textContent = data.meta.other;
    link.append(other);
  }
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
