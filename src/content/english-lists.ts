import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import { escapeRegExp } from '../shared/regexp';
import { parseContentYaml } from './content-yaml';
import type { Diagnostic } from './diagnostics';
import type { ContentText } from './read-content-file';

/** The reviewed English renderings of terms, relative to the content folder. */
export const TERM_RENDERINGS = 'english/terms.yaml';
/** The spelling variants the English replaces, relative to the content folder. */
export const SPELLINGS = 'english/spellings.yaml';

const nonEmpty = z.string().trim().min(1);

const termSchema = z
  .object({
    /** The Chinese term; "…" stands for any words within one clause (做好…工作). */
    zh: nonEmpty,
    /** Its one English rendering. */
    en: nonEmpty,
    /** Wordings the English must not use for the term. */
    avoid: z.array(nonEmpty).optional(),
  })
  .strict();

/** One term and the one English it takes, with the line it is written on. */
export interface TermRendering extends z.output<typeof termSchema> {
  file: string;
  line: number;
}

/** A spelling the English does not use, the form it uses instead, and the line the pair is written on. */
export interface SpellingVariant {
  variant: string;
  preferred: string;
  file: string;
  line: number;
}

export interface EnglishLists {
  /** Undefined when the file is missing or cannot be read: the rule that needs it does not run. */
  terms?: TermRendering[];
  spellings?: SpellingVariant[];
  diagnostics: Diagnostic[];
}

/**
 * Reads the two lists of the English conventions a check can hold (`content/english/`): the one rendering of a
 * term, and the spelling variants. A missing file means no list, as a content root without figure reviews has
 * none; a file that cannot be read is an error at its line.
 */
export function readEnglishLists(
  messagesRoot: string,
  read: (relative: string) => ContentText | undefined,
): EnglishLists {
  const diagnostics: Diagnostic[] = [];
  const load = <T>(
    relative: string,
    hint: string,
    parse: (yaml: ParsedList) => { data: T } | { problems: Problem[] },
  ): T | undefined => {
    const file = `${messagesRoot}/${relative}`;
    const text = read(relative)?.text;
    if (text === undefined) return undefined;
    const yaml = parseContentYaml(text);
    const result = yaml.problems.length ? { problems: yaml.problems } : parse({ ...yaml, file });
    if ('data' in result) return result.data;
    for (const { line, column = 1, message, ruleId = 'english-list', hint: own } of result.problems)
      diagnostics.push({ file, line, column, severity: 'error', ruleId, message, hint: own ?? hint });
    return undefined;
  };

  const terms = load(
    TERM_RENDERINGS,
    'Write a list of entries, each with zh (the Chinese term), en (its one English rendering) and optionally avoid (a list of wordings not to use).',
    ({ value, document, lineCounter, file }) => {
      const parsed = z.array(termSchema).safeParse(value ?? []);
      const lines = itemLines(document, lineCounter);
      if (!parsed.success)
        return {
          problems: parsed.error.issues.map(({ path: [index, key], message }) => ({
            line: typeof index === 'number' ? (lines[index] ?? 1) : 1,
            message: `Term ${typeof index === 'number' ? index + 1 : 'list'}${key ? ` "${String(key)}"` : ''}: ${message}`,
          })),
        };
      return { data: parsed.data.map((term, i) => ({ ...term, file, line: lines[i] ?? 1 })) };
    },
  );

  const spellings = load(
    SPELLINGS,
    'Write one line per variant: the spelling the English does not use, a colon, and the form it uses (kilometres: kilometers).',
    ({ value, keyLines, file }) => {
      const parsed = z.record(nonEmpty, nonEmpty).safeParse(value ?? {});
      if (!parsed.success)
        return {
          problems: parsed.error.issues.map(({ path: [key], message }) => ({
            line: keyLines[String(key)] ?? 1,
            message: `Spelling${key === undefined ? 's' : ` "${String(key)}"`}: ${message}`,
          })),
        };
      return {
        data: Object.entries(parsed.data).map(([variant, preferred]) => ({
          variant,
          preferred,
          file,
          line: keyLines[variant] ?? 1,
        })),
      };
    },
  );
  return { terms, spellings, diagnostics };
}

type ParsedList = ReturnType<typeof parseContentYaml> & { file: string };
interface Problem {
  line: number;
  column?: number;
  message: string;
  ruleId?: string;
  hint?: string;
}

/** The line each item of a top-level list starts on. */
function itemLines(document: Document, counter: LineCounter): number[] {
  if (!isSeq(document.contents)) return [];
  return document.contents.items.map((item) => {
    const node = isMap(item) ? item.items[0]?.key : item;
    const offset = (isScalar(node) || isMap(node) ? node.range?.[0] : undefined) ?? 0;
    return counter.linePos(offset).line;
  });
}

/**
 * A wording, or any of several, as a pattern over English text: it starts a word and ends one, a plural -s or
 * -es allowed unless `plural` is false. Its first letter matches either case, since a sentence may start with it;
 * the rest as written unless `anyCase`. Of several wordings, the longest that fits is matched.
 */
export function wordingPattern(wordings: string | readonly string[], { anyCase = false, plural = true } = {}): RegExp {
  const alternatives = (
    typeof wordings === 'string' ? [wordings] : [...wordings].sort((a, b) => b.length - a.length)
  ).map((wording) => {
    const [first = '', ...rest] = [...wording];
    const head =
      first.toLowerCase() === first.toUpperCase()
        ? escapeRegExp(first)
        : `[${first.toLowerCase()}${first.toUpperCase()}]`;
    return `${head}${escapeRegExp(rest.join(''))}`;
  });
  const plurals = plural ? '(?:e?s)?' : '';
  return new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})${plurals}(?![\\p{L}\\p{N}])`,
    anyCase ? 'giu' : 'gu',
  );
}
