import type { Diagnostic } from '../diagnostics';
import { quote, segmentDiagnostic, segmentPairs } from './segment-pairs';
import type { RuleContext } from './types';

/**
 * English sentences left untranslated: Chinese characters in the English (other than inside a quoted term,
 * "放管服"), and an English sentence identical to its Chinese.
 */
export function checkChineseInEnglish({ parts }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const pair of segmentPairs(parts)) {
    const { text } = pair.en;
    const found = [...text.matchAll(/"[^"]*"|“[^”]*”|(\p{Script=Han}+)/gu)].find((m) => m[1]);
    if (found) {
      diagnostics.push(
        segmentDiagnostic(pair, 'en', found.index, {
          severity: 'error',
          ruleId: 'chinese-in-english',
          message: `Chinese text in the English: "${found[1]}"`,
          hint: 'Translate it; a Chinese term quoted on purpose goes inside double quotes.',
        }),
      );
    }
    if (text.trim() === pair.zh.text.trim() && /[\p{L}]/u.test(text)) {
      diagnostics.push(
        segmentDiagnostic(pair, 'en', 0, {
          severity: 'error',
          ruleId: 'untranslated',
          message: `the English is the Chinese, untranslated: "${quote(text)}"`,
          hint: 'Translate the sentence; mark the paragraph status=draft while it is unfinished.',
        }),
      );
    }
  }
  return diagnostics;
}
