/** A CSV file (RFC 4180, UTF-8): rows of fields, quoted where they hold a comma, a quotation mark or a line break. */
export function csv(rows: string[][]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}
