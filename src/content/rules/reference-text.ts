import type { Diagnostic } from '../diagnostics';
import { REPORT } from '../report-identity';
import type { RuleContext } from './types';
const strip = (text: string) => text.replace(/\s+/g, '');

/**
 * The Chinese of all report files, in reading order, must be the reference source character for character
 * (whitespace aside). Reports the first difference, with the block it falls in.
 */
export function checkReferenceText({ parts, reference }: RuleContext): Diagnostic[] {
  if (!reference) {
    return [
      {
        file: 'content/reference/report.zh.txt',
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'reference-missing',
        message: 'The reference Chinese source is missing',
        hint: 'Restore content/reference/report.zh.txt from git.',
      },
    ];
  }
  const expected = strip(reference.text).replace(new RegExp(`^${REPORT.title.zh}`), '');
  let offset = 0;
  for (const part of parts) {
    for (const block of part.blocks) {
      const text = strip(block.zh.text);
      const wanted = expected.slice(offset, offset + text.length);
      if (text !== wanted) {
        let i = 0;
        while (i < text.length && text[i] === wanted[i]) i++;
        return [
          {
            file: part.files.zh,
            line: block.zh.line,
            column: 1,
            severity: 'error',
            ruleId: 'reference-text',
            message:
              `Block "${block.id}" differs from the reference at character ${i + 1}: the reference has ` +
              `"${expected.slice(offset + Math.max(0, i - 8), offset + i + 8)}", the file has "${text.slice(Math.max(0, i - 8), i + 8)}"`,
            hint: `The Chinese is never edited: restore the text from ${reference.file}.`,
          },
        ];
      }
      offset += text.length;
    }
  }
  if (offset < expected.length) {
    const last = parts.at(-1);
    return [
      {
        file: last?.files.zh ?? reference.file,
        line: last?.blocks.at(-1)?.zh.line ?? 1,
        column: 1,
        severity: 'error',
        ruleId: 'reference-text',
        message: `The report files end before the reference does; missing: "${expected.slice(offset, offset + 16)}…"`,
        hint: `Every paragraph of ${reference.file} must be in a content file.`,
      },
    ];
  }
  return [];
}
