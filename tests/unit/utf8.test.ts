import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../../src/shared/utf8';

const decodes = (bytes: Uint8Array, stream = false) => {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
};

describe('firstInvalidUtf8', () => {
  it('places the bad byte, or the sequence it cuts short, by line and column', () => {
    const bytes = (...parts: (string | number[])[]) =>
      new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
    const where = (b: Uint8Array) => {
      const found = firstInvalidUtf8(b);
      return found && { ...found, sequence: [...found.sequence] };
    };
    expect(where(bytes('中文\nok'))).toBeUndefined();
    expect(where(bytes('a\n中', [0x93], 'x'))).toEqual({ sequence: [0x93], line: 2, column: 2 });
    expect(where(bytes('ab', [0xe4, 0xb8], 'c'))).toEqual({ sequence: [0xe4, 0xb8], line: 1, column: 3 });
    expect(where(bytes('ab', [0xe4, 0xb8]))).toEqual({ sequence: [0xe4, 0xb8], line: 1, column: 3 });
    for (const forbidden of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8]])
      expect(where(bytes(forbidden))?.line).toBe(1);
  });

  it('agrees with TextDecoder on every input: where it finds nothing, the bytes decode; before what it finds, they do', () => {
    // Bytes drawn mostly from the ranges that matter at sequence boundaries, so that near-misses are common.
    const pool = [
      0x41, 0x0a, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc1, 0xc2, 0xdf, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5,
      0xff,
    ];
    let seed = 1;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    for (let n = 0; n < 20_000; n++) {
      const bytes = Uint8Array.from(
        { length: 1 + Math.floor(random() * 6) },
        () => pool[Math.floor(random() * pool.length)]!,
      );
      const found = firstInvalidUtf8(bytes);
      expect(found === undefined, `${[...bytes]}`).toBe(decodes(bytes));
      if (found) {
        const start = found.sequence.byteOffset - bytes.byteOffset;
        const end = start + found.sequence.length;
        expect(decodes(bytes.subarray(0, start)), `${[...bytes]}`).toBe(true);
        // The sequence is a valid beginning, which the byte after it (or the end) breaks; a lone byte breaks at once.
        if (found.sequence.length > 1) expect(decodes(bytes.subarray(0, end), true), `${[...bytes]}`).toBe(true);
        expect(decodes(bytes.subarray(0, Math.min(end + 1, bytes.length))), `${[...bytes]}`).toBe(false);
      }
    }
  });
});
