import { DOMImplementation, DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';

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
 * in a segment is content).
 */
export function writeXml(
  root: XmlElement,
  { namespace, doctype, textElements = [] }: { namespace?: string; doctype?: string; textElements?: string[] } = {},
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
        const created = namespace
          ? document.createElementNS(namespace, child.name)
          : document.createElement(child.name);
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

/** A problem with an XML file, at a line of it when known. */
export interface XmlProblem {
  line?: number;
  message: string;
}

/** Parses XML, collecting every error and warning the parser reports instead of throwing on the first. */
export function readXml(text: string): { document?: Document; problems: XmlProblem[] } {
  const problems: XmlProblem[] = [];
  try {
    const document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') problems.push({ message: message.replace(/\s+/g, ' ').trim() });
      },
    }).parseFromString(text, 'text/xml');
    return { document: problems.length ? undefined : document, problems };
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    if (!problems.some((problem) => problem.message === message))
      problems.push({ message: message.replace(/\s+/g, ' ') });
    return { problems };
  }
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
