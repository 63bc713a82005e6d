import { decodedControl } from './read-content-file';
import { LineCounter, isAlias, isMap, isNode, isScalar, parseDocument, visit, type Document } from 'yaml';

/** A problem with a YAML text, at its line and column (1-based, counted within the text). */
export interface YamlProblem {
  line: number;
  column: number;
  message: string;
  hint?: string;
  /** The rule it breaks when it is not the reader's own (a control character a YAML escape wrote). */
  ruleId?: string;
}

/** A YAML text of the content, read: its data, or why there is none; where each key is written. */
export interface ContentYaml {
  /** The data; undefined when the text has a problem. */
  value: unknown;
  /** Syntax errors, and every anchor and alias, in the order they are written. */
  problems: YamlProblem[];
  /** The line of each key of the top-level mapping. */
  keyLines: Record<string, number>;
  /** The line of the deepest key of `keys` that the text has (1 if not even the first): where a value is written. */
  lineOf: (keys: readonly PropertyKey[]) => number;
  /** The parsed document and its line counter, for readers that look at scalars where they are written. */
  document: Document;
  lineCounter: LineCounter;
}

/**
 * Reads a YAML file of the content (a glossary entry, the figure reviews, a report's frontmatter) as the check
 * and the build read them all. Anchors and aliases are refused, each at its line and column: the content needs
 * none, and an alias is what a YAML bomb is made of. Expanding one (`toJS`) past `yaml`'s alias limit throws
 * from inside the parser, naming no file; a shared reference that another reader keeps unexpanded makes every
 * walk over the data (a schema's) as exponential as the expansion.
 */
export function parseContentYaml(source: string): ContentYaml {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  const at = (offset: number) => {
    const { line, col } = counter.linePos(offset);
    return { line, column: col };
  };
  const problems: YamlProblem[] = doc.errors.map((problem) => {
    const { line, col } = problem.linePos?.[0] ?? { line: 1, col: 1 };
    return { line, column: col, message: `Not valid YAML: ${problem.message.split('\n')[0]}` };
  });
  if (!problems.length) {
    visit(doc, (_, node) => {
      // An escape ("\u202E", "\e", "\0") writes what the byte check refuses in the file itself.
      const control = isScalar(node) && typeof node.value === 'string' ? decodedControl(node.value) : undefined;
      if (control && isScalar(node))
        problems.push({
          ...at(node.range?.[0] ?? 0),
          message: control[0],
          hint: control[1],
          ruleId: 'control-character',
        });
      if (isAlias(node)) {
        problems.push({
          ...at(node.range?.[0] ?? 0),
          message: `Alias "*${node.source}": content YAML takes no aliases`,
          hint: `Write the value of "&${node.source}" out here in full.`,
        });
      } else if (isNode(node) && node.anchor) {
        // A node's range starts at its value; its anchor is written before it (after a tag, at most).
        const offset = source.lastIndexOf(`&${node.anchor}`, node.range?.[0] ?? 0);
        problems.push({
          ...at(Math.max(offset, 0)),
          message: `Anchor "&${node.anchor}": content YAML takes no anchors`,
          hint: `Remove "&${node.anchor}", and write its value out in full wherever "*${node.anchor}" stands.`,
        });
      }
    });
  }

  const keyLines: Record<string, number> = {};
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && pair.key.range)
        keyLines[String(pair.key.value)] = counter.linePos(pair.key.range[0]).line;
    }
  }
  return {
    document: doc,
    lineCounter: counter,
    value: problems.length ? undefined : doc.toJS(),
    problems,
    keyLines,
    lineOf: (keys) => {
      let node: unknown = doc.contents;
      let line = 1;
      for (const key of keys) {
        if (!isMap(node)) break;
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        const offset = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
        if (offset === undefined) break;
        line = counter.linePos(offset).line;
        node = pair!.value;
      }
      return line;
    },
  };
}
