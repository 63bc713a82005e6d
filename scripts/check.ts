// npm run check [-- --strict] [-- --json] [-- --dir content]
// Checks every content and glossary file and prints each problem as `file:line:column  severity  message
// [rule-id]` with a hint, then a summary. Exits 1 on any error (with --strict, the warnings on terminology,
// unsettled pinyin and unused reviewed cuts or glosses count).
import { performance } from 'node:perf_hooks';
import { checkContent } from '../src/content/check-content';
import { CONTENT_DIR } from '../src/content/content-dir';
import { formatDiagnostic } from '../src/content/diagnostics';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const json = args.includes('--json');
const dirIndex = args.indexOf('--dir');
const dir = dirIndex === -1 ? CONTENT_DIR : args[dirIndex + 1]!;

const start = performance.now();
const { parts, glossary, diagnostics } = await checkContent(dir, { strict });
const ms = performance.now() - start;
const errors = diagnostics.filter((d) => d.severity === 'error').length;
const warnings = diagnostics.length - errors;

if (json) {
  console.log(JSON.stringify({ errors, warnings, diagnostics }, null, 2));
} else {
  for (const diagnostic of diagnostics) console.log(formatDiagnostic(diagnostic));
  const blocks = parts.reduce((n, part) => n + part.blocks.length, 0);
  const summary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  console.log(
    `${diagnostics.length ? '\n' : ''}${errors ? '✗' : '✓'} ${summary} in ${parts.length} parts (${blocks} blocks) and ` +
      `${glossary.length} glossary entr${glossary.length === 1 ? 'y' : 'ies'}${strict ? ' (strict)' : ''}, checked in ${Math.round(ms)} ms`,
  );
}
process.exitCode = errors ? 1 : 0;
