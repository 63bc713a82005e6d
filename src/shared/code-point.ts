/** A character's code point as Unicode writes it, `U+200B`: how messages name characters that cannot be seen. */
export const codePointName = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
