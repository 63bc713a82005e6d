import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ts from 'typescript';

// The rules table of CONTRIBUTING.md is where a contributor looks up the name in brackets at the end of a
// check message: a rule the code emits without a row there leaves them with a name and nothing to read.

/** The folders whose code emits the check's diagnostics (the Markdown plugins report through vfile messages). */
const EMITTERS = ['src/content', 'src/markdown'];

/**
 * The rule ids that the given TypeScript files emit, each with the first place it is written: a string given as
 * `ruleId` in an object (`ruleId: 'link'`, `ruleId: found ?? 'markdown'`), as a default (`ruleId = 'figure-review'`,
 * also when destructured), or as the argument of a parameter named `ruleId` (`error(line, message, 'order', hint)`),
 * which the type checker matches to the function called. Imports are not followed: the helpers that take a rule id
 * are declared in the file that calls them.
 */
function ruleIdsEmitted(files: ReadonlyMap<string, string>): Map<string, string> {
  const options: ts.CompilerOptions = { noResolve: true, noLib: true, types: [], noEmit: true };
  const host = ts.createCompilerHost(options);
  host.fileExists = (name) => files.has(name);
  host.readFile = (name) => files.get(name);
  host.getSourceFile = (name, version) => {
    const text = files.get(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, version);
  };
  const program = ts.createProgram([...files.keys()], options, host);
  const checker = program.getTypeChecker();
  const ids = new Map<string, string>();

  for (const name of files.keys()) {
    const source = program.getSourceFile(name)!;
    const take = (node: ts.Expression | undefined): void => {
      if (!node) return;
      if (ts.isStringLiteralLike(node)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        if (!ids.has(node.text)) ids.set(node.text, `${name}:${line}`);
      } else if (ts.isConditionalExpression(node)) {
        take(node.whenTrue);
        take(node.whenFalse);
      } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
        take(node.right);
      } else if (ts.isParenthesizedExpression(node)) {
        take(node.expression);
      }
    };
    const visit = (node: ts.Node): void => {
      if (
        (ts.isPropertyAssignment(node) || ts.isParameter(node) || ts.isBindingElement(node)) &&
        ts.isIdentifier(node.name) &&
        node.name.text === 'ruleId'
      )
        take(node.initializer);
      if (ts.isCallExpression(node)) {
        const parameters = checker.getResolvedSignature(node)?.parameters ?? [];
        node.arguments.forEach((argument, i) => {
          if (parameters[i]?.name === 'ruleId') take(argument);
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return ids;
}

/** The rule ids the rules table names: the code spans of each row's first cell that read as an id. */
function ruleIdsDocumented(markdown: string): Set<string> {
  const table = /^\| rule \| what it catches \|\n\|[- |]+\|\n((?:\|.*\|\n?)+)/m.exec(markdown);
  if (!table) return new Set();
  return new Set(
    table[1]!
      .trimEnd()
      .split('\n')
      .flatMap((row) => [...row.split('|')[1]!.matchAll(/`([a-z][a-z0-9-]*)`/g)].map(([, id]) => id!)),
  );
}

describe('the rule finders', () => {
  it('find a rule id in an object, a default, or an argument given to a ruleId parameter', () => {
    const found = ruleIdsEmitted(
      new Map([
        [
          'a.ts',
          [
            "const error = (line: number, ruleId: string, hint = 'not-a-rule') => ({ line, ruleId, hint });",
            "error(1, 'positional');",
            "error(2, strict ? 'when-strict' : 'otherwise', 'a-hint');",
            "const note = (ruleId: string) => ruleId; note('from-a-second-helper');",
            "const d = { ruleId: 'in-an-object', hint: 'a-hint' };",
            "const m = { ruleId: message.ruleId ?? 'fallback' };",
            "function f(text: string, ruleId = 'a-default') { return text + ruleId; }",
            "for (const { ruleId = 'destructured' } of problems) use(ruleId);",
            "const other = (id: string, label: string) => id + label; other('not-a-rule', 'neither');",
          ].join('\n'),
        ],
      ]),
    );
    expect([...found.keys()].sort()).toEqual([
      'a-default',
      'destructured',
      'fallback',
      'from-a-second-helper',
      'in-an-object',
      'otherwise',
      'positional',
      'when-strict',
    ]);
    expect(found.get('positional')).toBe('a.ts:2');
  });

  it('read the ids of the first cell of each row, and only of the rules table', () => {
    const markdown = [
      '| option | meaning |',
      '| --- | --- |',
      '| `--other-table` | x |',
      '',
      '| rule | what it catches |',
      '| --- | --- |',
      '| `figures`, `segment-figures` | a figure, in `content/report/` |',
      '| `pinyin-crosscheck` (warning; error with `--strict`) | a word |',
      '',
      'After the table, `not-a-rule`.',
    ].join('\n');
    expect([...ruleIdsDocumented(markdown)]).toEqual(['figures', 'segment-figures', 'pinyin-crosscheck']);
  });
});

describe('the rules table of CONTRIBUTING.md', () => {
  const files = new Map(
    EMITTERS.flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.ts'))
        .map((name) => `${dir}/${name}`)
        .map((file) => [file, readFileSync(file, 'utf8')] as const),
    ),
  );
  const emitted = ruleIdsEmitted(files);
  const documented = ruleIdsDocumented(readFileSync('CONTRIBUTING.md', 'utf8'));

  it('has a row for every rule the check emits', () => {
    expect(emitted.size).toBeGreaterThan(40);
    const undocumented = [...emitted].filter(([id]) => !documented.has(id)).map(([id, where]) => `${id} (${where})`);
    expect(undocumented).toEqual([]);
  });

  it('names no rule the check does not emit', () => {
    expect([...documented].filter((id) => !emitted.has(id))).toEqual([]);
  });
});
