import type { Yaml } from 'mdast';
import { parseContentYaml } from './content-yaml';
import { partFrontmatterSchema, type PartFrontmatter } from './frontmatter-schema';

type ReportError = (line: number, column: number, message: string, ruleId: string, hint?: string) => void;

/**
 * Reads and validates a report file's frontmatter, reporting every problem at its line; returns the line each
 * key is written on, for later messages about it.
 */
export function readFrontmatter(
  node: Yaml | undefined,
  error: ReportError,
): { frontmatter: PartFrontmatter | undefined; lines: Record<string, number> } {
  if (!node) {
    error(1, 1, 'The file has no frontmatter', 'frontmatter', 'Start the file with --- , part, title and --- lines.');
    return { frontmatter: undefined, lines: {} };
  }
  const firstLine = (node.position?.start.line ?? 1) + 1; // the YAML starts on the line after `---`
  const simple = readPlainPairs(node.value);
  if (simple) {
    const parsed = partFrontmatterSchema.safeParse(simple.values);
    if (parsed.success) {
      const lines = Object.fromEntries(Object.entries(simple.lines).map(([key, line]) => [key, firstLine + line - 1]));
      return { frontmatter: parsed.data, lines };
    }
    // A file the schema refuses is read again by the YAML parser below, which words its messages.
  }
  const yaml = parseContentYaml(node.value);
  for (const problem of yaml.problems) {
    error(firstLine + problem.line - 1, problem.column, `Frontmatter: ${problem.message}`, 'frontmatter', problem.hint);
  }
  if (yaml.problems.length) return { frontmatter: undefined, lines: {} };

  const lines = Object.fromEntries(Object.entries(yaml.keyLines).map(([key, line]) => [key, firstLine + line - 1]));
  const parsed = partFrontmatterSchema.safeParse(yaml.value ?? {});
  if (parsed.success) return { frontmatter: parsed.data, lines };
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
    const line = firstLine + yaml.lineOf(key === undefined ? [] : [key]) - 1;
    error(
      line,
      1,
      `Frontmatter ${key ? `"${key}"` : ''}: ${issue.message}`.replace('  ', ' '),
      'frontmatter',
      'Frontmatter keys: part (number), title (text), numeral (text, optional), excerpt (true, optional).',
    );
  }
  return { frontmatter: undefined, lines };
}

/** A line `key: value`; the key at most 1,024 characters, as YAML allows an implicit key. */
const PAIR = /^([A-Za-z_][A-Za-z0-9_]{0,1023}): ([^\s].*)$/;
/** An integer JavaScript holds exactly (15 digits stay under Number.MAX_SAFE_INTEGER), written as YAML reads it. */
const INTEGER = /^(?:0|[1-9][0-9]{0,14})$/;
/**
 * Plain scalars that YAML reads as something other than that string: null, booleans in other spellings, and
 * anything that starts like a number (-3, 012, 0x1F, .5, 1e3), which is left to the parser rather than told apart.
 */
const NOT_A_PLAIN_STRING = /^(?:~|null|Null|NULL|True|TRUE|False|FALSE|[-+.0-9].*)$/;
/** Keys that are not the string they spell: null and booleans (`True: x` is the key true). */
const NOT_A_STRING_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/**
 * What makes a value more than one plain scalar: a YAML indicator first; a colon before white space (a nested
 * key) or a # after it (a comment) inside; a colon or white space last.
 */
const YAML_SYNTAX = /^[-?:,[\]{}#&*!|>'"%@`]|:\s|\s#|[:\s]$/;

/**
 * The frontmatter's keys, values and lines when every line is `key: value` with a value that needs no YAML
 * parser (a plain string, an integer, true or false), as report frontmatter is; undefined for anything else,
 * which the YAML parser reads. (YAML's parser costs more than a small file's Markdown: this keeps a full check
 * of a large corpus fast.)
 */
export function readPlainPairs(
  yaml: string,
): { values: Record<string, string | number | boolean>; lines: Record<string, number> } | undefined {
  const values: Record<string, string | number | boolean> = {};
  const lines: Record<string, number> = {};
  const rows = yaml.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const match = PAIR.exec(rows[i]!);
    if (!match) return undefined;
    const [, key, value] = match as unknown as [string, string, string];
    if (key in values || NOT_A_STRING_KEY.test(key)) return undefined;
    if (INTEGER.test(value)) values[key] = Number(value);
    else if (value === 'true' || value === 'false') values[key] = value === 'true';
    else if (NOT_A_PLAIN_STRING.test(value) || YAML_SYNTAX.test(value)) return undefined;
    else values[key] = value;
    lines[key] = i + 1;
  }
  return { values, lines };
}
