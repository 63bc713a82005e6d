import path from 'node:path';
import { ContentError } from './diagnostics';
import { NATIONAL_DIR } from './load-national-reports';
import { readContentFile } from './read-content-file';

/**
 * The source page of each national report, by year, as the table of `reference/national/README.md` lists it
 * (`| 2022 | \`gwr-2022.zh.txt\` | … | https://zh.wikisource.org/… |`): what a report's page credits.
 */
export function readNationalSources(readme: string): Map<number, string> {
  const sources = new Map<number, string>();
  for (const line of readme.split('\n')) {
    const row = /^\| (\d{4}) \| `gwr-\d{4}\.zh\.txt` \|.*\| (https:\/\/\S+) \|$/.exec(line);
    if (row) sources.set(Number(row[1]), row[2]!);
  }
  return sources;
}

/** The source pages of the content folder `root`; a year without one throws a ContentError naming the README. */
export function loadNationalSources(root: string, years: readonly number[], cwd = process.cwd()): Map<number, string> {
  const file = path.join(root, NATIONAL_DIR, 'README.md');
  const shown = path.relative(cwd, file).split(path.sep).join('/');
  const read = readContentFile(file, shown);
  if (read.text === undefined) throw new ContentError(read.diagnostics);
  const sources = readNationalSources(read.text);
  const missing = years.filter((year) => !sources.has(year));
  if (missing.length)
    throw new ContentError([
      {
        file: shown,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'national-reports',
        message: `The table names no source page for ${missing.join(', ')}`,
        hint: 'Add a row `| year | `gwr-YYYY.zh.txt` | Han characters | sha256 | source page |` for each report.',
      },
    ]);
  return sources;
}
