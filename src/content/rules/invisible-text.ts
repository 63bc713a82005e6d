import { codePointName } from '../../shared/code-point';
import { LANGUAGES } from '../../shared/languages';
import { hasVisibleCharacter } from '../../shared/visible-text';
import type { Diagnostic } from '../diagnostics';
import { decodedControl } from '../read-content-file';
import { segmentDiagnostic, segmentPairs } from './segment-pairs';
import type { RuleContext } from './types';

export const INVISIBLE_HINT =
  'Write the text, or delete it; characters such as U+200B ZERO WIDTH SPACE, U+2060 WORD JOINER and U+00AD SOFT HYPHEN show as nothing.';

/** What an invisible text is made of, for a message: `only U+200B U+2060`. */
export function madeOf(text: string): string {
  const chars = [...text.trim()];
  if (!chars.length) return 'only white space';
  const shown = chars.slice(0, 6).map((char) => codePointName(char.codePointAt(0)!));
  return `only ${shown.join(' ')}${chars.length > 6 ? ' …' : ''}`;
}

/**
 * A paragraph, heading, sentence or translator's note with no character a reader can see (only zero-width spaces,
 * joiners, soft hyphens …): it passes every rule that reads text, and vanishes from the page. And one whose text,
 * once its character references are decoded, holds a control or direction character.
 */
export function checkInvisibleText({ parts }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  // A block that shows nothing is reported once, not for each of its sentences too.
  const invisibleBlocks = new Set<object>();
  // A paragraph, heading or note: a control character its references decoded to, and text with nothing to see.
  const checkText = (file: string, line: number, name: string, text: string): boolean => {
    const error = (ruleId: string, message: string, hint: string) =>
      diagnostics.push({ file, line, column: 1, severity: 'error', ruleId, message, hint });
    // The file's bytes had none (they are checked before parsing): this one came from a character reference.
    const control = decodedControl(text);
    if (control) error('control-character', `${name}: ${control[0]}`, control[1]);
    if (hasVisibleCharacter(text)) return true;
    error('invisible-text', `${name} has no visible character: ${madeOf(text)}`, INVISIBLE_HINT);
    return false;
  };
  for (const part of parts) {
    for (const block of part.blocks)
      for (const language of LANGUAGES)
        if (!checkText(part.files[language], block[language].line, `Block "${block.id}"`, block[language].text))
          invisibleBlocks.add(block);
    for (const note of part.notes) checkText(part.files.en, note.line, `Note [^${note.label}]`, note.text);
  }
  for (const pair of segmentPairs(parts)) {
    if (invisibleBlocks.has(pair.block)) continue;
    for (const side of LANGUAGES) {
      if (hasVisibleCharacter(pair[side].text)) continue;
      diagnostics.push(
        segmentDiagnostic(pair, side, 0, {
          severity: 'error',
          ruleId: 'invisible-text',
          message: `the sentence has no visible character: ${madeOf(pair[side].text)}`,
          hint: INVISIBLE_HINT,
        }),
      );
    }
  }
  return diagnostics;
}
