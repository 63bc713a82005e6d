import type { Diagnostic } from '../diagnostics';
import { escapeRegExp } from '../../shared/regexp';
import { wordingPattern, type TermRendering } from '../english-lists';
import { segmentDiagnostic, segmentPairs } from './segment-pairs';
import type { RuleContext } from './types';

interface Matcher {
  term: TermRendering;
  zh: RegExp;
  en: RegExp;
  avoid: RegExp[];
}

/** What the rule finds wrong with one pair of texts: where in the English, and what. */
interface Finding {
  index: number;
  message: string;
  term: TermRendering;
}

/**
 * One rendering per term (`content/english/terms.yaml`): where a Chinese text has a listed term, its English
 * has the term's rendering as many times and none of the wordings the list avoids. Checked in every sentence
 * pair of the report and in the glossary's headwords and editorial definitions, the glossary's bilingual texts.
 * A term inside a longer listed term belongs to the longer one (试验区 in 赣粤产业合作试验区), so a named zone
 * keeps its capitals and a zone named by its kind its lower case.
 */
export function checkTermRenderings({ parts, glossary, english }: RuleContext): Diagnostic[] {
  const terms = english?.terms ?? [];
  if (!terms.length) return [];
  const matchers: Matcher[] = terms.map((term) => ({
    term,
    zh: chinesePattern(term.zh),
    en: wordingPattern(term.en),
    avoid: (term.avoid ?? []).map((wording) => wordingPattern(wording, { anyCase: true })),
  }));
  const diagnostics: Diagnostic[] = [];
  const fields = (term: TermRendering) => ({
    severity: 'error' as const,
    ruleId: 'term-rendering',
    hint: `${term.file}:${term.line} gives ${term.zh} one rendering, "${term.en}" (docs/translation-guide.md). If a text needs another wording, change the list and the guide together.`,
  });

  for (const pair of segmentPairs(parts)) {
    for (const { index, message, term } of findings(pair.zh.text, pair.en.text, matchers))
      diagnostics.push(segmentDiagnostic(pair, 'en', index, { ...fields(term), message }));
  }
  for (const entry of glossary) {
    const texts: [string, string, string][] = [['en', entry.zh, entry.en]];
    if (entry.source === 'editorial') texts.push(['definition', entry.definition.zh, entry.definition.en]);
    for (const [key, zh, en] of texts) {
      for (const { message, term } of findings(zh, en, matchers)) {
        diagnostics.push({
          file: entry.file,
          line: entry.lines[key] ?? 1,
          column: 1,
          ...fields(term),
          message: `Glossary ${key === 'en' ? 'headword' : 'definition'}: ${message}`,
        });
      }
    }
  }
  return diagnostics;
}

function findings(zh: string, en: string, matchers: Matcher[]): Finding[] {
  const found: Finding[] = [];
  for (const [matcher, count] of termsIn(zh, matchers)) {
    const { term } = matcher;
    const avoided = matcher.avoid.flatMap((pattern) => [...en.matchAll(pattern)]);
    for (const wording of avoided) {
      found.push({
        index: wording.index,
        message: `${term.zh} is rendered "${wording[0]}", a wording the list avoids: write "${term.en}"`,
        term,
      });
    }
    const rendered = [...en.matchAll(matcher.en)].length;
    if (!avoided.length && rendered < count) {
      found.push({
        index: 0,
        message: `${term.zh} is in the Chinese ${times(count)} but "${term.en}" is in the English ${rendered ? `only ${times(rendered)}` : 'nowhere'}`,
        term,
      });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** How often each listed term occurs in a Chinese text; an occurrence inside a longer one belongs to that one. */
function termsIn(zh: string, matchers: Matcher[]): Map<Matcher, number> {
  const occurrences = matchers
    .flatMap((matcher) =>
      [...zh.matchAll(matcher.zh)].map((m) => ({ matcher, start: m.index, end: m.index + m[0].length })),
    )
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: { start: number; end: number }[] = [];
  const counts = new Map<Matcher, number>();
  for (const occurrence of occurrences) {
    if (taken.some(({ start, end }) => occurrence.start < end && occurrence.end > start)) continue;
    taken.push(occurrence);
    counts.set(occurrence.matcher, (counts.get(occurrence.matcher) ?? 0) + 1);
  }
  // In the list's order, so that messages come in the same order on every run.
  return new Map(matchers.filter((m) => counts.has(m)).map((m) => [m, counts.get(m)!]));
}

/** A Chinese term as a pattern: "…" stands for any words within one clause (做好…工作). */
function chinesePattern(term: string): RegExp {
  return new RegExp(term.split('…').map(escapeRegExp).join('[^，。；：！？]*?'), 'g');
}

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
