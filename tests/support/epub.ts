import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { findJava } from './nu-checker';

const run = promisify(execFile);
/** Debian's EPUBCheck, an executable jar (/usr/bin/epubcheck links to it), run with Java so no binfmt is needed. */
const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

/** The text files of an EPUB, by path in the zip, and the order of its entries. */
export function readEpub(file: string): { files: Map<string, string>; order: string[] } {
  const entries = unzipSync(readFileSync(file));
  const order = Object.keys(entries);
  return { files: new Map(order.map((name) => [name, strFromU8(entries[name]!)])), order };
}

export interface EpubcheckReport {
  fatals: number;
  errors: number;
  warnings: number;
  messages: string[];
}

/** Runs EPUBCheck on a book; fails with the install line when it is not installed. */
export async function epubcheck(file: string): Promise<EpubcheckReport> {
  if (!existsSync(EPUBCHECK_JAR))
    throw new Error(`EPUBCheck is missing (${EPUBCHECK_JAR}): install it with \`apt-get install -y epubcheck\`.`);
  const java = await findJava('EPUBCheck');
  const dir = mkdtempSync(path.join(tmpdir(), 'epubcheck-'));
  try {
    const out = path.join(dir, 'report.json');
    // EPUBCheck exits 1 when it finds errors; its JSON report is written either way.
    await run(java, ['-jar', EPUBCHECK_JAR, file, '--json', out], { maxBuffer: 16 * 1024 * 1024 }).catch(() => {});
    if (!existsSync(out)) throw new Error(`EPUBCheck wrote no report for ${file}`);
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      checker: { nFatal: number; nError: number; nWarning: number };
      messages: { ID: string; severity: string; message: string; locations: { path: string; line: number }[] }[];
    };
    return {
      fatals: report.checker.nFatal,
      errors: report.checker.nError,
      warnings: report.checker.nWarning,
      messages: report.messages.map(
        (m) => `${m.severity} ${m.ID} ${m.locations.map((l) => `${l.path}:${l.line}`).join(', ')}: ${m.message}`,
      ),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
