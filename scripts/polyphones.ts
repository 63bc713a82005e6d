// npm run polyphones [-- --check] [-- --dir content]
// Lists every occurrence of a polyphonic character in the report's Chinese with the reading the site gives it,
// into content/reading/polyphones.tsv (or the --dir folder's): the reviewed readings that
// tests/site/polyphones.test.ts holds the build to, and the check's pinyin rule reads.
// Run it after the Chinese text changes: occurrences that are still there keep their reviewed reading (matched
// by part, block and context), new ones come in with the built reading, marked "new" on the terminal for review.
// --check lists what would change and exits 1 if anything would.
import { existsSync } from 'node:fs';
import { readFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadSiteContent } from '../src/content/load-site-content';
import { polyphones, readPolyphones, REVIEWED_READINGS, writePolyphones } from '../src/language/chinese/polyphones';
import { WriteFailed, writeFilesAtomically } from '../src/shared/write-files-atomically';

const args = process.argv.slice(2);
const check = args.includes('--check');
const dirIndex = args.indexOf('--dir');
const dir = dirIndex === -1 ? 'content' : args[dirIndex + 1]!;
const FILE = path.join(dir, REVIEWED_READINGS);

const { parts, words } = await loadSiteContent(dir);
const built = polyphones(parts, words);
const { rows: reviewed, problems } = existsSync(FILE)
  ? readPolyphones(await readFile(FILE, 'utf8'))
  : { rows: [], problems: [] };
// A line that cannot be read would be dropped by the rewrite, and a reviewer's reading with it: write nothing.
if (problems.length) {
  for (const { line, column, message } of problems) console.error(`${FILE}:${line}:${column}  ${message}`);
  console.error(`✗ ${problems.length} line(s) of ${FILE} cannot be read; nothing written. Mend them, then run again.`);
  process.exit(1);
}
const key = (p: { part: string; block: string; context: string }) => `${p.part}\t${p.block}\t${p.context}`;
const known = new Map(reviewed.map((p) => [key(p), p]));
const rows = built.map((p) => ({ ...p, reading: known.get(key(p))?.reading ?? p.reading }));
const fresh = built.filter((p) => !known.has(key(p)));
const gone = reviewed.filter((p) => !built.some((b) => key(b) === key(p)));

for (const p of fresh) console.log(`new      ${p.part}#${p.block}  ${p.context}  ${p.reading}`);
for (const p of gone) console.log(`removed  ${p.part}#${p.block}  ${p.context}  ${p.reading}`);
if (check) process.exit(fresh.length || gone.length ? 1 : 0);

await mkdir(path.dirname(FILE), { recursive: true });
try {
  await writeFilesAtomically([[FILE, writePolyphones(rows)]]);
} catch (error) {
  if (!(error instanceof WriteFailed)) throw error;
  console.error(`✗ ${error.message}.`);
  process.exit(1);
}
console.log(
  `${rows.length} occurrences in ${FILE} (${fresh.length} new, ${gone.length} removed): review the new ones.`,
);
