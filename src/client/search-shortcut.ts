import type { HeaderSearch } from './header-search';

// "/" focuses the search box (the page's own on the search page, else the header's), unless the reader is typing.
// The header's box searches in place (header-search.ts): its code and Pagefind load when the box gets focus or
// the pointer rests on it, so they are ready by the first key, and never with the page.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  const box =
    document.querySelector<HTMLInputElement>('#search-form input[name="q"]') ??
    document.querySelector<HTMLInputElement>('.site-search input');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

const header = document.querySelector<HTMLFormElement>('form.site-search');
const REST_MS = 150;
if (header) {
  let loading: Promise<HeaderSearch> | undefined;
  const load = () => (loading ??= import('./header-search').then(({ attach }) => attach(header)));
  header.addEventListener('focusin', () => void load());
  // A pointer that rests on the box, not one passing over it on its way to the theme switch.
  let resting: ReturnType<typeof setTimeout> | undefined;
  header.addEventListener('pointerenter', () => (resting = setTimeout(() => void load(), REST_MS)));
  header.addEventListener('pointerleave', () => clearTimeout(resting));
  header.addEventListener('submit', (event) => {
    event.preventDefault();
    // Without the panel (its code failed to load), the search page.
    load().then(
      (search) => search.show(),
      () => header.submit(),
    );
  });
}
