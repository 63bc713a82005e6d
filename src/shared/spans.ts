/** A stretch of a text, as offsets into it: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A text cut at the spans (in order): the pieces in order, each marked or not. A span that overlaps the one before
 * it is marked from where that one ends.
 */
export function cutAtSpans(text: string, spans: readonly Span[]): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (end <= at) continue;
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(Math.max(start, at), end), marked: true });
    at = end;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
