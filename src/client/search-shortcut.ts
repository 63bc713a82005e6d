import type { HeaderSearch } from './header-search';

// "/" focuses the search box (the page's own on the search page, else the header's), unless the reader is typing.
// The header's box searches in place (header-search.ts): its code and Pagefind load when the box gets focus or
// the pointer rests on it, so they are ready by the first key, and never with the page.
//
// Below 56rem the header's box is hidden behind a search button: the button shows it on a row of its own and
// focuses it (in the tap itself, so that a phone opens its keyboard); the button again, or Escape in the box
// with no results open, hides it and returns focus to the button.

const header = document.querySelector<HTMLFormElement>('form.site-search');
const toggle = document.querySelector<HTMLButtonElement>('.header-button--search');
const headerBox = header?.querySelector<HTMLInputElement>('input[name="q"]');

/** Shows or hides the header's box behind its button; does nothing where the box is always shown. */
function reveal(open: boolean) {
  if (!toggle || getComputedStyle(toggle).display === 'none') return;
  toggle.closest('.site-header')!.classList.toggle('is-searching', open);
  toggle.setAttribute('aria-expanded', String(open));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
  const box = document.querySelector<HTMLInputElement>('#search-form input[name="q"]') ?? headerBox;
  if (!box) return;
  event.preventDefault();
  if (box === headerBox) reveal(true);
  box.focus();
  box.select();
});

const REST_MS = 150;
if (header && headerBox) {
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
  toggle?.addEventListener('click', () => {
    const open = toggle.getAttribute('aria-expanded') !== 'true';
    reveal(open);
    if (open) headerBox.focus();
  });
  // Registered before header-search.ts's own Escape (which closes its results panel first).
  header.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle?.getAttribute('aria-expanded') !== 'true') return;
    if (header.querySelector('.search-panel:popover-open')) return;
    reveal(false);
    toggle.focus();
  });
}
