// npm run xliff -- export <file.xlf> [--part part-3] [--dir content]
// npm run xliff -- import <file.xlf> [--theirs | --ours] [--dir content]
// Export writes the report (or one part) as XLIFF 2.1 for a CAT tool, with a record of what it exported. Import
// writes the translated targets back into content/report/en/*.md, all or nothing: on any problem (a conflict with
// a change made to the content since the export among them) it lists each one (line, unit, segment, what is
// wrong), writes no file and exits 1. --theirs settles conflicts with the file's text, --ours with the content's.
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { formatDiagnostic } from '../src/content/diagnostics';
import { loadSiteContent } from '../src/content/load-site-content';
import { importXliff } from '../src/features/interchange/import-xliff';
import { exportXliff } from '../src/features/interchange/xliff';
import { WriteFailed, WriteInterrupted, writeFilesAtomically } from '../src/shared/write-files-atomically';

const [command, file, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const index = rest.indexOf(`--${name}`);
  return index === -1 ? undefined : rest[index + 1];
};
const flag = (name: string) => rest.includes(`--${name}`);
const dir = option('dir') ?? process.env.CONTENT_DIR ?? 'content';
const usage =
  'Usage: npm run xliff -- export <file.xlf> [--part <part>]  |  npm run xliff -- import <file.xlf> [--theirs | --ours]';

if (!file || (command !== 'export' && command !== 'import') || (flag('theirs') && flag('ours'))) {
  console.error(usage);
  process.exit(2);
}

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
  const only = option('part');
  const parts = only ? content.parts.filter((part) => part.slug === only) : content.parts;
  if (!parts.length) fail(`No part "${only}": the parts are ${content.parts.map((part) => part.slug).join(', ')}.`);
  await write([[file, exportXliff(parts)]]);
  const units = parts.reduce((n, part) => n + part.blocks.length, 0);
  const segments = parts.reduce((n, part) => n + part.blocks.reduce((m, block) => m + block.zh.segments.length, 0), 0);
  console.log(
    `✓ Wrote ${file}: ${parts.length} part(s), ${units} units, ${segments} segments (XLIFF 2.1, zh-CN → en).`,
  );
} else {
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) =>
    fail(
      error.code === 'ENOENT'
        ? `Cannot read ${file}: there is no such file.`
        : `Cannot read ${file}: ${error.code === 'EISDIR' ? 'it is a folder' : error.message}.`,
    ),
  );
  const resolve = flag('theirs') ? 'theirs' : flag('ours') ? 'ours' : undefined;
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
