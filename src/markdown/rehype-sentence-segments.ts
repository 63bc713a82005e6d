import type { Element, ElementContent, Root } from 'hast';
import type { VFile } from 'vfile';
import { sentenceEnds } from '../language/split-sentences';
import type { Language } from '../shared/languages';
import { SEGMENT_MARKER, sentenceId } from './ids';
import { textOf } from './lib/text-of';

/** Options for {@link rehypeSentenceSegments}. */
export interface RehypeSentenceSegmentsOptions {
  language: Language;
}

/**
 * Splits each block (a top-level element with `data-block-id`) into sentence segments, wrapped in
 * `<span data-s="n">` and counted from 1: a heading is one segment; a paragraph breaks after its bold lead and at
 * each sentence end (see `sentenceEnds`), as the English markers say. Inline elements that a break falls inside
 * are split in two, so the markup stays valid. Markers in a Chinese file are reported, not obeyed.
 *
 * A Chinese segment also carries its sentence's permalink as its id (`id="business-environment.3"`), so a link
 * to `#business-environment.3` lands on it without any script. Only one element may hold an id, and the Chinese
 * is the one a page without scripts always shows: the source text, the page's language, first in every view.
 */
export default function rehypeSentenceSegments({ language }: RehypeSentenceSegmentsOptions) {
  return (tree: Root, file: VFile) => {
    for (const block of tree.children) {
      if (block.type !== 'element' || typeof block.properties.dataBlockId !== 'string') continue;
      const { text, markers } = stripMarkers(block, language, file);
      const breaks = new Set(block.tagName === 'p' ? sentenceEnds(text, language) : [text.length]);
      const lead = leadEnd(block);
      if (lead !== undefined && block.tagName === 'p') breaks.add(afterSpace(text, lead));
      for (const marker of markers) {
        if (marker.kind === '/') breaks.add(afterSpace(text, marker.offset));
        else if (!breaks.delete(afterSpace(text, marker.offset))) {
          problem(
            file,
            'A {+} marker must stand at the start of a sentence, to join it to the one before',
            marker.place,
            'Put {+} right before the first word of the sentence that continues the segment before it.',
          );
        }
      }
      breaks.add(text.length);
      block.children = wrapSegments(
        block.children,
        [...breaks].filter((b) => b > 0).sort((a, b) => a - b),
        language === 'zh' ? block.properties.dataBlockId : undefined,
      );
    }
  };
}

interface Marker {
  kind: '+' | '/';
  /** Offset in the block's text once the markers are removed. */
  offset: number;
  place: { line: number; column: number } | undefined;
}

/** Removes the markers from the block's text nodes and returns the remaining text with each marker's offset. */
function stripMarkers(block: Element, language: Language, file: VFile): { text: string; markers: Marker[] } {
  const markers: Marker[] = [];
  let text = '';
  const visit = (node: ElementContent) => {
    if (node.type === 'element') return node.children.forEach(visit);
    if (node.type !== 'text') return;
    let kept = '';
    let last = 0;
    for (const match of node.value.matchAll(SEGMENT_MARKER)) {
      kept += node.value.slice(last, match.index);
      last = match.index + match[0].length;
      const start = node.position?.start;
      const place = start && { line: start.line, column: start.column + match.index };
      if (language === 'zh') {
        problem(
          file,
          `Alignment marker ${match[0]} in the Chinese text`,
          place,
          'The Chinese stays exactly as the source: write alignment markers in the English file only.',
        );
      } else {
        markers.push({ kind: match[1] as '+' | '/', offset: text.length + kept.length, place });
      }
    }
    node.value = kept + node.value.slice(last);
    text += node.value;
  };
  block.children.forEach(visit);
  return { text, markers };
}

/** Reports a misplaced marker as an error of the content (fatal, without stopping the other files' checks). */
function problem(file: VFile, reason: string, place: Marker['place'], note: string) {
  const message = file.message(reason, { place, ruleId: 'segment-marker' });
  message.note = note;
  message.fatal = true;
}

/** Where the block's bold lead ends, when it opens with one. */
function leadEnd(block: Element): number | undefined {
  const first = block.children[0];
  if (first?.type !== 'element' || first.tagName !== 'strong') return undefined;
  return textOf(first).length;
}

/** The offset after any white space at `offset`: the space between two sentences belongs to the first. */
function afterSpace(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && /\s/.test(text[end]!)) end++;
  return end;
}

/**
 * Wraps `nodes` into one `<span data-s>` per stretch between consecutive `breaks` (text offsets), each with the id
 * `<anchor>.<n>` when an anchor is given.
 */
function wrapSegments(nodes: ElementContent[], breaks: number[], anchor?: string): ElementContent[] {
  const segments: ElementContent[] = [];
  let rest = nodes;
  let consumed = 0;
  breaks.forEach((end, i) => {
    const [head, tail] = splitAt(rest, end - consumed);
    consumed = end;
    rest = tail;
    const n = String(i + 1);
    const properties = anchor ? { dataS: n, id: sentenceId(anchor, i + 1) } : { dataS: n };
    segments.push({ type: 'element', tagName: 'span', properties, children: head });
  });
  return segments;
}

/** Splits inline nodes at a text offset; an element the offset falls inside becomes two copies of itself. */
function splitAt(nodes: ElementContent[], offset: number): [ElementContent[], ElementContent[]] {
  const head: ElementContent[] = [];
  const tail: ElementContent[] = [];
  let position = 0;
  for (const node of nodes) {
    const length = textOf(node).length;
    if (position + length <= offset) head.push(node);
    else if (position >= offset) tail.push(node);
    else if (node.type === 'text') {
      head.push({ ...node, value: node.value.slice(0, offset - position) });
      tail.push({ ...node, value: node.value.slice(offset - position) });
    } else if (node.type === 'element') {
      const [inner, outer] = splitAt(node.children, offset - position);
      head.push({ ...node, children: inner });
      tail.push({ ...node, properties: { ...node.properties }, children: outer });
    }
    position += length;
  }
  return [head, tail];
}
