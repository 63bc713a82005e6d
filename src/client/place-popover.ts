const GAP = 6;
const MARGIN = 8;

/**
 * Places a fixed popover below its anchor, or above when it does not fit there, clamped to the viewport. The
 * anchor is its first line box (a term), or with `whole` all of it (a sentence, which must stay readable).
 * Shared by the term popovers and the sentence peek.
 */
export function placePopover(anchor: Element, popover: HTMLElement, { whole = false } = {}) {
  const rect = (!whole && anchor.getClientRects()[0]) || anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const below = window.innerHeight - rect.bottom - GAP - MARGIN;
  const above = rect.top - GAP - MARGIN;
  const side = popover.scrollHeight <= below || below >= above ? 'below' : 'above';
  popover.style.maxHeight = `${Math.max(side === 'below' ? below : above, 80)}px`;
  const height = popover.offsetHeight;
  popover.style.top = `${side === 'below' ? rect.bottom + GAP : rect.top - GAP - height}px`;
  popover.style.left = `${Math.min(Math.max(rect.left, MARGIN), window.innerWidth - width - MARGIN)}px`;
}
