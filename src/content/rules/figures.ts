import type { Diagnostic } from '../diagnostics';
import { showFigure } from '../../language/figures/read-figures';
import { paragraphFigures } from './paragraph-figures';
import type { RuleContext } from './types';

/** Every figure of a Chinese paragraph must appear in its English paragraph with the same value, as often. */
export function checkFigures({ parts }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const part of parts) {
    for (const block of part.blocks) {
      const { english, missing } = paragraphFigures(block);
      for (const figure of missing) {
        diagnostics.push({
          file: part.files.en,
          line: block.en.line,
          column: 1,
          severity: 'error',
          message:
            `Block "${block.id}": the Chinese has ${figure.source} (${showFigure(figure)}) but the English has no ${showFigure(figure)}` +
            (english.length ? `; its figures are ${english.map((f) => f.source).join(', ')}` : ''),
          ruleId: 'figures',
          hint: '万 = 10,000, 亿 = 100 million, 万亿 = trillion: 13.6万 → 136,000; 52亿 → 5.2 billion; 1万亿 → 1 trillion.',
        });
      }
    }
  }
  return diagnostics;
}
