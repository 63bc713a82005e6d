/**
 * Escapes text for XML or HTML: `&`, `<` and `>`, which is all element content needs; with `quotes`, `"` too, for
 * a double-quoted attribute. Apostrophes are left as they are: nothing writes a single-quoted attribute.
 */
export function escapeXml(text: string, { quotes = false } = {}): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return quotes ? escaped.replace(/"/g, '&quot;') : escaped;
}
