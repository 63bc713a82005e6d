import type { Diagnostic } from '../diagnostics';
import {
  chineseFigures,
  comparableFigures,
  englishFigures,
  sameFigure,
  showFigure,
  type Figure,
} from '../../language/figures/read-figures';
import { missingFigures, paragraphFigures } from './paragraph-figures';
import { segmentDiagnostic, segmentPairs } from './segment-pairs';
import type { RuleContext } from './types';

/**
 * Glossary terms and figures, sentence by sentence: a term or figure of a Chinese sentence that its English
 * sentence lacks. Paragraphs that lack one altogether are reported by the paragraph rules (terminology, figures);
 * these catch the rendering that went into the wrong sentence, or was left out of one while it is in another.
 */
export function checkSentenceTermsAndFigures({ parts, glossary }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const entries = new Map(glossary.map((entry) => [entry.id, entry]));
  // The paragraph's own missing figures, once per paragraph (its sentences come one after another).
  let inParagraph: Figure[] = [];
  for (const pair of segmentPairs(parts)) {
    const { block } = pair;
    const i = pair.number - 1;
    if (pair.number === 1) inParagraph = paragraphFigures(block).missing;
    for (const figure of missingFigures(
      comparableFigures(chineseFigures(pair.zh.text)),
      englishFigures(pair.en.text),
    )) {
      if (inParagraph.some((f) => sameFigure(f, figure))) continue;
      diagnostics.push(
        segmentDiagnostic(pair, 'en', 0, {
          severity: 'error',
          ruleId: 'segment-figures',
          message: `the Chinese sentence has ${figure.source} (${showFigure(figure)}) but its English sentence does not: the paragraph has it in another sentence`,
          hint: 'Keep each figure in the sentence that renders its Chinese sentence, or pair the sentences with {+} / {/} (CONTRIBUTING.md, "Sentence alignment").',
        }),
      );
    }
    const englishTerms = new Set(block.en.segmentTerms[i]);
    for (const id of new Set(block.zh.segmentTerms[i])) {
      // Terms missing from the whole English paragraph are the terminology rule's.
      if (englishTerms.has(id) || !block.en.terms.includes(id)) continue;
      const entry = entries.get(id);
      diagnostics.push(
        segmentDiagnostic(pair, 'en', 0, {
          severity: 'warning',
          ruleId: 'segment-terminology',
          message: `"${entry?.zh ?? id}" is in the Chinese sentence but its rendering (${entry?.spellings.en.join(' | ') ?? id}) is in another English sentence`,
          hint: 'Render the term in the sentence that translates it, or pair the sentences with {+} / {/}.',
        }),
      );
    }
  }
  return diagnostics;
}
