// "/" focuses the search box (the page's own on the search page, else the header's), unless the reader is typing.
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
