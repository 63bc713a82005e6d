/** One data row of a tab-separated file, with the line it is on (from 1). */
export interface TsvRow {
  line: number;
  cells: string[];
}

/** A line of a tab-separated file that is not a row of it, at its line and column (from 1). */
export interface TsvProblem {
  line: number;
  column: number;
  message: string;
}

/** Where cell `n` of a row starts on its line: after the cells before it and their tabs. */
export const cellColumn = (cells: readonly string[], n: number): number =>
  cells.slice(0, n).reduce((sum, before) => sum + before.length + 1, 1);

/**
 * A tab-separated file whose first line names `columns`: its rows, and every line that is not one (another
 * header, an empty line, a row with fewer or more cells than the columns), which the rows do not include.
 */
export function readTsv(text: string, columns: readonly string[]): { rows: TsvRow[]; problems: TsvProblem[] } {
  const rows: TsvRow[] = [];
  const problems: TsvProblem[] = [];
  const list = columns.join(', ');
  const [header, ...lines] = text.replace(/\n$/, '').split('\n');
  if (header !== columns.join('\t'))
    problems.push({ line: 1, column: 1, message: `The first line is not the header (${list}, separated by tabs)` });
  lines.forEach((row, i) => {
    const line = i + 2;
    const cells = row.split('\t');
    if (row === '') problems.push({ line, column: 1, message: 'The line is empty' });
    else if (cells.length < columns.length)
      problems.push({
        line,
        column: 1,
        message: `The row has ${cells.length} of the ${columns.length} columns (${list}), separated by tabs`,
      });
    else if (cells.length > columns.length)
      problems.push({ line, column: 1, message: `The row has more than the ${columns.length} columns (${list})` });
    else rows.push({ line, cells });
  });
  return { rows, problems };
}
