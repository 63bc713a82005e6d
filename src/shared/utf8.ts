import { lineStartsOf } from './line-starts';

/** Where the first bytes that are not UTF-8 stand, and where that is in the text before them. */
export interface InvalidUtf8 {
  /** The lone byte that cannot start a character, or a sequence cut short by the byte after it (or by the end). */
  sequence: Uint8Array;
  /** 1-based; the column counts the UTF-16 code units of the text before it on its line, as every message does. */
  line: number;
  column: number;
}

/**
 * The first place where `bytes` are not UTF-8, or undefined when they all are. TextDecoder's fatal mode says only
 * that the bytes fail, not where, so the sequences are walked here by the rules of RFC 3629 (no overlong forms,
 * no surrogates, nothing past U+10FFFF).
 */
export function firstInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead <= 0xdf
          ? 2
          : lead >= 0xe0 && lead <= 0xef
            ? 3
            : lead >= 0xf0 && lead <= 0xf4
              ? 4
              : 0;
    if (!length) return at(bytes, i, i + 1);
    // The second byte's range is narrower after E0, ED, F0 and F4: that is what excludes the forbidden forms.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let j = 1; j < length; j++) {
      const next = bytes[i + j];
      const [min, max] = j === 1 ? [low, high] : [0x80, 0xbf];
      if (next === undefined || next < min || next > max) return at(bytes, i, i + j);
    }
    i += length;
  }
  return undefined;
}

function at(bytes: Uint8Array, start: number, end: number): InvalidUtf8 {
  const before = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(0, start));
  const starts = lineStartsOf(before);
  return { sequence: bytes.subarray(start, end), line: starts.length, column: before.length - starts.at(-1)! + 1 };
}
