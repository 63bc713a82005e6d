import type { Diagnostic } from '../diagnostics';
import { segmentDiagnostic, segmentPairs, type SegmentPair } from './segment-pairs';
import type { RuleContext } from './types';
import { LANGUAGES } from '../../shared/languages';

const PAIRS: Record<string, string> = { '“': '”', '(': ')', '[': ']' };
const CLOSERS: Record<string, string> = { '”': '“', ')': '(', ']': '[' };
const PAIRED = /["“”()[\]]/g;

/**
 * Markup a reader would see broken: stars left by a `**` that does not close (both languages); and in the
 * English, unpaired quotation marks and brackets, double spaces, and a space before punctuation.
 */
export function checkMarkup({ parts }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // Quotation marks and brackets may open in one sentence and close in another: they pair up per block.
  let block: string | undefined;
  let open: { char: string; pair: SegmentPair; index: number }[] = [];
  const flush = () => {
    for (const { char, pair, index } of open) {
      diagnostics.push(
        segmentDiagnostic(pair, 'en', index, {
          severity: 'error',
          ruleId: 'markup-pairs',
          message: char === '"' ? 'a straight quotation mark (") that is never closed' : `"${char}" is never closed`,
          hint: `Close it with ${char === '"' ? '"' : `"${PAIRS[char]}"`} where the quotation or aside ends, or remove it.`,
        }),
      );
    }
    open = [];
  };

  for (const pair of segmentPairs(parts)) {
    if (pair.block.id !== block) {
      flush();
      block = pair.block.id;
    }
    for (const side of LANGUAGES) {
      const star = pair[side].text.indexOf('*');
      if (star !== -1) {
        diagnostics.push(
          segmentDiagnostic(pair, side, star, {
            severity: 'error',
            ruleId: 'markup-emphasis',
            message: 'a "*" shows as a star: bold (**…**) or italics (*…*) that does not close',
            hint: 'Write the closing stars right after the bold lead sentence: **Lead sentence.** Then the text.',
          }),
        );
      }
    }

    const { text } = pair.en;
    // Only these characters matter: find them, rather than test every character of the English.
    for (const { 0: char, index: i } of text.matchAll(PAIRED)) {
      if (char === '"') {
        // A straight quotation mark closes the one open before it, if any; otherwise it opens.
        const at = open.findLastIndex((o) => o.char === '"');
        if (at !== -1) open.splice(at, 1);
        else open.push({ char, pair, index: i });
      } else if (PAIRS[char]) open.push({ char, pair, index: i });
      else if (CLOSERS[char]) {
        const at = open.findLastIndex((o) => o.char === CLOSERS[char]);
        if (at === -1) {
          diagnostics.push(
            segmentDiagnostic(pair, 'en', i, {
              severity: 'error',
              ruleId: 'markup-pairs',
              message: `"${char}" closes nothing`,
              hint: `Open it with "${CLOSERS[char]}" where the quotation or aside begins, or remove it.`,
            }),
          );
        } else open.splice(at, 1);
      }
    }

    for (const match of text.matchAll(/ {2,}| +(?=[,.;:!?)\]])/g)) {
      const double = match[0].length > 1 && !/[,.;:!?)\]]/.test(text[match.index + match[0].length] ?? '');
      diagnostics.push(
        segmentDiagnostic(pair, 'en', match.index, {
          severity: 'error',
          ruleId: 'markup-spacing',
          message: double ? 'two spaces in a row' : `a space before "${text[match.index + match[0].length]}"`,
          hint: double
            ? 'Use one space between words and after a full stop.'
            : 'Punctuation follows the word directly.',
        }),
      );
    }
  }
  flush();
  return diagnostics;
}
