import type { Language } from '../../shared/languages';
import type { Diagnostic } from '../diagnostics';
import type { AlignedBlock, ReportPart, SegmentSource } from '../report-schema';
import { shorten } from '../../shared/shorten';

/** One side of a sentence pair: its text as a reader sees it, and where it is written. */
export interface SegmentSide {
  file: string;
  /** The visible text of the segment's Markdown (its text pieces), which `at` counts in. */
  text: string;
  source: SegmentSource;
}

/** A Chinese sentence and its English, with the block and part they belong to. */
export interface SegmentPair {
  part: ReportPart;
  block: AlignedBlock;
  /** 1-based, as in sentence links (`#id.n`). */
  number: number;
  zh: SegmentSide;
  en: SegmentSide;
}

/** Every sentence pair of the report, in reading order (blocks whose segments could not be located are skipped). */
export function* segmentPairs(parts: ReportPart[]): Generator<SegmentPair> {
  for (const part of parts) {
    for (const block of part.blocks) {
      const zh = block.zh.source?.segments;
      const en = block.en.source?.segments;
      if (!zh || !en || zh.length !== en.length) continue;
      for (let i = 0; i < zh.length; i++) {
        yield {
          part,
          block,
          number: i + 1,
          zh: { file: part.files.zh, text: visibleText(zh[i]!), source: zh[i]! },
          en: { file: part.files.en, text: visibleText(en[i]!), source: en[i]! },
        };
      }
    }
  }
}

// Several rules walk the pairs: each segment's text is joined once per check, not once per rule.
const visibleTexts = new WeakMap<SegmentSource, string>();
function visibleText(segment: SegmentSource): string {
  let text = visibleTexts.get(segment);
  if (text === undefined) {
    text = segment.pieces.map((piece) => ('text' in piece ? piece.text : '')).join('');
    visibleTexts.set(segment, text);
  }
  return text;
}

/** Line and column of the character at `index` of a segment's visible text (its end, past the last one). */
export function placeOf(segment: SegmentSource, index: number): { line: number; column: number } {
  let line = segment.line;
  let column = segment.column;
  let seen = 0;
  for (const piece of segment.pieces) {
    const written = 'text' in piece ? piece.text : piece.code;
    for (const char of written) {
      if ('text' in piece && seen++ === index) return { line, column };
      if (char === '\n') {
        line++;
        column = 1;
      } else column++;
    }
  }
  return { line, column };
}

/** A diagnostic at a character of one side of a pair, its message naming the block and the sentence. */
export function segmentDiagnostic(
  pair: SegmentPair,
  side: Language,
  index: number,
  fields: Pick<Diagnostic, 'severity' | 'ruleId' | 'hint'> & { message: string },
): Diagnostic {
  const { line, column } = placeOf(pair[side].source, index);
  return {
    file: pair[side].file,
    line,
    column,
    ...fields,
    message: `Block "${pair.block.id}", sentence ${pair.number}: ${fields.message}`,
  };
}

/** A sentence cut to a length that fits in a message. */
export const quote = (text: string, length = 50) => shorten(text, length);
