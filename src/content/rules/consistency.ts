import type { Language } from '../../shared/languages';
import type { Diagnostic } from '../diagnostics';
import { placeOf, quote, segmentDiagnostic, segmentPairs, type SegmentPair } from './segment-pairs';
import type { RuleContext } from './types';

/** A quoted slogan this long or longer (in characters) must be rendered the same way wherever it recurs. */
const SLOGAN_LENGTH = 4;

const where = (pair: SegmentPair, side: Language) => {
  const { line, column } = placeOf(pair[side].source, 0);
  return `${pair[side].file}:${line}:${column}`;
};

/**
 * Consistency across the report, as translation QA tools check it: the same Chinese sentence rendered two ways
 * (an error), a quoted slogan of four or more characters rendered two ways (an error), and one English sentence
 * standing for two different Chinese ones (a warning: sometimes right, worth a look).
 */
export function checkConsistency({ parts, glossary }: RuleContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const pairs = [...segmentPairs(parts)];

  const firstBySource = new Map<string, SegmentPair>();
  const firstByTarget = new Map<string, SegmentPair>();
  for (const pair of pairs) {
    const zh = pair.zh.text.trim();
    const en = pair.en.text.trim();
    const sameSource = firstBySource.get(zh);
    if (!sameSource) firstBySource.set(zh, pair);
    else if (sameSource.en.text.trim() !== en) {
      diagnostics.push(
        segmentDiagnostic(pair, 'en', 0, {
          severity: 'error',
          ruleId: 'inconsistent-translation',
          message: `the same Chinese sentence ("${quote(zh, 30)}") is rendered differently at ${where(sameSource, 'en')}: "${quote(sameSource.en.text.trim())}"`,
          hint: 'Render a repeated sentence the same way everywhere, or reword one of them on purpose in both places.',
        }),
      );
    }
    const sameTarget = firstByTarget.get(en);
    if (!sameTarget) firstByTarget.set(en, pair);
    else if (sameTarget.zh.text.trim() !== zh) {
      diagnostics.push(
        segmentDiagnostic(pair, 'en', 0, {
          severity: 'warning',
          ruleId: 'inconsistent-source',
          message: `this English ("${quote(en, 40)}") also renders a different Chinese sentence at ${where(sameTarget, 'zh')}`,
          hint: 'Two different Chinese sentences usually need two different renderings; check both.',
        }),
      );
    }
  }

  // Slogans: a quoted Chinese phrase that recurs must share an English quotation in every sentence it is in.
  // Glossary terms are left to the terminology rules.
  const terms = new Set(glossary.flatMap((entry) => entry.spellings.zh.map((s) => s.replace(/[“”]/g, ''))));
  const bySlogan = new Map<string, SegmentPair[]>();
  for (const pair of pairs) {
    for (const [, slogan] of pair.zh.text.matchAll(/“([^”]+)”/g)) {
      if ([...slogan!].length < SLOGAN_LENGTH || terms.has(slogan!)) continue;
      const list = bySlogan.get(slogan!) ?? [];
      if (!list.includes(pair)) list.push(pair);
      bySlogan.set(slogan!, list);
    }
  }
  const quotations = (pair: SegmentPair) =>
    [...pair.en.text.matchAll(/"([^"]+)"|“([^”]+)”/g)].map((m) => m[1] ?? m[2]!);
  for (const [slogan, list] of bySlogan) {
    const [first, ...others] = list;
    for (const pair of others) {
      const shared = quotations(pair).filter((q) => quotations(first!).includes(q));
      if (shared.length) continue;
      diagnostics.push(
        segmentDiagnostic(pair, 'en', 0, {
          severity: 'error',
          ruleId: 'inconsistent-translation',
          message: `the slogan “${slogan}” has no English quotation in common with ${where(first!, 'en')} (there: ${
            quotations(first!)
              .map((q) => `"${q}"`)
              .join(', ') || 'none'
          }; here: ${
            quotations(pair)
              .map((q) => `"${q}"`)
              .join(', ') || 'none'
          })`,
          hint: 'Quote a recurring slogan the same way each time it appears; if it is a term, give it a glossary entry.',
        }),
      );
    }
  }
  return diagnostics;
}
