import type { Diagnostic } from '../diagnostics';
import type { RuleContext } from './types';

/** Chinese characters left in an English paragraph, other than inside a quoted term ("放管服"). */
export function checkChineseInEnglish({ parts }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      const unquoted = block.en.text.replace(/"[^"]*"|“[^”]*”/g, '');
      const found = unquoted.match(/\p{Script=Han}+/u);
      if (!found) continue;
      diagnostics.push({
        file: part.files.en, line: block.en.line, column: 1, severity: 'error', ruleId: 'chinese-in-english',
        message: `Block "${block.id}" has Chinese text in the English: "${found[0]}"`,
        hint: 'Translate it; a Chinese term quoted on purpose goes inside double quotes.',
      });
    }
  }
  return diagnostics;
}
