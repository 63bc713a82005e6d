// The search page: runs the query in the URL (?q=…) and each edit of the box, shows paragraphs with their hits
// marked and the aligned paragraph in the other language, keeps the URL in step, and moves through the
// results with the arrow keys.

import { unspaceCjk } from '../lib/cjk-spacing';
import { hitPattern, sentenceOfHit } from '../lib/search-hits';
import { search, type Hit, type PagefindData, type SearchKind } from './search-engine';

const PAGE_SIZE = 10;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const kind = form.querySelector<HTMLSelectElement>('select[name="kind"]')!;
const part = form.querySelector<HTMLSelectElement>('select[name="part"]')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const glossaryList = document.querySelector<HTMLOListElement>('#search-glossary')!;
const noteList = document.querySelector<HTMLOListElement>('#search-notes')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;
const base = document.documentElement.dataset.base ?? '/';

const GLOSSARY_SHOWN = 3;

let generation = 0;
let hits: Hit[] = [];
let shown = 0;

/** Escapes text for HTML, keeping only Pagefind's <mark> tags. */
function markedHtml(excerpt: string): string {
  const parts = excerpt.split(/(<\/?mark>)/);
  return parts
    .map((part) =>
      part === '<mark>' || part === '</mark>'
        ? part
        : part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
    )
    .join('');
}

/** `.n` for the sentence of a paragraph that holds the first hit, so the result opens on that sentence. */
function sentence(hit: Hit, data: PagefindData, pattern: RegExp | undefined): string {
  if (!data.meta.ends || !pattern) return '';
  const text = hit.language === 'zh' ? unspaceCjk(data.content) : data.content;
  const n = sentenceOfHit(text, data.meta.ends.split(',').map(Number), pattern);
  return n ? `.${n}` : '';
}

function resultItem(hit: Hit, data: PagefindData, query: string, pattern = hitPattern(query)): HTMLLIElement {
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
  excerpt.innerHTML = hit.language === 'zh' ? unspaceCjk(markedHtml(data.excerpt)) : markedHtml(data.excerpt);

  const other = document.createElement('span');
  other.className = 'result__other';
  other.lang = hit.language === 'zh' ? 'en' : 'zh-CN';
  other.textContent = data.meta.other;

  link.append(title, excerpt, other);
  item.append(link);
  return item;
}

async function showMore(query: string, run: number) {
  const batch = hits.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((hit) => hit.load()));
  if (run !== generation) return;
  const pattern = hitPattern(query);
  batch.forEach((hit, i) => list.append(resultItem(hit, data[i]!, query, pattern)));
  shown += batch.length;
  more.hidden = shown >= hits.length;
}

async function run() {
  const query = input.value.trim();
  const filters = { kind: (kind.value || undefined) as SearchKind | undefined, part: part.value || undefined };
  const url = new URL(location.href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  if (kind.value) url.searchParams.set('kind', kind.value);
  if (part.value) url.searchParams.set('part', part.value);
  history.replaceState(null, '', url);

  const current = ++generation;
  if (!query) {
    list.replaceChildren();
    glossaryList.replaceChildren();
    noteList.replaceChildren();
    more.hidden = true;
    status.textContent = '';
    return;
  }
  document.body.dataset.searching = '';
  let found: Record<SearchKind, Hit[]>;
  try {
    found = await search(query, filters);
  } catch (error) {
    if (current === generation) status.textContent = '搜索出错，请重试。 Search failed; please try again.';
    throw error;
  } finally {
    delete document.body.dataset.searching;
  }
  if (current !== generation) return;
  hits = found.report;
  shown = 0;
  list.replaceChildren();
  // Glossary entries only when they contain the query itself: a definition that merely shares a character is noise.
  found.glossary = found.glossary.filter((hit) => hit.exact);
  const terms = found.glossary.slice(0, GLOSSARY_SHOWN);
  const notes = found.note;
  const [termData, noteData] = await Promise.all([
    Promise.all(terms.map((hit) => hit.load())),
    Promise.all(notes.map((hit) => hit.load())),
  ]);
  if (current !== generation) return;
  glossaryList.replaceChildren(...terms.map((hit, i) => resultItem(hit, termData[i]!, query)));
  noteList.replaceChildren(...notes.map((hit, i) => resultItem(hit, noteData[i]!, query)));
  const paragraphs = found.report.length;
  const entries = found.glossary.length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  status.textContent =
    paragraphs + entries + notes.length
      ? `找到 ${paragraphs} 个段落、${entries} 个词条${notes.length ? `、${notes.length} 条译注` : ''}。 ` +
        `${plural(paragraphs, 'paragraph', 'paragraphs')}, ${plural(entries, 'glossary entry', 'glossary entries')}` +
        `${notes.length ? ` and ${plural(notes.length, "translator's note", "translator's notes")}` : ''}.`
      : `没有找到“${query}”的结果。 No results for “${query}”.`;
  await showMore(query, current);
  document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query } }));
}

// Every keystroke searches at once (a stale run's results are dropped), so results follow the typing.
input.addEventListener('input', () => void run());
for (const select of [kind, part]) select.addEventListener('change', run);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
more.addEventListener('click', () => void showMore(input.value.trim(), generation));

// Arrow keys move from the box through the results and back; Enter on a result follows its link.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.result__link')];
  const index = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (document.activeElement === input && event.key === 'ArrowDown' && links.length) {
    event.preventDefault();
    links[0]!.focus();
  } else if (index !== -1) {
    event.preventDefault();
    const next = index + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) input.focus();
    else links[Math.min(next, links.length - 1)]!.focus();
  }
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
kind.value = params.get('kind') ?? '';
part.value = params.get('part') ?? '';
if (input.value) void run();
