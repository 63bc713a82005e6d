import { readFileSync } from 'node:fs';
import type { Diagnostic } from './diagnostics';
import { codePointName } from '../shared/code-point';
import { lineIndex, lineStartsOf } from '../shared/line-starts';
import { firstInvalidUtf8 } from '../shared/utf8';

/**
 * A content file's text, or why it cannot be read as content. `text` is undefined when the file has any problem
 * found here: a parser would read such a file wrongly (CRLF breaks every block marker, a BOM the frontmatter) and
 * its messages would hide the one cause, so the file's problems are reported alone.
 */
export interface ContentText {
  text: string | undefined;
  diagnostics: Diagnostic[];
}

/**
 * Reads a content file once, as bytes, and checks them before any parser sees the text (`name` is the file as
 * messages call it). Throws as readFileSync does when the file cannot be read.
 */
export function readContentFile(file: string, name: string): ContentText {
  return checkContentBytes(readFileSync(file), name);
}

// Fatal: a byte that is not UTF-8 is an error at its place, not a U+FFFD further on. ignoreBOM keeps a BOM in the
// text, so that it is reported rather than silently dropped.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The checks of {@link readContentFile}, on bytes already read. */
export function checkContentBytes(bytes: Uint8Array, name: string): ContentText {
  const error = (line: number, column: number, ruleId: string, message: string, hint: string): Diagnostic => ({
    file: name,
    line,
    column,
    severity: 'error',
    message,
    ruleId,
    hint,
  });

  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return { text: undefined, diagnostics: [notUtf8(bytes, error)] };
  }

  const lineStarts = lineStartsOf(text);
  const at = (offset: number) => {
    const line = lineIndex(lineStarts, offset);
    return { line: line + 1, column: offset - lineStarts[line]! + 1 };
  };
  const diagnostics: Diagnostic[] = [];
  if (text.startsWith('\uFEFF')) {
    diagnostics.push(
      error(1, 1, 'encoding', 'The file starts with a byte order mark (BOM, U+FEFF)', SAVE_AS_UTF8 + ' without a BOM.'),
    );
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const { line, column } = at(nul);
    diagnostics.push(
      error(
        line,
        column,
        'encoding',
        'The file has a NUL byte (U+0000): it is not a text file, or not saved as UTF-8',
        `${SAVE_AS_UTF8}; if the file is meant to be text, delete the NUL bytes (most editors show them as <0x00> or NUL).`,
      ),
    );
  }
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    const { line, column } = at(cr);
    const crlf = text[cr + 1] === '\n';
    const lines = text.match(crlf ? /\r\n/g : /\r/g)!.length;
    diagnostics.push(
      error(
        line,
        column,
        'line-endings',
        crlf
          ? `The file has Windows line endings (CRLF) on ${lines} line${lines === 1 ? '' : 's'}, from this one`
          : `The file has a carriage return (CR) without a line feed, ${lines} in all, from this one`,
        'Save it with LF line endings (in most editors: the line-ending setting in the status bar). On Windows, run ' +
          '`git config core.autocrlf false` and check the file out again, so that Git keeps the LF endings.',
      ),
    );
  }
  for (const match of text.matchAll(CONTROL)) {
    const { line, column } = at(match.index);
    diagnostics.push(error(line, column, 'control-character', ...describeControl(match[0].codePointAt(0)!)));
  }
  return { text: diagnostics.length ? undefined : text, diagnostics };
}

const SAVE_AS_UTF8 = 'Save the file as UTF-8 (in most editors: the encoding setting, or "Save with encoding")';

/**
 * Characters a content file never needs and a reader never sees, or sees wrongly: C0 controls but tab and line
 * feed (CR and NUL have messages of their own), DEL, C1 controls (NEL, U+0085, among them), the line and
 * paragraph separators, and the direction controls (marks, embeddings, overrides and isolates), which reorder
 * the text on screen without a trace in it.
 */
const CONTROL = /[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const FIRST_CONTROL = new RegExp(CONTROL.source);

/**
 * The first control character of text that a parser has decoded (a Markdown character reference such as
 * `&#x202E;`, a YAML escape such as `"\u202E"`): the bytes of the file were clean, the text is not. Its message
 * and hint, or undefined.
 */
export function decodedControl(text: string): [message: string, hint: string] | undefined {
  const match = FIRST_CONTROL.exec(text);
  if (!match) return undefined;
  const [message, hint] = describeControl(match[0].codePointAt(0)!);
  return [
    message.replace(' in the text:', ', written as a character reference or an escape:'),
    `${hint} Look for &#…; or \\u… in the line.`,
  ];
}

/** The characters above by Unicode name (for a control, its name alias: the name itself is <control>); most C1 controls go unnamed. */
const NAMES: Record<number, string> = {
  0x01: 'START OF HEADING',
  0x02: 'START OF TEXT',
  0x03: 'END OF TEXT',
  0x04: 'END OF TRANSMISSION',
  0x05: 'ENQUIRY',
  0x06: 'ACKNOWLEDGE',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0e: 'SHIFT OUT',
  0x0f: 'SHIFT IN',
  0x10: 'DATA LINK ESCAPE',
  0x11: 'DEVICE CONTROL ONE',
  0x12: 'DEVICE CONTROL TWO',
  0x13: 'DEVICE CONTROL THREE',
  0x14: 'DEVICE CONTROL FOUR',
  0x15: 'NEGATIVE ACKNOWLEDGE',
  0x16: 'SYNCHRONOUS IDLE',
  0x17: 'END OF TRANSMISSION BLOCK',
  0x18: 'CANCEL',
  0x19: 'END OF MEDIUM',
  0x1a: 'SUBSTITUTE',
  0x1b: 'ESCAPE',
  0x1c: 'INFORMATION SEPARATOR FOUR',
  0x1d: 'INFORMATION SEPARATOR THREE',
  0x1e: 'INFORMATION SEPARATOR TWO',
  0x1f: 'INFORMATION SEPARATOR ONE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

/** What each sort of control character does, and what to do about it. */
const SORTS = {
  separator: ['a line break that Markdown does not read as one', 'put a space in its place if the words need one'],
  direction: ['a direction control, which reorders the text on screen', 'the site sets the direction of each language'],
  control: ['a control character', 'it usually comes with text pasted from another program'],
} as const;

/** The message and hint for one control character. */
function describeControl(code: number): [message: string, hint: string] {
  const id = codePointName(code);
  const sort =
    code === 0x2028 || code === 0x2029 ? 'separator' : code === 0x061c || code >= 0x200e ? 'direction' : 'control';
  const [what, fix] = SORTS[sort];
  return [
    `${id} ${NAMES[code] ?? '(a C1 control)'} in the text: ${what}, invisible in most editors`,
    `Delete it (search for \\u${id.slice(2)} with regular expressions on); ${fix}.`,
  ];
}

/** The error for bytes that are not UTF-8, at the first byte that cannot be read. */
function notUtf8(
  bytes: Uint8Array,
  error: (line: number, column: number, ruleId: string, message: string, hint: string) => Diagnostic,
): Diagnostic {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return error(1, 1, 'encoding', 'The file is saved as UTF-16, not UTF-8', `${SAVE_AS_UTF8}.`);
  }
  const { sequence, line, column } = firstInvalidUtf8(bytes)!;
  const shown = [...sequence].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0'));
  return error(
    line,
    column,
    'encoding',
    `The file is not valid UTF-8: ${shown.length === 1 ? 'the byte' : 'the bytes'} ${shown.join(' ')} here ${shown.length === 1 ? 'is' : 'are'} not a UTF-8 character`,
    `${SAVE_AS_UTF8}; it was probably saved in another encoding (GBK, Windows-1252), so check the characters around this place.`,
  );
}
