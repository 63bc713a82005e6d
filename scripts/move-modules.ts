// Moves source files or folders with `git mv` and rewrites every relative import that points at a moved file, or
// that a moved file makes: `from '…'`, `import '…'`, `import('…')` (types too), `vi.mock('…')` and the other
// `vi.*` module calls, in TypeScript, JavaScript and .astro files (frontmatter and <script> alike), with any
// `?url` or `?raw` suffix kept. Each specifier is resolved to its file and recomputed from the file's new place,
// in the form it was written in (with or without an extension, or a folder's index).
//
//   npx tsx scripts/move-modules.ts moves.txt            one move a line: `from to` (files or folders)
//   npx tsx scripts/move-modules.ts --dry-run moves.txt  prints the rewrites, moves nothing
//
// Run it on a clean working tree: it reads and writes the files as they are on disk.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Folders whose files may import the moved modules; plus the configuration files at the root. */
const SCANNED = ['src', 'scripts', 'tests'];
const SOURCE = /\.(?:[cm]?[jt]sx?|astro)$/;
/** What a specifier may leave out, tried in order. */
const EXTENSIONS = ['.ts', '.tsx', '.mts', '.d.ts', '.js', '.mjs', '.astro', '.json'];
/** A relative module specifier in any of the places a module is named (group 2). */
const SPECIFIER =
  /(\bfrom\s*|\bimport\s*|\bimport\s*\(\s*|\bvi\.(?:mock|doMock|unmock|doUnmock|importActual|importMock)\s*\(\s*)(['"])(\.\.?\/[^'"\n]*)\2/g;

type Form = { kind: 'exact' } | { kind: 'extension'; extension: string } | { kind: 'index'; name: string };

const root = process.cwd();
const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const listFile = args.find((arg) => !arg.startsWith('--'));
if (!listFile) {
  console.error('Usage: tsx scripts/move-modules.ts [--dry-run] moves.txt');
  process.exit(2);
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  if (statSync(dir).isFile()) return [dir];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.name === 'node_modules' || entry.name.startsWith('.') ? [] : filesUnder(path.join(dir, entry.name)),
  );
}

const moves = readFileSync(listFile, 'utf8')
  .split('\n')
  .map((line) => line.replace(/#.*/, '').trim())
  .filter(Boolean)
  .map((line) => {
    const [from, to, extra] = line.split(/\s+/);
    if (!from || !to || extra) throw new Error(`Not a move (from to): ${line}`);
    return { from: path.resolve(root, from), to: path.resolve(root, to) };
  });

/** Every moved file, old absolute path → new absolute path. */
const destination = new Map<string, string>();
for (const { from, to } of moves) {
  if (!existsSync(from)) throw new Error(`Nothing to move at ${path.relative(root, from)}`);
  for (const file of filesUnder(from)) destination.set(file, path.join(to, path.relative(from, file)));
}
const moved = (file: string) => destination.get(file) ?? file;

function resolve(importer: string, specifier: string): { file: string; form: Form } | undefined {
  const target = path.resolve(path.dirname(importer), specifier);
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  if (isFile(target)) return { file: target, form: { kind: 'exact' } };
  for (const extension of EXTENSIONS) {
    if (isFile(target + extension)) return { file: target + extension, form: { kind: 'extension', extension } };
  }
  for (const extension of EXTENSIONS) {
    const index = path.join(target, `index${extension}`);
    if (isFile(index)) return { file: index, form: { kind: 'index', name: `index${extension}` } };
  }
  return undefined;
}

function respecify(importer: string, specifier: string): string | undefined {
  const [bare, query] = specifier.split(/(?=\?)/) as [string, string | undefined];
  const found = resolve(importer, bare);
  if (!found) {
    if (destination.has(importer)) throw new Error(`${path.relative(root, importer)}: cannot resolve '${specifier}'`);
    return undefined;
  }
  if (!destination.has(importer) && !destination.has(found.file)) return undefined;
  const target = moved(found.file);
  let written: string;
  if (found.form.kind === 'exact') written = target;
  else if (found.form.kind === 'extension') written = target.slice(0, -found.form.extension.length);
  else written = path.dirname(target);
  let relative = path
    .relative(path.dirname(moved(importer)), written)
    .split(path.sep)
    .join('/');
  if (!relative.startsWith('.')) relative = `./${relative}`;
  return relative + (query ?? '');
}

const scanned = [
  ...SCANNED.flatMap((dir) => filesUnder(path.join(root, dir))),
  ...readdirSync(root)
    .filter((name) => SOURCE.test(name))
    .map((name) => path.join(root, name)),
].filter((file) => SOURCE.test(file));

const rewritten = new Map<string, string>();
let count = 0;
for (const file of scanned) {
  const text = readFileSync(file, 'utf8');
  const next = text.replace(SPECIFIER, (whole, lead: string, quote: string, specifier: string) => {
    const replacement = respecify(file, specifier);
    if (replacement === undefined || replacement === specifier) return whole;
    count++;
    if (dryRun) console.log(`${path.relative(root, file)}: '${specifier}' → '${replacement}'`);
    return `${lead}${quote}${replacement}${quote}`;
  });
  if (next !== text || destination.has(file)) rewritten.set(file, next);
}

if (dryRun) {
  console.log(`${count} specifiers in ${rewritten.size} files; ${destination.size} files would move`);
  process.exit(0);
}
for (const { from, to } of moves) {
  mkdirSync(path.dirname(to), { recursive: true });
  execFileSync('git', ['mv', path.relative(root, from), path.relative(root, to)], { stdio: 'inherit' });
}
for (const [file, text] of rewritten) writeFileSync(moved(file), text);
console.log(`Moved ${destination.size} files; rewrote ${count} specifiers in ${rewritten.size} files`);
