import type { ElementContent, Properties, Root, Text } from 'hast';
import type { Language } from '../shared/languages';
import { escapeRegExp } from '../shared/regexp';
import { replaceText } from './lib/replace-text';

/** A glossary term as the plugin needs it: its id and every spelling to link. */
export interface GlossaryTerm {
  id: string;
  forms: readonly string[];
}

/** Options for {@link rehypeGlossaryLinks}. */
export interface RehypeGlossaryLinksOptions {
  terms: readonly GlossaryTerm[];
  /** URL of a term's full glossary entry: the link's target without JavaScript. */
  href: (id: string) => string;
  /** English matching: case-insensitive, and only on whole words. Chinese matches exact characters anywhere. */
  language: Language;
}

/** Elements whose text is never linked: existing links, headings (they are link targets), code, non-prose. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'kbd', 'samp']);
/** A letter or digit (a code point, so an astral letter such as 𠀀 counts) last in a string, and first. */
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;

/**
 * How English spellings compare (the glossary's check for a spelling two entries claim folds them the same way):
 * lower case that keeps every character where it was, so a match in the folded text is the same span of the
 * original. İ is the one character whose lower case is longer (i and a combining dot), so it folds to i.
 */
export const foldEnglish = (s: string) => s.replace(/\u0130/g, 'i').toLowerCase();

/**
 * Links every occurrence of a glossary term in the text to its entry, longest spelling first, left to right,
 * so a term is never linked inside another term, a link, a heading or code. Each link carries `data-term` with the id.
 */
export default function rehypeGlossaryLinks(options: RehypeGlossaryLinksOptions) {
  const english = options.language === 'en';
  const fold = english ? foldEnglish : (s: string) => s;
  // One regular expression of every spelling, longest first: at the leftmost position where one fits, the
  // longest wins (alternatives are tried in order). A spelling shared by two terms links the first.
  const spellings = options.terms
    .flatMap((term) => term.forms.map((form) => ({ form: fold(form), id: term.id })))
    .filter(({ form }) => form.length > 0)
    .sort((a, b) => b.form.length - a.form.length);
  const idOf = new Map<string, string>();
  for (const { form, id } of spellings) if (!idOf.has(form)) idOf.set(form, id);
  // An English spelling must end a word (the lookahead, so a shorter spelling is tried when it does not) and
  // start one (tested on each match: a lookbehind on every alternative is several times slower to search).
  const pattern = [...idOf.keys()]
    .map((form) => escapeRegExp(form) + (english && ENDS_IN_WORD.test(form) ? '(?![\\p{L}\\p{N}])' : ''))
    .join('|');
  const anySpelling = pattern ? new RegExp(pattern, english ? 'gu' : 'g') : undefined;
  const startsMidWord = (text: string, i: number) =>
    english && ENDS_IN_WORD.test(text.slice(Math.max(0, i - 2), i)) && STARTS_WITH_WORD.test(text.slice(i, i + 2));

  const link = (text: Text): ElementContent[] => {
    if (!anySpelling) return [text];
    const value = text.value;
    const folded = fold(value);
    const out: ElementContent[] = [];
    let last = 0;
    anySpelling.lastIndex = 0;
    for (let match; (match = anySpelling.exec(folded)); ) {
      const start = match.index;
      if (startsMidWord(folded, start)) {
        // On by one character, not one UTF-16 unit: a search that starts inside a surrogate pair starts at the
        // pair, and would find this match again.
        anySpelling.lastIndex = start + (folded.codePointAt(start)! > 0xffff ? 2 : 1);
        continue;
      }
      const end = start + match[0].length;
      const id = idOf.get(match[0])!;
      if (start > last) out.push({ type: 'text', value: value.slice(last, start) });
      const properties: Properties = { href: options.href(id), className: ['term'], dataTerm: id };
      out.push({
        type: 'element',
        tagName: 'a',
        properties,
        children: [{ type: 'text', value: value.slice(start, end) }],
      });
      last = end;
    }
    if (last === 0) return [text];
    if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
    return out;
  };

  return (tree: Root) => replaceText(tree, link, (element) => !SKIP.has(element.tagName));
}
