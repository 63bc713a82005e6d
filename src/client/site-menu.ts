// The site menu is a popover (SiteHeader.astro): Escape and a tap outside close it, Tab does not. On a phone the
// open menu covers the toolbar that focus moves on to, so it closes when focus leaves it for anything but its own
// button (whose click toggles it).

const menu = document.getElementById('site-menu');
const button = document.querySelector('[popovertarget="site-menu"]');

menu?.addEventListener('focusout', (event) => {
  const next = event.relatedTarget as Node | null;
  if (next && next !== button && !menu.contains(next) && menu.matches(':popover-open')) menu.hidePopover();
});
