/** A new element with a class, text (set as text, never parsed as HTML) and optionally a language. */
export function element(tag: string, className: string, text = '', lang?: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  if (lang) el.lang = lang;
  return el;
}

/**
 * Links a stylesheet of a module loaded on first use. The promise settles once it has loaded (or failed), so the
 * module can wait for it before it measures or shows what the stylesheet lays out.
 */
export function linkStylesheet(href: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}

/**
 * A data file of the reader page (`terms.json` … beside it), fetched when first asked for and then kept. A failed
 * request (offline, an error status) is not kept, so the reader's next try fetches it again.
 */
export function pageData<T>(file: string): () => Promise<T> {
  let data: Promise<T> | undefined;
  return () =>
    (data ??= fetch(new URL(file, location.href))
      .then((response) => {
        if (!response.ok) throw new Error(`${file}: ${response.status} ${response.statusText}`);
        return response.json() as Promise<T>;
      })
      .catch((error: unknown) => {
        data = undefined;
        throw error;
      }));
}
