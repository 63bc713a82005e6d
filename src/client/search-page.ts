// The search page: runs the query in the URL (?q=…) and each edit of the box, shows paragraphs with their hits
// marked and the aligned paragraph in the other language, keeps the URL in step, and moves through the
// results with the arrow keys. `in=national` searches the national reports instead, an index of their own.

import { hitPattern } from '../language/search-hits';
import { search, type Hit, type ReportKind } from './search-engine';
import { moveThroughResults, resultItem, resultsStatus, type ResultHref } from './search-results';

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
const scopes = [...form.querySelectorAll<HTMLInputElement>('input[name="in"]')];
const nationalNote = document.querySelector<HTMLElement>('#search-national-note')!;
/** The report's own filters, which do not apply to the national reports. */
const reportFilters = [...form.querySelectorAll<HTMLElement>('.search__report-filter')];

const isNational = () => scopes.some((scope) => scope.checked && scope.value === 'national');

/** Shows what the chosen scope offers: the report's filters, or the note that the national reports are Chinese. */
function showScope() {
  const national = isNational();
  for (const filter of reportFilters) filter.hidden = national;
  nationalNote.hidden = !national;
}

const GLOSSARY_SHOWN = 3;

/** The national reports' search, loaded the first time the reader chooses it. */
let nationalModule: Promise<typeof import('./national-search')> | undefined;
const nationalSearch = () => (nationalModule ??= import('./national-search'));

let generation = 0;
/** How the results shown link to their sentences: the national reports' own way, or the report's (undefined). */
let linkTo: ResultHref | undefined;
let hits: Hit[] = [];
let shown = 0;

async function showMore(query: string, run: number) {
  const batch = hits.slice(shown, shown + PAGE_SIZE);
  const data = await Promise.all(batch.map((hit) => hit.load()));
  if (run !== generation) return;
  const pattern = hitPattern(query);
  batch.forEach((hit, i) => list.append(resultItem(hit, data[i]!, query, pattern, linkTo)));
  shown += batch.length;
  more.hidden = shown >= hits.length;
}

// While the reader types, the URL follows once they pause: a history entry per keystroke would make Chromium fetch
// the favicon again each time.
let urlTimer: ReturnType<typeof setTimeout> | undefined;
const URL_PAUSE_MS = 600;

/** The URL keeps the query and filters, for the back button and for sharing. */
function updateUrl() {
  clearTimeout(urlTimer);
  const url = new URL(location.href);
  url.search = '';
  if (input.value.trim()) url.searchParams.set('q', input.value.trim());
  if (isNational()) url.searchParams.set('in', 'national');
  else {
    if (kind.value) url.searchParams.set('kind', kind.value);
    if (part.value) url.searchParams.set('part', part.value);
  }
  if (url.href !== location.href) history.replaceState(null, '', url);
}

async function run() {
  const query = input.value.trim();
  const filters = { kind: (kind.value || undefined) as ReportKind | undefined, part: part.value || undefined };

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
  const national = isNational();
  let found: Record<ReportKind, Hit[]>;
  let href: ResultHref | undefined;
  let describe = (): string =>
    resultsStatus(query, { paragraphs: found.report.length, entries: found.glossary.length, notes: found.note.length });
  try {
    if (national) {
      const { searchNational, nationalHref, nationalStatus } = await nationalSearch();
      found = { report: await searchNational(query), glossary: [], note: [] };
      href = nationalHref;
      describe = () => nationalStatus(query, found.report.length);
    } else found = await search(query, filters);
  } catch (error) {
    if (current === generation) status.textContent = '搜索出错，请重试。 Search failed; please try again.';
    throw error;
  } finally {
    delete document.body.dataset.searching;
  }
  if (current !== generation) return;
  linkTo = href;
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
  status.textContent = describe();
  await showMore(query, current);
  document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query } }));
}

// Every keystroke searches at once (a stale run's results are dropped), so results follow the typing.
input.addEventListener('input', () => {
  void run();
  clearTimeout(urlTimer);
  urlTimer = setTimeout(updateUrl, URL_PAUSE_MS);
});
for (const control of [kind, part, ...scopes])
  control.addEventListener('change', () => {
    showScope();
    updateUrl();
    void run();
  });
form.addEventListener('submit', (event) => {
  event.preventDefault();
  updateUrl();
  void run();
});
input.addEventListener('blur', updateUrl);
more.addEventListener('click', () => void showMore(input.value.trim(), generation));

// Arrow keys move from the box through the results and back; Enter on a result follows its link.
document.addEventListener('keydown', (event) => {
  moveThroughResults(event, input, [...document.querySelectorAll<HTMLAnchorElement>('.result__link')]);
});

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
kind.value = params.get('kind') ?? '';
part.value = params.get('part') ?? '';
for (const scope of scopes) scope.checked = scope.value === (params.get('in') === 'national' ? 'national' : 'report');
showScope();
if (input.value) void run();
