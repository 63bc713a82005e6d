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
  const yaml = parseContentYaml(node.value);
  for (const problem of yaml.problems) {
    const ruleId = problem.ruleId ?? 'frontmatter';
    error(firstLine + problem.line - 1, problem.column, `Frontmatter: ${problem.message}`, ruleId, problem.hint);
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
