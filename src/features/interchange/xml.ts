import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { lineIndex, lineStartsOf } from '../../shared/line-starts';
import { firstInvalidUtf8 } from '../../shared/utf8';

/** An XML element to write: its children are elements or text. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: (XmlElement | string)[];
}

/** An element; attributes whose value is undefined are left out. */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: (XmlElement | string)[] = [],
): XmlElement {
  return { name, attributes, children };
}

/**
 * Writes a document with xmldom, which escapes what XML needs escaped. Elements that hold only elements are
 * indented; an element with any text, or named in `textElements`, keeps its content exactly as given (white space
 * in a segment is content). An element named `prefix:name` is in the namespace `prefixes` gives the prefix (declare
 * it on the root with an `xmlns:prefix` attribute, or each such element declares it again).
 */
export function writeXml(
  root: XmlElement,
  {
    namespace,
    prefixes = {},
    doctype,
    textElements = [],
  }: { namespace?: string; prefixes?: Record<string, string>; doctype?: string; textElements?: string[] } = {},
): string {
  const implementation = new DOMImplementation();
  const document = implementation.createDocument(namespace ?? null, root.name, null);
  const build = (node: XmlElement, into: Element, depth: number) => {
    for (const [key, value] of Object.entries(node.attributes)) {
      if (value === undefined) continue;
      if (key.startsWith('xml:')) into.setAttributeNS('http://www.w3.org/XML/1998/namespace', key, value);
      else if (key.startsWith('xmlns:')) into.setAttributeNS('http://www.w3.org/2000/xmlns/', key, value);
      else into.setAttribute(key, value);
    }
    const mixed = textElements.includes(node.name) || node.children.some((child) => typeof child === 'string');
    for (const child of node.children) {
      if (!mixed) into.appendChild(document.createTextNode(`\n${'  '.repeat(depth + 1)}`));
      if (typeof child === 'string') into.appendChild(document.createTextNode(child));
      else {
        const prefix = /^([^:]+):/.exec(child.name)?.[1];
        const uri = prefix ? prefixes[prefix] : namespace;
        const created = uri ? document.createElementNS(uri, child.name) : document.createElement(child.name);
        into.appendChild(created);
        build(child, created, depth + 1);
      }
    }
    if (!mixed && node.children.length) into.appendChild(document.createTextNode(`\n${'  '.repeat(depth)}`));
  };
  build(root, document.documentElement!, 0);
  const body = new XMLSerializer().serializeToString(document);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${doctype ? `${doctype}\n` : ''}${body}\n`;
}

/** A problem with an XML file, at a line (and column) of it when known. */
export interface XmlProblem {
  line?: number;
  column?: number;
  message: string;
}

const ENCODING_HINT = 'save it as UTF-8 (in the CAT tool\'s export settings, or "Save as… UTF-8" in an editor)';

/**
 * The text of an XML file given as bytes, which must be UTF-8: a byte order mark before `<?xml` (as Windows tools
 * write it) is dropped; UTF-16 and UTF-32 (by their byte order mark, or the zero bytes of their `<?`), bytes that
 * are not UTF-8 and a declaration naming another encoding are refused with one problem that says what the file is.
 */
export function decodeXml(bytes: Uint8Array): { text?: string; problem?: XmlProblem } {
  const wide = wideEncoding(bytes);
  if (wide) return { problem: { line: 1, message: `The file is ${wide}, not UTF-8: ${ENCODING_HINT}` } };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const { line, column, sequence } = firstInvalidUtf8(body)!;
    const byte = sequence[0]!;
    return {
      problem: {
        line,
        column,
        message: `The file is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here; saved as Latin-1 or Windows-1252?): ${ENCODING_HINT}`,
      },
    };
  }
  const declared = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])(.*?)\1/.exec(text)?.[2];
  if (declared !== undefined && !/^utf-?8$/i.test(declared))
    return {
      problem: { line: 1, message: `The XML declaration says encoding="${declared}", not UTF-8: ${ENCODING_HINT}` },
    };
  return { text };
}

/** UTF-16 or UTF-32 by byte order mark, or by the zero bytes around a leading `<` (XML 1.0, appendix F). */
function wideEncoding(b: Uint8Array): string | undefined {
  const at = (...bytes: number[]) => bytes.every((value, i) => b[i] === value);
  if (at(0x00, 0x00, 0xfe, 0xff)) return 'UTF-32 (big-endian, with a byte order mark)';
  if (at(0xff, 0xfe, 0x00, 0x00)) return 'UTF-32 (little-endian, with a byte order mark)';
  if (at(0xfe, 0xff)) return 'UTF-16 (big-endian, with a byte order mark)';
  if (at(0xff, 0xfe)) return 'UTF-16 (little-endian, with a byte order mark)';
  if (at(0x00, 0x00, 0x00, 0x3c)) return 'UTF-32 (big-endian)';
  if (at(0x3c, 0x00, 0x00, 0x00)) return 'UTF-32 (little-endian)';
  if (at(0x00, 0x3c)) return 'UTF-16 (big-endian)';
  if (at(0x3c, 0x00)) return 'UTF-16 (little-endian)';
  return undefined;
}

/**
 * Parses XML, collecting every error the parser reports (with xmldom's line and column) instead of throwing on
 * the first. A DOCTYPE is refused: a translation file has no use for one, and its entities could expand text.
 */
export function readXml(text: string): { document?: Document; problems: XmlProblem[] } {
  const problems: XmlProblem[] = [];
  // The locator is xmldom's own object, moved on as it reads: copied when the error is reported. It stands where
  // the last markup ended; what is wrong starts at the next character that is not white space.
  const starts = lineStartsOf(text);
  const at = (locator: { lineNumber?: number; columnNumber?: number } | undefined): Omit<XmlProblem, 'message'> => {
    const line = Math.max(locator?.lineNumber ?? 1, 1);
    if (locator?.columnNumber === undefined || line > starts.length) return { line };
    let offset = starts[line - 1]! + locator.columnNumber - 1;
    while (offset < text.length && /\s/.test(text[offset]!)) offset++;
    const index = lineIndex(starts, offset);
    return { line: index + 1, column: offset - starts[index]! + 1 };
  };
  const clean = (message: string) => message.replace(/\s+/g, ' ').trim();
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message, handler) => {
        if (level !== 'warning')
          problems.push({ ...at((handler as { locator?: { lineNumber?: number } }).locator), message: clean(message) });
      },
    }).parseFromString(text, 'text/xml');
  } catch (cause) {
    const message = clean(cause instanceof Error ? cause.message : String(cause));
    if (!problems.some((problem) => problem.message === message))
      problems.push({ ...at((cause as { locator?: { lineNumber?: number } }).locator), message });
    return { problems };
  }
  const doctype = document.doctype as (typeof document.doctype & { lineNumber?: number; columnNumber?: number }) | null;
  if (doctype)
    problems.push({
      ...at(doctype),
      message: 'A DOCTYPE is not allowed (XLIFF has none, and its entities are not read): remove it',
    });
  return { document: problems.length ? undefined : document, problems };
}

/** The element children of a node with a local name (any, when omitted). */
export function childElements(node: Element, name?: string): Element[] {
  const out: Element[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === child.ELEMENT_NODE && (!name || (child as Element).localName === name))
      out.push(child as Element);
  }
  return out;
}

/** The line an element starts on, as xmldom records it. */
export const lineOf = (node: Element): number | undefined => (node as Element & { lineNumber?: number }).lineNumber;
