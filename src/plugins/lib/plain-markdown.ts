import type {
  Emphasis,
  FootnoteDefinition,
  Heading,
  Paragraph,
  PhrasingContent,
  Root,
  RootContent,
  Strong,
} from 'mdast';
import type { Point, Position } from 'unist';
import { lineIndex, lineStartsOf } from '../../lib/line-starts';
import {
  classifyCharacter,
  isCjk,
  isCjkOrIvs,
  isNonCjkPunctuation,
  isNonEmojiGeneralUseVS,
  isUnicodeWhitespace,
} from 'micromark-extension-cjk-friendly-util';

/**
 * Parses the plain Markdown that report content is written in, without micromark: YAML frontmatter, paragraphs,
 * `#` headings, `*` emphasis and `**` strong (with remark-cjk-friendly's rules for when a `**` opens or closes),
 * and GFM footnotes (`[^label]` and one-line `[^label]: …` definitions). The tree is the one micromark gives with
 * the pipeline's extensions, positions and all, and it is built about twenty times faster, which is most of
 * what a full check at 50× costs.
 *
 * Returns `undefined` for a text that has anything else, or anything whose reading takes more than these rules
 * (a list, a link, a tab, an HTML entity, emphasis that does not nest simply): micromark parses that file.
 * So the shortcut never has to be right about Markdown it does not know. tests/unit/plain-markdown.test.ts holds
 * it to micromark's tree on every content file and fixture and on thousands of generated texts.
 */
export function parsePlainMarkdown(source: string): Root | undefined {
  try {
    return new PlainParser(source).parse();
  } catch (error) {
    if (error === NOT_PLAIN) return undefined;
    throw error;
  }
}

/** Thrown (and caught above) where the text leaves the plain subset. */
const NOT_PLAIN = Symbol('not plain Markdown');
const notPlain = (): never => {
  throw NOT_PLAIN;
};

/** Characters micromark reads differently anywhere in the file, frontmatter included: tabs, CR, NUL, a BOM. */
const NEEDS_MICROMARK_ANYWHERE = /[\t\r\0\uFEFF]/;
/** Characters that need micromark in the text: escapes, code, HTML and autolinks, `_` emphasis. */
const NEEDS_MICROMARK_IN_TEXT = /[\\`<_]/;
/** Line starts that open (or may open) a block other than a paragraph, or continue one with special rules. */
const OTHER_BLOCK_START = /^(?:[ \-+=>~[]|\*+(?: |$)|\d{1,9}[.)])/;
const HEADING = /^(#{1,6}) (?=[^ ])/;
// Labels of ASCII letters, digits and hyphens only: for them micromark's identifier (normalizeIdentifier, then
// lower case) is the label in lower case.
const FOOTNOTE_DEFINITION = /^\[\^([A-Za-z0-9-]{1,999})\]: (?=[^ ])/;
const FOOTNOTE_CALL = /\[\^([A-Za-z0-9-]{1,999})\]/y;
/** A character reference (`&amp;`, `&#123;`), which micromark decodes. A bare `&` (R&D) is text. */
const CHARACTER_REFERENCE = /&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y;
/** micromark's codes for a line ending and for the edge of the text, as its attention tokenizer sees them. */
const LINE_ENDING_CODE = -4;
const ASTERISK = 42;

/** A block found by the first pass, whose inline content is parsed once every footnote label is known. */
type PendingBlock =
  | { kind: 'paragraph'; node: Paragraph; from: number; to: number }
  | { kind: 'heading'; node: Heading; from: number; to: number }
  | { kind: 'footnote'; node: FootnoteDefinition; paragraph: Paragraph; from: number; to: number };

/** A run of `*` in a line of text, and what remains of it after emphasis took its markers. */
interface AsteriskRun {
  start: number;
  end: number;
  open: boolean;
  close: boolean;
  remaining: number;
}

type InlineToken =
  | { at: number; end: number; kind: 'open'; type: 'emphasis' | 'strong' }
  | { at: number; end: number; kind: 'close' }
  | { at: number; end: number; kind: 'call'; label: string };

class PlainParser {
  private readonly lineStarts: number[];
  private readonly defined = new Set<string>();

  constructor(private readonly source: string) {
    this.lineStarts = lineStartsOf(source);
  }

  parse(): Root {
    const { source } = this;
    if (NEEDS_MICROMARK_ANYWHERE.test(source)) notPlain();
    const children: RootContent[] = [];
    let line = 0;
    if (source.startsWith('---\n')) line = this.frontmatter(children);
    if (NEEDS_MICROMARK_IN_TEXT.test(source.slice(this.lineStarts[line] ?? source.length))) notPlain();

    const pending: PendingBlock[] = [];
    let paragraph: PendingBlock | undefined;
    for (; line < this.lineStarts.length; line++) {
      const from = this.lineStarts[line]!;
      const to = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1]! - 1 : source.length;
      if (from === to) {
        paragraph = undefined;
        continue;
      }
      const text = source.slice(from, to);
      if (text.endsWith(' ')) notPlain();
      if (text[0] === '#') {
        const heading = HEADING.exec(text);
        // A closing sequence of #s (or a # that might be one) is micromark's to judge.
        if (!heading || text.endsWith('#')) notPlain();
        const depth = heading![1]!.length as Heading['depth'];
        const node: Heading = { type: 'heading', depth, children: [], position: this.position(from, to) };
        pending.push({ kind: 'heading', node, from: from + depth + 1, to });
        children.push(node);
        paragraph = undefined;
        continue;
      }
      const definition = text[0] === '[' ? FOOTNOTE_DEFINITION.exec(text) : null;
      if (definition) {
        // A definition must stand alone: after a paragraph's line, or with lines of its own, micromark decides.
        const next = this.lineStarts[line + 1];
        if (paragraph || (next !== undefined && next < source.length && source[next] !== '\n')) notPlain();
        const label = definition[1]!;
        const start = from + definition[0].length;
        // The definition's text is a block of its own: it could open a list or a heading.
        const content = text.slice(definition[0].length);
        if (content[0] === '#' || OTHER_BLOCK_START.test(content)) notPlain();
        const inner: Paragraph = { type: 'paragraph', children: [], position: this.position(start, to) };
        const node: FootnoteDefinition = {
          type: 'footnoteDefinition',
          identifier: label.toLowerCase(),
          label,
          children: [inner],
          position: this.position(from, to),
        };
        this.defined.add(label.toLowerCase());
        pending.push({ kind: 'footnote', node, paragraph: inner, from: start, to });
        children.push(node);
        continue;
      }
      if (OTHER_BLOCK_START.test(text)) notPlain();
      if (paragraph) {
        paragraph.to = to;
        paragraph.node.position!.end = this.point(to);
      } else {
        const node: Paragraph = { type: 'paragraph', children: [], position: this.position(from, to) };
        paragraph = { kind: 'paragraph', node, from, to };
        pending.push(paragraph);
        children.push(node);
      }
    }

    for (const block of pending) {
      const inline = this.inline(block.from, block.to);
      if (block.kind === 'footnote') block.paragraph.children = inline;
      else block.node.children = inline;
    }
    return { type: 'root', children, position: this.position(0, source.length) };
  }

  /** Reads `---` … `---` at the start of the file into a yaml node; returns the line after it. */
  private frontmatter(children: RootContent[]): number {
    const { source, lineStarts } = this;
    for (let line = 1; line < lineStarts.length; line++) {
      const from = lineStarts[line]!;
      if (!source.startsWith('---', from)) continue;
      const to = line + 1 < lineStarts.length ? lineStarts[line + 1]! - 1 : source.length;
      // A closing fence with trailing spaces, or a longer one, is micromark's to judge.
      if (to !== from + 3) notPlain();
      children.push({
        type: 'yaml',
        value: source.slice(4, from - 1),
        position: this.position(0, to),
      });
      return line + 1;
    }
    return notPlain();
  }

  /** Parses the text between two offsets (lines joined by `\n`) into phrasing content. */
  private inline(from: number, to: number): PhrasingContent[] {
    const { source } = this;
    const runs: AsteriskRun[] = [];
    const calls: InlineToken[] = [];
    let openBrackets = 0;
    for (let i = from; i < to; i++) {
      const code = source.charCodeAt(i);
      if (code === ASTERISK) {
        let end = i + 1;
        while (end < to && source.charCodeAt(end) === ASTERISK) end++;
        runs.push(this.asteriskRun(i, end, from, to));
        i = end - 1;
      } else if (code === 91 /* [ */) {
        FOOTNOTE_CALL.lastIndex = i;
        const call = FOOTNOTE_CALL.exec(source);
        if (call && call.index === i && call.index + call[0].length <= to) {
          const label = call[1]!;
          const after = source[i + call[0].length];
          // A call inside brackets, or one that reads on as a link, is micromark's to judge.
          if (openBrackets || !this.defined.has(label.toLowerCase()) || after === '(' || after === '[') notPlain();
          calls.push({ at: i, end: i + call[0].length, kind: 'call', label });
          i += call[0].length - 1;
        } else {
          // With no link definitions in the file, a bracket that is not a footnote call is text ("[…]", "[2012]").
          if (openBrackets || source[i + 1] === '^') notPlain();
          openBrackets++;
        }
      } else if (code === 93 /* ] */) {
        const after = source[i + 1];
        if (after === '(' || after === '[' || after === ':') notPlain();
        if (openBrackets) openBrackets--;
      } else if (code === 33 /* ! */) {
        if (source[i + 1] === '[') notPlain();
      } else if (code === 38 /* & */) {
        CHARACTER_REFERENCE.lastIndex = i;
        if (CHARACTER_REFERENCE.test(source)) notPlain();
      }
    }

    const tokens = [...this.pairEmphasis(runs), ...calls].sort((a, b) => a.at - b.at);
    const root: PhrasingContent[] = [];
    const stack: { children: PhrasingContent[]; node?: Emphasis | Strong }[] = [{ children: root }];
    let cursor = from;
    const text = (until: number) => {
      if (until > cursor) {
        stack.at(-1)!.children.push({
          type: 'text',
          value: source.slice(cursor, until),
          position: this.position(cursor, until),
        });
      }
    };
    for (const token of tokens) {
      text(token.at);
      if (token.kind === 'open') {
        // The end is set at the closer (micromark's tree has the same keys in the same order).
        const node: Emphasis | Strong = { type: token.type, children: [], position: this.position(token.at, token.at) };
        stack.at(-1)!.children.push(node);
        stack.push({ children: node.children, node });
      } else if (token.kind === 'close') {
        stack.pop()!.node!.position!.end = this.point(token.end);
      } else {
        stack.at(-1)!.children.push({
          type: 'footnoteReference',
          identifier: token.label.toLowerCase(),
          label: token.label,
          position: this.position(token.at, token.end),
        });
      }
      cursor = token.end;
    }
    text(to);
    return root;
  }

  /**
   * Classifies a run of `*` as remark-cjk-friendly's attention tokenizer does: may it open, may it close? Its
   * formula without three of its terms, which cannot be true here: a `*` or `_` beside the run (runs are whole,
   * and `_` is refused) and an attention marker other than those two (no extension registers one).
   */
  private asteriskRun(start: number, end: number, from: number, to: number): AsteriskRun {
    const { source } = this;
    const codeAt = (i: number) =>
      i < from || i >= to ? null : source[i] === '\n' ? LINE_ENDING_CODE : source.charCodeAt(i);
    const previous = codeAt(start - 1);
    const next = codeAt(end);
    // Surrogate pairs and variation selectors beside a run are read by looking further: micromark's job.
    if (previous !== null && previous >= 0xdc00 && previous <= 0xdfff) notPlain();
    if (next !== null && next >= 0xd800 && next <= 0xdbff) notPlain();
    const before = classifyCharacter(previous);
    if (isNonEmojiGeneralUseVS(before)) notPlain();
    const after = classifyCharacter(next);
    const beforeNonCjkPunctuation = isNonCjkPunctuation(before);
    const beforeSpaceOrNonCjkPunctuation = beforeNonCjkPunctuation || isUnicodeWhitespace(before);
    const afterNonCjkPunctuation = isNonCjkPunctuation(after);
    const afterSpaceOrNonCjkPunctuation = afterNonCjkPunctuation || isUnicodeWhitespace(after);
    const open =
      !afterSpaceOrNonCjkPunctuation ||
      (afterNonCjkPunctuation && (beforeSpaceOrNonCjkPunctuation || isCjkOrIvs(before)));
    const close =
      !beforeSpaceOrNonCjkPunctuation || (beforeNonCjkPunctuation && (afterSpaceOrNonCjkPunctuation || isCjk(after)));
    return { start, end, open, close, remaining: end - start };
  }

  /**
   * Pairs the runs as micromark's attention resolver does, for the cases where that is simple: each closer takes
   * the nearest opener, of its own length (one or two), with nothing unpaired between them.
   */
  private pairEmphasis(runs: AsteriskRun[]): InlineToken[] {
    const tokens: InlineToken[] = [];
    for (let i = 0; i < runs.length; i++) {
      const closer = runs[i]!;
      if (!closer.close || !closer.remaining) continue;
      for (let j = i - 1; j >= 0; j--) {
        const opener = runs[j]!;
        if (!opener.remaining || !opener.open) continue;
        // CommonMark's rule of three, as micromark writes it.
        if ((opener.close || closer.open) && closer.remaining % 3 && !((opener.remaining + closer.remaining) % 3)) {
          continue;
        }
        if (opener.remaining !== closer.remaining || opener.remaining > 2) notPlain();
        for (let k = j + 1; k < i; k++) if (runs[k]!.remaining) notPlain();
        const type = opener.remaining === 2 ? 'strong' : 'emphasis';
        tokens.push({ at: opener.start, end: opener.end, kind: 'open', type });
        tokens.push({ at: closer.start, end: closer.end, kind: 'close' });
        opener.remaining = closer.remaining = 0;
        break;
      }
    }
    return tokens;
  }

  private point(offset: number): Point {
    const line = lineIndex(this.lineStarts, offset);
    return { line: line + 1, column: offset - this.lineStarts[line]! + 1, offset };
  }

  private position(from: number, to: number): Position {
    return { start: this.point(from), end: this.point(to) };
  }
}
