// npm run xliff -- export <file.xlf> [--part part-3] [--dir content]
// npm run xliff -- import <file.xlf> [--dir content]
// Export writes the report (or one part) as XLIFF 2.1 for a CAT tool. Import writes the translated targets back
// into content/report/en/*.md, all or nothing: on any problem it lists each one (line, unit, segment, what is
// wrong), writes no file and exits 1.
import { readFile, writeFile } from 'node:fs/promises';
import { formatDiagnostic } from '../src/content/diagnostics';
import { loadSiteContent } from '../src/content/load-site-content';
import { importXliff } from '../src/lib/interchange/import-xliff';
import { exportXliff } from '../src/lib/interchange/xliff';

const [command, file, ...rest] = process.argv.slice(2);
const option = (name: string) => {
  const index = rest.indexOf(`--${name}`);
  return index === -1 ? undefined : rest[index + 1];
};
const dir = option('dir') ?? process.env.CONTENT_DIR ?? 'content';
const usage = 'Usage: npm run xliff -- export <file.xlf> [--part <part>]  |  npm run xliff -- import <file.xlf>';

if (!file || (command !== 'export' && command !== 'import')) {
  console.error(usage);
  process.exit(2);
}

if (command === 'export') {
  const content = await loadSiteContent(dir);
  const errors = content.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    for (const error of errors) console.error(formatDiagnostic(error));
    console.error(`\n✗ The content has ${errors.length} error(s): fix them (npm run check) before exporting.`);
    process.exit(1);
  }
  const only = option('part');
  const parts = only ? content.parts.filter((part) => part.slug === only) : content.parts;
  if (!parts.length) {
    console.error(`✗ No part "${only}": the parts are ${content.parts.map((part) => part.slug).join(', ')}.`);
    process.exit(1);
  }
  await writeFile(file, exportXliff(parts));
  const units = parts.reduce((n, part) => n + part.blocks.length, 0);
  const segments = parts.reduce((n, part) => n + part.blocks.reduce((m, block) => m + block.zh.segments.length, 0), 0);
  console.log(
    `✓ Wrote ${file}: ${parts.length} part(s), ${units} units, ${segments} segments (XLIFF 2.1, zh-CN → en).`,
  );
} else {
  const { files, updates, problems } = await importXliff(await readFile(file, 'utf8'), dir);
  if (problems.length) {
    for (const problem of problems) {
      const where = [
        `${file}${problem.line ? `:${problem.line}` : ''}`,
        problem.unit && `unit ${problem.unit}`,
        problem.segment && `segment ${problem.segment}`,
      ].filter(Boolean);
      console.error(`${where.join('  ')}  ${problem.message}`);
    }
    console.error(`\n✗ ${problems.length} problem(s): nothing was written.`);
    process.exit(1);
  }
  for (const [path, text] of files) await writeFile(path, text);
  if (!updates.length) console.log(`✓ ${file} matches the content: nothing to change.`);
  else
    console.log(
      `✓ Updated ${updates.length} block(s) in ${files.size} file(s): ${updates.map((u) => `${u.part.slug}#${u.block.id}`).join(', ')}.`,
    );
}
