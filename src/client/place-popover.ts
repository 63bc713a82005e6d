const GAP = 6;
const MARGIN = 8;

/**
 * Places a fixed popover below its anchor (the anchor's first line box), or above when it does not fit there,
 * clamped to the viewport. Shared by the term popovers and the sentence peek.
 */
export function placePopover(anchor: Element, popover: HTMLElement) {
  const rect = anchor.getClientRects()[0] ?? anchor.getBoundingClientRect();
  const width = popover.offsetWidth;
  const below = window.innerHeight - rect.bottom - GAP - MARGIN;
  const above = rect.top - GAP - MARGIN;
  const side = popover.scrollHeight <= below || below >= above ? 'below' : 'above';
  popover.style.maxHeight = `${Math.max(side === 'below' ? below : above, 80)}px`;
  const height = popover.offsetHeight;
  popover.style.top = `${side === 'below' ? rect.bottom + GAP : rect.top - GAP - height}px`;
  popover.style.left = `${Math.min(Math.max(rect.left, MARGIN), window.innerWidth - width - MARGIN)}px`;
}
