import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Heading, Paragraph, PhrasingContent } from 'mdast';
import { lineIndex, lineStartsOf } from '../shared/line-starts';
import { SEGMENT_MARKER } from '../markdown/ids';
import type { BlockSource, SourcePiece } from './report-schema';

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
  lineStarts: number[] = lineStartsOf(source),
): BlockSource | { problem: string } {
  const first = node.children[0]?.position?.start.offset;
  const last = node.children.at(-1)?.position?.end.offset;
  if (first === undefined || last === undefined) return { problem: 'the block has no text' };
  const start = node.type === 'heading' ? first : node.position!.start.offset! + marker;
  const end = last;

  // Each visible character's offset in the file. Syntax has none: it is what lies between.
  const visible: Visible = { values: [], offsets: [], references: new Set() };
  const problem = collectText(node.children, source, start, visible);
  if (problem) return { problem };
  const joined = visible.values.join('');
  // The alignment markers are text to Markdown but syntax to the reader.
  const hidden = new Uint8Array(joined.length);
  for (const match of joined.matchAll(SEGMENT_MARKER)) hidden.fill(1, match.index, match.index + match[0].length);
  const offsets = visible.offsets.filter((_, i) => !hidden[i]);
  const text = joined.replace(SEGMENT_MARKER, '');
  // A character written as a reference (`&nbsp;`) is syntax as a whole: a CAT tool shows it as a tag.
  const shown = new Uint8Array(end - start);
  for (let i = 0; i < joined.length; i++) {
    if (!hidden[i] && !visible.references.has(i)) shown[visible.offsets[i]! - start] = 1;
  }
  const isShown = (offset: number) => shown[offset - start] === 1;

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

  const ranges: { start: number; end: number }[] = [];
  spans.forEach((span, i) => {
    const from = i === 0 ? start : ranges[i - 1]!.end + separatorLength(source, ranges[i - 1]!.end, end);
    let to = i === spans.length - 1 ? end : offsets[span.last]! + 1;
    // Syntax that closes the sentence (`**` after its full stop) belongs to it; the space after it does not.
    if (i < spans.length - 1) while (to < end && !isShown(to) && !/\s/.test(source[to]!)) to++;
    ranges.push({ start: from, end: to });
  });
  return {
    start,
    end,
    segments: ranges.map(({ start: from, end: to }) => {
      const line = lineIndex(lineStarts, from);
      return {
        start: from,
        end: to,
        line: line + 1,
        column: from - lineStarts[line]! + 1,
        pieces: pieces(source, from, to, shown, start),
      };
    }),
  };
}

/** The white space at `offset` (up to `end`): what separates two segments in the file. */
export function separatorLength(source: string, offset: number, end: number): number {
  let length = 0;
  while (offset + length < end && /\s/.test(source[offset + length]!)) length++;
  return length;
}

/** The visible text of a block (its text nodes' values), each character's offset in the file, and which
 * characters are written as references (`&…;`), by index into the joined values. */
interface Visible {
  values: string[];
  offsets: number[];
  references: Set<number>;
}

/** Visible characters of the block's inline nodes with their offsets, from `start` on; a problem when unmatched. */
function collectText(nodes: PhrasingContent[], source: string, start: number, out: Visible): string | undefined {
  for (const node of nodes) {
    if ('children' in node) {
      const problem = collectText(node.children as PhrasingContent[], source, start, out);
      if (problem) return problem;
    } else if (node.type === 'text') {
      const from = Math.max(node.position!.start.offset!, start);
      const to = node.position!.end.offset!;
      const base = out.offsets.length;
      out.values.push(node.value);
      // Most text is written as it reads: its characters are the last ones of its Markdown, one for one.
      if (to - node.value.length >= from && source.startsWith(node.value, to - node.value.length)) {
        for (let i = 0, offset = to - node.value.length; i < node.value.length; i++) out.offsets.push(offset + i);
        continue;
      }
      const aligned = alignFromEnd(node.value, source, from, to);
      if (!aligned) {
        const line = node.position!.start.line;
        return `line ${line}: the text "${node.value.slice(0, 40)}" is written in a way the tools cannot follow`;
      }
      for (const offset of aligned.offsets) out.offsets.push(offset);
      for (const i of aligned.references) out.references.add(base + i);
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
): { offsets: number[]; references: Set<number> } | undefined {
  const offsets: number[] = new Array(value.length);
  const references = new Set<number>();
  let s = to - 1;
  for (let v = value.length - 1; v >= 0; v--) {
    let found = false;
    for (; s >= from && !found; s--) {
      if (source[s] === value[v]) {
        offsets[v] = s;
        found = true;
        continue;
      }
      const reference = referenceEndingAt(source, s, from);
      if (reference && reference.char === value[v]) {
        offsets[v] = reference.start;
        references.add(v);
        found = true;
        s = reference.start;
      }
    }
    if (!found) return undefined;
  }
  return { offsets, references };
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

/**
 * The pieces of `source` between two offsets: runs of visible text, and runs of syntax. `shown` flags each
 * visible character of the block, indexed from the block's start `base`.
 */
function pieces(source: string, from: number, to: number, shown: Uint8Array, base: number): SourcePiece[] {
  const out: SourcePiece[] = [];
  for (let runStart = from; runStart < to; ) {
    const flag = shown[runStart - base];
    let i = runStart + 1;
    while (i < to && shown[i - base] === flag) i++;
    const written = source.slice(runStart, i);
    out.push(flag === 1 ? { text: written } : { code: written });
    runStart = i;
  }
  return out;
}
