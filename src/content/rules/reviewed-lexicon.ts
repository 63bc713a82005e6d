import {
  glossApplies,
  phraseCutAsReviewed,
  REVIEWED_GLOSSES,
  REVIEWED_SEGMENTATION,
  segmentedAt,
} from '../../language/chinese/reviewed-lexicon';
import { segmentChinese } from '../../language/chinese/segment';
import type { Diagnostic } from '../diagnostics';
import type { RuleContext } from './types';

/**
 * Every reviewed phrase cuts the text somewhere, and every reviewed gloss stands where it says: a line whose phrase
 * or context no longer occurs (the text changed), or whose cut is overruled (a glossary term or a figure covers
 * the phrase, or the word is no longer a word of its context), is flagged at its line.
 */
export function checkReviewedLexicon({ root, parts, glossary, lexicon }: RuleContext): Diagnostic[] {
  if (!lexicon || (!lexicon.phrases.length && !lexicon.glosses.length)) return [];
  const keepWhole = glossary.flatMap((entry) => entry.spellings.zh);
  const stretches = [...lexicon.phrases.map((p) => p.text), ...lexicon.glosses.map((g) => g.context)];
  // Only the blocks a line speaks of are segmented: the others can neither use nor overrule it.
  const blocks = parts
    .flatMap((part) => part.blocks.map((block) => block.zh.text))
    .filter((text) => stretches.some((stretch) => text.includes(stretch)))
    .map((text) => ({ text, at: segmentedAt(segmentChinese(text, keepWhole, lexicon.phrases)) }));
  const diagnostics: Diagnostic[] = [];
  const flag = (file: string, line: number, ruleId: string, message: string, hint: string) =>
    diagnostics.push({ file: `${root}/${file}`, line, column: 1, severity: 'warning', ruleId, message, hint });

  for (const phrase of lexicon.phrases) {
    if (blocks.some(({ text, at }) => phraseCutAsReviewed(text, at, phrase))) continue;
    const occurs = blocks.some(({ text }) => text.includes(phrase.text));
    flag(
      REVIEWED_SEGMENTATION,
      phrase.line,
      'segmentation-unused',
      occurs
        ? `"${phrase.text}" is never cut as reviewed: wherever it occurs, a glossary term or a figure takes its characters first`
        : `"${phrase.text}" occurs nowhere in the Chinese of the report`,
      occurs
        ? 'Remove the line, or review a longer phrase that holds the term or figure whole.'
        : 'The text changed: remove the line, or write the phrase as the text now has it.',
    );
  }
  for (const gloss of lexicon.glosses) {
    if (blocks.some(({ text, at }) => glossApplies(text, at, gloss))) continue;
    const occurs = blocks.some(({ text }) => text.includes(gloss.context));
    flag(
      REVIEWED_GLOSSES,
      gloss.line,
      'gloss-context',
      occurs
        ? `"${gloss.word}" is not a word of "${gloss.context}" as the reading aids cut it, so its gloss is never shown`
        : `The context "${gloss.context}" of "${gloss.word}" occurs nowhere in the Chinese of the report`,
      occurs
        ? `See how the text is cut there; review the word in ${root}/${REVIEWED_SEGMENTATION}, or gloss the word the text has.`
        : 'The text changed: remove the line, or write the context as the text now has it.',
    );
  }
  return diagnostics;
}
