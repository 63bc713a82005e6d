/**
 * A field a spreadsheet would run as a formula (OWASP's CSV injection advice: one that starts with =, +, -, @,
 * tab or carriage return) gets a leading apostrophe, which spreadsheets read as "this is text". A plain number
 * such as -5 or +1.5 is left as it is: a spreadsheet reads it as the number, and nothing runs.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** The field as it is safe to open in a spreadsheet. */
export const neutraliseFormula = (value: string): string =>
  FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;

/**
 * A CSV file (RFC 4180, UTF-8): rows of fields, quoted where they hold a comma, a quotation mark or a line break,
 * and every field neutralised so that no cell runs as a formula.
 */
export function csv(rows: string[][]): string {
  const field = (raw: string) => {
    const value = neutraliseFormula(raw);
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
