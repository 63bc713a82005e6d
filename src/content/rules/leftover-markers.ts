import type { Diagnostic } from '../diagnostics';
import type { RuleContext } from './types';

const MARKER = /\bTODO\b|\bTK\b|\?\?\?|？？？/;

/** Notes of unfinished work (TODO, TK, ???) left in the text of either language or in a glossary definition. */
export function checkLeftoverMarkers({ parts, glossary }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const report = (file: string, line: number, where: string, text: string) => {
    const found = MARKER.exec(text);
    if (!found) return;
    diagnostics.push({
      file,
      line,
      column: 1,
      severity: 'error',
      ruleId: 'leftover-marker',
      message: `${where} still contains "${found[0]}"`,
      hint: 'Finish the text and remove the marker; mark an unfinished translation with status=draft instead.',
    });
  };
  for (const part of parts) {
    for (const block of part.blocks) {
      report(part.files.zh, block.zh.line, `Block "${block.id}"`, block.zh.text);
      report(part.files.en, block.en.line, `Block "${block.id}"`, block.en.text);
    }
  }
  for (const entry of glossary) {
    report(
      entry.file,
      1,
      `Glossary entry "${entry.id}"`,
      `${entry.zh} ${entry.en} ${entry.definition.zh} ${entry.definition.en}`,
    );
  }
  return diagnostics;
}
