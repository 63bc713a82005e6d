// The State Council's reports of content/reference/national/ (gwr-<year>.zh.txt), year → text, for the tests and
// benchmarks of the keywords. The site takes them from the content's own reader; this is only a stand-in for it.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const FILE = /^gwr-(\d{4})\.zh\.txt$/;

export function readNationalReports(dir = 'content/reference/national'): Map<number, string> {
  const reports = new Map<number, string>();
  for (const name of readdirSync(dir).sort()) {
    const year = FILE.exec(name)?.[1];
    if (year) reports.set(Number(year), readFileSync(path.join(dir, name), 'utf8'));
  }
  if (!reports.size) throw new Error(`${dir} has no gwr-<year>.zh.txt file: copy the national reports there`);
  return reports;
}
