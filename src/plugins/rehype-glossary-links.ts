import type { ElementContent, Properties, Root, Text } from 'hast';
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
  language: 'zh' | 'en';
}

/** Elements whose text is never linked: existing links, headings (they are link targets), code, non-prose. */
const SKIP = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'kbd', 'samp']);
const WORD = /[\p{L}\p{N}]/u;

/**
 * Links every occurrence of a glossary term in the text to its entry, longest spelling first, left to right,
 * so a term is never linked inside another term, a link, a heading or code. Each link carries `data-term` with the id.
 */
export default function rehypeGlossaryLinks(options: RehypeGlossaryLinksOptions) {
  const fold = options.language === 'en' ? (s: string) => s.toLowerCase() : (s: string) => s;
  // Spellings grouped by first UTF-16 unit, longest first: the first that fits at a position wins. (A number
  // key: the text is walked unit by unit, and a string per CJK character would be an allocation each.)
  const byFirst = new Map<number, { form: string; id: string }[]>();
  for (const term of options.terms) {
    for (const form of term.forms) {
      const key = fold(form).charCodeAt(0);
      byFirst.set(key, [...(byFirst.get(key) ?? []), { form: fold(form), id: term.id }]);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.form.length - a.form.length);

  const matchAt = (folded: string, original: string, i: number) => {
    // Most characters start no spelling: look that up before the (slower) word-boundary test.
    const candidates = byFirst.get(folded.charCodeAt(i));
    if (!candidates) return undefined;
    if (options.language === 'en' && i > 0 && WORD.test(original[i - 1]!) && WORD.test(original[i]!)) return undefined;
    for (const candidate of candidates) {
      if (!folded.startsWith(candidate.form, i)) continue;
      const end = i + candidate.form.length;
      if (
        options.language === 'en' &&
        end < original.length &&
        WORD.test(original[end - 1]!) &&
        WORD.test(original[end]!)
      )
        continue;
      return { ...candidate, end };
    }
    return undefined;
  };

  const link = (text: Text): ElementContent[] => {
    const value = text.value;
    const folded = fold(value);
    const out: ElementContent[] = [];
    let last = 0;
    for (let i = 0; i < value.length; ) {
      const match = matchAt(folded, value, i);
      if (!match) {
        i++;
        continue;
      }
      if (i > last) out.push({ type: 'text', value: value.slice(last, i) });
      const properties: Properties = { href: options.href(match.id), className: ['term'], dataTerm: match.id };
      out.push({
        type: 'element',
        tagName: 'a',
        properties,
        children: [{ type: 'text', value: value.slice(i, match.end) }],
      });
      i = last = match.end;
    }
    if (last === 0) return [text];
    if (last < value.length) out.push({ type: 'text', value: value.slice(last) });
    return out;
  };

  return (tree: Root) => replaceText(tree, link, (element) => !SKIP.has(element.tagName));
}
