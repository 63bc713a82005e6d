import { HAN } from './chinese/cjk-spacing';
import { escapeXml } from '../shared/escape-xml';
import { escapeRegExp } from '../shared/regexp';

/**
 * What a query matches in the text, as Pagefind matched it: Chinese runs exactly as typed, English words by
 * their stem (any ending). Shared by the results list (to link to the sentence of the first hit) and the page a
 * result opens (to mark every hit).
 */
export function hitPattern(query: string): RegExp | undefined {
  const patterns: string[] = [];
  const han = query.match(/[\p{Script=Han}\d.%]+/gu)?.filter((run) => HAN.test(run)) ?? [];
  patterns.push(...han.map(escapeRegExp));
  for (const word of query.match(/[A-Za-z0-9]+(?:[.%][0-9]+)?%?/g) ?? []) {
    const stem = /^[A-Za-z]+$/.test(word) && word.length > 4 ? word.slice(0, Math.max(4, word.length - 2)) : word;
    patterns.push(`\\b${escapeRegExp(stem)}[\\p{L}]*`);
  }
  return patterns.length ? new RegExp(patterns.join('|'), 'giu') : undefined;
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/**
 * An excerpt's HTML (from {@link excerptHtml}) with its hits marked by `pattern`, as the page a result opens marks
 * them: Pagefind marks only the words of the match it ranked (the first "navel orange" of a passage, not the
 * second), and a word with the stop after it ("oranges."). Where the pattern finds nothing, in a passage that
 * holds the query's characters apart, Pagefind's own marks stay.
 */
export function markHits(html: string, pattern: RegExp | undefined): string {
  if (!pattern) return html;
  const text = html.replace(/<\/?mark>/g, '').replace(/&(?:lt|gt|amp);/g, (entity) => ENTITIES[entity]!);
  let marked = '';
  let last = 0;
  // A copy: matchAll starts where the pattern's last exec (sentenceOfHit, on the whole paragraph) left off.
  for (const hit of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    if (!hit[0]) continue;
    marked += `${escapeXml(text.slice(last, hit.index))}<mark>${escapeXml(hit[0])}</mark>`;
    last = hit.index + hit[0].length;
  }
  return last ? marked + escapeXml(text.slice(last)) : html;
}

/** Where each sentence segment ends in `text`: the segments are its sentences, in order, trimmed. */
export function segmentEnds(text: string, segments: readonly string[]): number[] {
  let position = 0;
  return segments.map((segment) => {
    const start = text.indexOf(segment, position);
    position = start === -1 ? position : start + segment.length;
    return position;
  });
}

/** The number (from 1) of the segment that holds the first hit of `pattern` in `text`, if any. */
export function sentenceOfHit(text: string, ends: readonly number[], pattern: RegExp): number | undefined {
  pattern.lastIndex = 0;
  const hit = pattern.exec(text);
  if (!hit) return undefined;
  const index = ends.findIndex((end) => hit.index < end);
  return index === -1 ? undefined : index + 1;
}

/**
 * A Pagefind excerpt as HTML for the page, escaped once. Pagefind (1.6) writes `<` and `>` of the text as `&lt;`
 * and `&gt;` and leaves `&` as it is, around its own `<mark>` tags; so those two entities stay, every other `&`
 * is escaped, and any other tag is shown as text.
 */
export function excerptHtml(excerpt: string): string {
  return excerpt
    .split(/(<\/?mark>)/)
    .map((part) =>
      part === '<mark>' || part === '</mark>'
        ? part
        : part
            .replace(/&(?!lt;|gt;)/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;'),
    )
    .join('');
}
