import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Heading, Paragraph, PhrasingContent } from 'mdast';
import { SEGMENT_MARKER } from '../plugins/rehype-sentence-segments';

/** A piece of a segment's Markdown: text a reader sees, or syntax they do not (`**`, an escape, a `{+}` marker). */
export type SourcePiece = { text: string } | { code: string };

/** Where one sentence segment is written in its Markdown file. */
export interface SegmentSource {
  /** Offsets in the file: the segment's Markdown is `source.slice(start, end)`, without the space that follows. */
  start: number;
  end: number;
  line: number;
  column: number;
  pieces: SourcePiece[];
}

/** Where a block's text is written: the segments, and what lies between them (usually one space). */
export interface BlockSource {
  start: number;
  end: number;
  segments: SegmentSource[];
}

/**
 * Finds each rendered segment of a block in the file's Markdown, so a tool can show or replace one sentence
 * without touching the rest of the file: the XLIFF round trip and the per-sentence messages of the check.
 * `segments` are the block's rendered sentences (trimmed); `marker` is the length of the `{#id}` line that opens
 * the block's node, if any. Returns a reason instead when the Markdown cannot be matched to the text.
 */
export function blockSource(
  node: Paragraph | Heading,
  source: string,
  segments: string[],
  marker: number,
): BlockSource | { problem: string } {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return { problem: 'the block has no text' };
  const start = node.type === 'heading' ? first : node.position!.start.offset! + marker;
  const end = last;

  // Each visible character with its offset in the file. Syntax has no entry: it is what lies between.
  const visible: Visible[] = [];
  const problem = collectText(node.children, source, start, visible);
  if (problem) return { problem };
  // The alignment markers are text to Markdown but syntax to the reader.
  const joined = visible.map((v) => v.char).join('');
  const hidden = new Set<number>();
  for (const match of joined.matchAll(SEGMENT_MARKER))
    for (let i = 0; i < match[0].length; i++) hidden.add(match.index + i);
  const chars = visible.filter((_, i) => !hidden.has(i));
  const text = chars.map((c) => c.char).join('');

  // Each segment's first and last character, in order.
  const spans: { first: number; last: number }[] = [];
  let position = 0;
  for (const segment of segments) {
    while (position < text.length && /\s/.test(text[position]!)) position++;
    if (!segment || !text.startsWith(segment, position))
      return { problem: `the text "${segment.slice(0, 40)}" is not where the sentence splitter put it` };
    spans.push({ first: position, last: position + segment.length - 1 });
    position += segment.length;
  }

  // A character written as a reference (`&nbsp;`) is syntax as a whole: a CAT tool shows it as a tag.
  const shown = new Set(chars.filter((c) => !c.reference).map((c) => c.offset));
  const lineStarts = [0, ...[...source.matchAll(/\n/g)].map((m) => m.index + 1)];
  const ranges: { start: number; end: number }[] = [];
  spans.forEach((span, i) => {
    const from = i === 0 ? start : ranges[i - 1]!.end + separatorLength(source, ranges[i - 1]!.end, end);
    let to = i === spans.length - 1 ? end : chars[span.last]!.offset + 1;
    // Syntax that closes the sentence (`**` after its full stop) belongs to it; the space after it does not.
    if (i < spans.length - 1) while (to < end && !shown.has(to) && !/\s/.test(source[to]!)) to++;
    ranges.push({ start: from, end: to });
  });
  return {
    start,
    end,
    segments: ranges.map(({ start: from, end: to }) => {
      const line = lineStarts.findLastIndex((offset) => offset <= from);
      return { start: from, end: to, line: line + 1, column: from - lineStarts[line]! + 1, pieces: pieces(source, from, to, shown) };
    }),
  };
}

/** The white space at `offset` (up to `end`): what separates two segments in the file. */
export function separatorLength(source: string, offset: number, end: number): number {
  let length = 0;
  while (offset + length < end && /\s/.test(source[offset + length]!)) length++;
  return length;
}

/** A visible character and where it is written: itself, or a character reference that starts there. */
interface Visible {
  char: string;
  offset: number;
  reference?: boolean;
}

/** Visible characters of the block's inline nodes with their offsets, from `start` on; a problem when unmatched. */
function collectText(nodes: PhrasingContent[], source: string, start: number, out: Visible[]): string | undefined {
  for (const node of nodes) {
    if ('children' in node) {
      const problem = collectText(node.children as PhrasingContent[], source, start, out);
      if (problem) return problem;
    } else if (node.type === 'text') {
      const from = Math.max(node.position!.start.offset!, start);
      const aligned = alignFromEnd(node.value, source, from, node.position!.end.offset!);
      if (!aligned) {
        const line = node.position!.start.line;
        return `line ${line}: the text "${node.value.slice(0, 40)}" is written in a way the tools cannot follow`;
      }
      aligned.forEach((place, i) => out.push({ char: node.value[i]!, ...place }));
    }
  }
  return undefined;
}

/**
 * Matches a text node's value to its Markdown, from the end: what the Markdown has and the value lacks is syntax
 * (the escape in `\*`), and a character reference (`&nbsp;`, `&#x4e00;`) stands for the character it decodes to.
 * Matching from the end skips the `{#id}` marker that the block-id plugin removed from the start of the first
 * text node.
 */
function alignFromEnd(
  value: string,
  source: string,
  from: number,
  to: number,
): { offset: number; reference?: boolean }[] | undefined {
  const places: { offset: number; reference?: boolean }[] = new Array(value.length);
  let s = to - 1;
  for (let v = value.length - 1; v >= 0; v--) {
    for (; s >= from; s--) {
      if (source[s] === value[v]) {
        places[v] = { offset: s-- };
        break;
      }
      const reference = referenceEndingAt(source, s, from);
      if (reference && reference.char === value[v]) {
        places[v] = { offset: reference.start, reference: true };
        s = reference.start - 1;
        break;
      }
    }
    if (places[v] === undefined) return undefined;
  }
  return places;
}

/** The character reference that ends at `end` (its `;`), decoded, if there is one. */
function referenceEndingAt(source: string, end: number, from: number): { start: number; char: string } | undefined {
  if (source[end] !== ';') return undefined;
  const start = source.lastIndexOf('&', end);
  if (start < from || end - start > 40) return undefined;
  const name = source.slice(start + 1, end);
  const numeric = /^#(?:x([0-9a-f]+)|(\d+))$/i.exec(name);
  const char = numeric
    ? String.fromCodePoint(numeric[1] ? Number.parseInt(numeric[1], 16) : Number(numeric[2]))
    : decodeNamedCharacterReference(name);
  return char ? { start, char } : undefined;
}

/** The pieces of `source` between two offsets: runs of visible text, and runs of syntax. */
function pieces(source: string, from: number, to: number, shown: Set<number>): SourcePiece[] {
  const out: SourcePiece[] = [];
  for (let i = from; i < to; i++) {
    const char = source[i]!;
    const last = out.at(-1);
    if (shown.has(i)) {
      if (last && 'text' in last) last.text += char;
      else out.push({ text: char });
    } else if (last && 'code' in last) last.code += char;
    else out.push({ code: char });
  }
  return out;
}
