// npm run xliff -- export <file.xlf> [--xliff 2.1 | --xliff 1.2] [--part part-3] [--dir content]
// npm run xliff -- import <file.xlf> [--theirs | --ours] [--dir content]
// Export writes the report (or one part) as XLIFF 2.1 (or 1.2, for tools that read no 2.x) for a CAT tool, with a
// record of what it exported. Import reads either version and writes the translated targets back into content/report/en/*.md, all or nothing: on any problem (a conflict with
// a change made to the content since the export among them) it lists each one (line, unit, segment, what is
// wrong), writes no file and exits 1. --theirs settles conflicts with the file's text, --ours with the content's.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/content/content-dir';
import { formatDiagnostic } from '../src/content/diagnostics';
import { loadSiteContent } from '../src/content/load-site-content';
import { importXliff } from '../src/features/interchange/import-xliff';
import { exportXliff } from '../src/features/interchange/xliff';
import { exportXliff12 } from '../src/features/interchange/xliff12';
import { WriteFailed, WriteInterrupted, writeFilesAtomically } from '../src/shared/write-files-atomically';

const usage = [
  'Usage: npm run xliff -- export <file.xlf> [--xliff 2.1 | --xliff 1.2] [--part <part>] [--dir <content>]',
  '       npm run xliff -- import <file.xlf> [--theirs | --ours] [--dir <content>]',
  'XLIFF 2.1 is for tools that read it; 1.2 for tools that read only 1.2 (the Translate Toolkit, Virtaal).',
  'The import reads either.',
].join('\n');
/** Stops with the usage, exit code 2, before anything is read or written. */
function usageError(message: string): never {
  console.error(`✗ ${message}\n${usage}`);
  process.exit(2);
}

/** The command line, strictly: an option it does not know, or one without its value, is refused, not taken for a file. */
function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        part: { type: 'string' },
        dir: { type: 'string' },
        xliff: { type: 'string' },
        theirs: { type: 'boolean' },
        ours: { type: 'boolean' },
      },
    });
  } catch (error) {
    // Node's message goes on to explain `--` for file names that start with a dash: not what went wrong here.
    return usageError((error instanceof Error ? error.message : String(error)).replace(/\. To specify .*$/s, '.'));
  }
}
const { values, positionals } = parse();
const [command, file, ...extra] = positionals;
if (command !== 'export' && command !== 'import')
  usageError(`Name a command: export or import (not "${command ?? ''}").`);
if (!file) usageError(`Name the XLIFF file to ${command}.`);
if (extra.length) usageError(`One file at a time: "${extra.join(' ')}" is one too many.`);
if (values.theirs && values.ours) usageError('--theirs and --ours exclude each other: take one.');
if (command === 'import' && (values.xliff !== undefined || values.part !== undefined))
  usageError('--xliff and --part are for the export: the import reads the version and the parts from the file.');
if (command === 'export' && (values.theirs || values.ours)) usageError('--theirs and --ours are for the import.');
const version = values.xliff ?? '2.1';
if (version !== '2.1' && version !== '1.2') usageError(`--xliff is 2.1 or 1.2, not "${version}".`);
const dir = values.dir ?? CONTENT_DIR;

/** Stops with one line: what went wrong, and that nothing was changed. */
function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** Writes all the files or none, and stops with one line if it could not. */
async function write(files: Iterable<[string, string]>): Promise<void> {
  try {
    await writeFilesAtomically(files);
  } catch (error) {
    if (error instanceof WriteInterrupted) {
      console.error(`✗ ${error.message}.`);
      process.exit(130);
    }
    if (error instanceof WriteFailed) fail(`${error.message}.`);
    throw error;
  }
}

if (command === 'export') {
  const folder = path.dirname(path.resolve(file));
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    fail(
      `Cannot write ${file}: there is no folder ${path.dirname(file)}. Create it, or name a file in a folder that exists.`,
    );
  const content = await loadSiteContent(dir);
  const errors = content.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const error of errors) console.error(formatDiagnostic(error));
    console.error(`\n✗ The content has ${errors.length} error(s): fix them (npm run check) before exporting.`);
    process.exit(1);
  }
  const only = values.part;
  const parts = only ? content.parts.filter((part) => part.slug === only) : content.parts;
  if (!parts.length) fail(`No part "${only}": the parts are ${content.parts.map((part) => part.slug).join(', ')}.`);
  await write([[file, version === '1.2' ? exportXliff12(parts) : exportXliff(parts)]]);
  const units = parts.reduce((n, part) => n + part.blocks.length, 0);
  const segments = parts.reduce((n, part) => n + part.blocks.reduce((m, block) => m + block.zh.segments.length, 0), 0);
  console.log(
    `✓ Wrote ${file}: ${parts.length} part(s), ${units} ${version === '1.2' ? 'groups' : 'units'}, ${segments} ${version === '1.2' ? 'trans-units' : 'segments'} (XLIFF ${version}, zh-CN → en).`,
  );
} else {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'ENOENT'
        ? `Cannot read ${file}: there is no such file.`
        : `Cannot read ${file}: ${error.code === 'EISDIR' ? 'it is a folder' : error.message}.`,
    ),
  );
  const resolve = values.theirs ? 'theirs' : values.ours ? 'ours' : undefined;
  const { files, updates, problems, lowered } = await importXliff(bytes, dir, { resolve });
  if (problems.length) {
    for (const problem of problems) {
      const where = [
        `${file}${problem.line ? `:${problem.line}${problem.column ? `:${problem.column}` : ''}` : ''}`,
        problem.unit && `unit ${problem.unit}`,
        problem.segment && `segment ${problem.segment}`,
      ].filter(Boolean);
      console.error(`${where.join('  ')}  ${problem.message}`);
      if (problem.texts)
        for (const [name, text] of Object.entries(problem.texts)) console.error(`    ${`${name}:`.padEnd(10)}${text}`);
    }
    const conflicts = problems.filter((problem) => problem.texts).length;
    console.error(`\n✗ ${problems.length} problem(s): nothing was written.`);
    if (conflicts)
      console.error(
        `  ${conflicts} of them: a conflict with a change made to the content since the export. Import again with --theirs to take the file's version, or --ours to keep the content's.`,
      );
    process.exit(1);
  }
  await write(files);
  for (const { part, block, from, to } of lowered) console.log(`↓ ${part}#${block}: status lowered ${from} → ${to}`);
  if (!updates.length) console.log(`✓ ${file} matches the content: nothing to change.`);
  else
    console.log(
      `✓ Updated ${updates.length} block(s) in ${files.size} file(s): ${updates.map((u) => `${u.part.slug}#${u.block.id}`).join(', ')}.`,
    );
}
