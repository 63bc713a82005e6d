/** Content problems reported the way a compiler reports them: file, line, column, rule and a fix hint. */

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  message: string;
  ruleId: string;
  hint?: string;
}

/** `file:line:column  severity  message  [rule-id]`, with the hint on the next line. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  [${d.ruleId}]`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

/** Thrown when content cannot be built; its message lists every problem found, not just the first. */
export class ContentError extends Error {
  readonly diagnostics: Diagnostic[];
  constructor(diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(
      `${errors.length} content error${errors.length === 1 ? '' : 's'}:\n` + errors.map(formatDiagnostic).join('\n'),
    );
    this.name = 'ContentError';
    this.diagnostics = diagnostics;
  }
}
