/** A new element with a class, text (set as text, never parsed as HTML) and optionally a language. */
export function element(tag: string, className: string, text = '', lang?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  if (lang) el.lang = lang;
  return el;
}
