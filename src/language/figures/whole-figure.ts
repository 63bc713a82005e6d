// Finding a figure whole in a text. A module of its own: the page a figure link opens (highlight-hits.ts) needs
// only this, not the figure reader and its tables.
import { escapeRegExp } from '../../shared/regexp';

/**
 * A pattern for `figure` as a whole figure of a text, never part of a longer number: "5" not in "50" or "2.5",
 * "2,000" not in "12,000". Shared by the figures page (which occurrence it links) and the page it links to (which
 * it marks).
 */
export function wholeFigure(figure: string): RegExp {
  const before = /^\d/.test(figure) ? String.raw`(?<![\d.,])` : '';
  const after = /\d$/.test(figure) ? String.raw`(?![.,]?\d)` : '';
  return new RegExp(`${before}${escapeRegExp(figure)}${after}`, 'g');
}

/** Which occurrence (from 1) of `figure`, as a whole figure, starts at `index` of `text`. */
export function occurrenceAt(text: string, figure: string, index: number): number {
  return [...text.matchAll(wholeFigure(figure))].findIndex((m) => m.index === index) + 1;
}
