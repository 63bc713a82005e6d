/** `text` cut to at most `length` characters for a message or a preview, an ellipsis marking the cut. */
export const shorten = (text: string, length: number): string =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;
