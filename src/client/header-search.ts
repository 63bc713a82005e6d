// The header's search box, in place: results open in a panel under the box as the reader types, without leaving
// the page. Loaded (with Pagefind's runtime) when the box gets focus or the pointer rests on it; `/search/` stays
// the full page with filters, linked from the panel, and the fallback without JavaScript.
//
// Keys: / focuses the box (search-shortcut.ts); ArrowDown moves into the results and ArrowUp back; Enter in the
// box shows the results at once, on a result follows it; Escape closes the panel and returns to the box.

import { hitPattern } from '../language/search-hits';
import { placePopover } from './place-popover';
import { preload, search, type Hit } from './search-engine';
import { moveThroughResults, resultItem, resultsStatus } from './search-results';

const SHOWN = 6;
const GLOSSARY_SHOWN = 2;

export interface HeaderSearch {
  /** Searches for what is in the box now and shows the panel. */
  show: () => void;
}

/** Turns the header's search form into an in-place search (search-shortcut.ts calls it once, on first use). */
export function attach(form: HTMLFormElement): HeaderSearch {
  preload();
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const base = document.documentElement.dataset.base ?? '/';

  const panel = document.createElement('div');
  panel.className = 'search-panel floating-panel';
  panel.id = 'search-panel';
  panel.popover = 'manual';
  panel.setAttribute('role', 'region');
  panel.setAttribute('aria-label', '搜索结果 Search results');
  // A click on the panel's own text keeps focus within the search (and the panel open).
  panel.tabIndex = -1;
  const status = document.createElement('p');
  status.className = 'search-panel__status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'search-panel__results';
  const all = document.createElement('a');
  all.className = 'search-panel__all';
  panel.append(status, list, all);
  form.append(panel);
  // A search box may not carry aria-expanded (axe, ARIA in HTML): the panel's status line announces the results.
  input.setAttribute('aria-controls', panel.id);

  const open = () => {
    if (!panel.matches(':popover-open')) panel.showPopover();
    placePopover(input, panel, { whole: true });
  };
  const close = () => {
    if (panel.matches(':popover-open')) panel.hidePopover();
  };

  let generation = 0;
  let shownQuery: string | undefined;
  const searchPage = (query: string) => `${base}search/?q=${encodeURIComponent(query)}`;
  const run = async () => {
    const query = input.value.trim();
    const current = ++generation;
    if (!query) {
      shownQuery = undefined;
      list.replaceChildren();
      close();
      return;
    }
    const found = await search(query);
    if (current !== generation) return;
    // As on the search page: glossary entries only when they contain the query itself.
    const entries = found.glossary.filter((hit) => hit.exact);
    const hits: Hit[] = [...entries.slice(0, GLOSSARY_SHOWN), ...found.report, ...found.note];
    const shown = hits.slice(0, SHOWN);
    const data = await Promise.all(shown.map((hit) => hit.load()));
    if (current !== generation) return;
    const pattern = hitPattern(query);
    list.replaceChildren(...shown.map((hit, i) => resultItem(hit, data[i]!, query, pattern)));
    all.href = searchPage(query);
    all.textContent = '全部结果与筛选 All results and filters →';
    shownQuery = query;
    open();
    // Written once the panel is shown, so that screen readers announce it.
    status.textContent = resultsStatus(query, {
      paragraphs: found.report.length,
      entries: entries.length,
      notes: found.note.length,
    });
    document.dispatchEvent(new CustomEvent('search:rendered', { detail: { query } }));
  };
  // Pagefind failed to load or answer (offline, a broken deploy): the search page says so, and can be retried.
  const runOrGo = () =>
    run().catch(() => {
      if (input.value.trim()) location.href = searchPage(input.value.trim());
    });

  input.addEventListener('input', () => void runOrGo());
  // Coming back to the box from elsewhere on the page shows its results again (not when Escape sent focus here).
  input.addEventListener('focus', (event) => {
    if (form.contains(event.relatedTarget as Node | null)) return;
    if (shownQuery && shownQuery === input.value.trim()) open();
  });

  const links = () => [...panel.querySelectorAll<HTMLAnchorElement>('.result__link, .search-panel__all')];
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && panel.matches(':popover-open')) {
      event.preventDefault();
      close();
      input.focus();
      return;
    }
    if (event.key === 'ArrowDown' && document.activeElement === input && shownQuery === input.value.trim()) open();
    moveThroughResults(event, input, links());
  });
  // The panel closes when focus or a click goes elsewhere on the page.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  // The panel is fixed and the header scrolls away: it follows the box.
  const follow = () => panel.matches(':popover-open') && placePopover(input, panel, { whole: true });
  window.addEventListener('resize', follow);
  window.addEventListener('scroll', follow, { passive: true });

  const headerSearch: HeaderSearch = {
    show: () => {
      if (shownQuery !== undefined && shownQuery === input.value.trim()) open();
      else void runOrGo();
    },
  };
  // What was typed before this module arrived is searched now.
  if (input.value.trim()) void runOrGo();
  return headerSearch;
}
