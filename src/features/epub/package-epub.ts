import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { escapeXml } from '../../shared/escape-xml';
import { element, writeXml, type XmlElement } from '../interchange/xml';

/** A string in one language, with its BCP 47 tag. */
export interface LangText {
  lang: string;
  text: string;
}

/** One XHTML content document of the book, in reading order. */
export interface EpubDocument {
  /** File name inside the book (`part-3.xhtml`); also the manifest id, without its extension. */
  file: string;
  /** The document's language, on its root element. */
  lang: string;
  /** Its title: the first in `<title>`, all of them in the navigation document. */
  title: LangText[];
  /** Its body, as hast: serialised as XHTML, so it is well-formed XML whatever the tree holds. */
  body: ElementContent[];
  /** The body's structural semantics (`bodymatter`, `backmatter` …). */
  type?: string;
  /** Left out of the table of contents (the cover). */
  hidden?: boolean;
  /** Landmarks that point at this document: `{ type: 'bodymatter', label }`. */
  landmarks?: { type: string; label: LangText[] }[];
}

export interface EpubBook {
  /** The publication's unique identifier (`urn:uuid:…`): the same for every build of one edition. */
  identifier: string;
  /** When the publication last changed, `YYYY-MM-DDThh:mm:ssZ`: dcterms:modified, and the zip entries' times. */
  modified: string;
  /** `dc:language`, the main language first. */
  languages: string[];
  /** The title, the main language first; each further one is an alternate-script form of the first. */
  title: LangText[];
  /** The author, likewise. */
  creator: LangText[];
  /** A contributor and its MARC relator (`trl`). */
  contributors: (LangText & { role: string })[];
  /** One `dc:description` per language. */
  description: LangText[];
  /** The navigation document's heading and the toc's label. */
  contents: LangText[];
  stylesheet: string;
  documents: EpubDocument[];
}

const OEBPS = 'OEBPS';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const OPS_NS = 'http://www.idpf.org/2007/ops';
const OPF_NS = 'http://www.idpf.org/2007/opf';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const CONTAINER_NS = 'urn:oasis:names:tc:opendocument:xmlns:container';

/** The templates below put text in elements and in double-quoted attributes alike. */
const esc = (text: string) => escapeXml(text, { quotes: true });

/** The hast of a fragment, as XHTML: void elements closed, every attribute quoted, nothing XML cannot parse. */
function toXhtml(nodes: ElementContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  return toHtml(root, { closeSelfClosing: true, allowDangerousHtml: false });
}

/**
 * The XHTML documents are templates rather than writeXml's: their bodies come serialised from hast, and writeXml
 * indents an element that holds only elements, which in XHTML would put a space between inline ones.
 */
function xhtmlDocument(lang: string, title: string, body: string, bodyType?: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="${XHTML_NS}" xmlns:epub="${OPS_NS}" lang="${esc(lang)}" xml:lang="${esc(lang)}">
<head>
<meta charset="UTF-8" />
<title>${esc(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css" />
</head>
<body${bodyType ? ` epub:type="${esc(bodyType)}"` : ''}>
${body}
</body>
</html>
`;
}

/** Spans in their languages, joined by a separator: a label of the navigation document. */
const labelXhtml = (label: LangText[], separator = ' · ') =>
  label
    .map(({ lang, text }) => `<span lang="${esc(lang)}" xml:lang="${esc(lang)}">${esc(text)}</span>`)
    .join(separator);

function navDocument(book: EpubBook): string {
  const toc = book.documents
    .filter((doc) => !doc.hidden)
    .map((doc) => `<li><a href="${esc(doc.file)}">${labelXhtml(doc.title)}</a></li>`)
    .join('\n');
  const landmarks = book.documents
    .flatMap((doc) => (doc.landmarks ?? []).map((mark) => ({ ...mark, file: doc.file })))
    .map((mark) => `<li><a epub:type="${esc(mark.type)}" href="${esc(mark.file)}">${labelXhtml(mark.label)}</a></li>`);
  landmarks.splice(1, 0, `<li><a epub:type="toc" href="nav.xhtml#toc">${labelXhtml(book.contents)}</a></li>`);
  const body = `<nav epub:type="toc" id="toc">
<h1>${labelXhtml(book.contents, ' ')}</h1>
<ol>
${toc}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<h2>Landmarks</h2>
<ol>
${landmarks.join('\n')}
</ol>
</nav>`;
  return xhtmlDocument(book.languages[0]!, book.contents.map((c) => c.text).join(' · '), body, 'frontmatter');
}

/** A metadata element with, for each further language, an alternate-script refinement of the first. */
function localized(name: string, id: string, values: LangText[], extra: XmlElement): XmlElement[] {
  const [first, ...others] = values;
  if (!first) return [];
  return [
    element(name, { id, 'xml:lang': first.lang }, [first.text]),
    extra,
    ...others.map((other) =>
      element('meta', { refines: `#${id}`, property: 'alternate-script', 'xml:lang': other.lang }, [other.text]),
    ),
  ];
}

function packageDocument(book: EpubBook): string {
  const items = book.documents.map((doc) =>
    element('item', { id: idOf(doc.file), href: doc.file, 'media-type': 'application/xhtml+xml' }),
  );
  const spine = book.documents.map((doc) => element('itemref', { idref: idOf(doc.file) }));
  // The contents page follows the cover in reading order, as in a printed book.
  spine.splice(1, 0, element('itemref', { idref: 'nav' }));
  const metadata = [
    element('dc:identifier', { id: 'uid' }, [book.identifier]),
    ...localized(
      'dc:title',
      'title',
      book.title,
      element('meta', { refines: '#title', property: 'title-type' }, ['main']),
    ),
    ...book.languages.map((lang) => element('dc:language', {}, [lang])),
    ...localized(
      'dc:creator',
      'creator',
      book.creator,
      element('meta', { refines: '#creator', property: 'role', scheme: 'marc:relators' }, ['aut']),
    ),
    ...book.contributors.flatMap((c, i) => [
      element('dc:contributor', { id: `contributor-${i + 1}`, 'xml:lang': c.lang }, [c.text]),
      element('meta', { refines: `#contributor-${i + 1}`, property: 'role', scheme: 'marc:relators' }, [c.role]),
    ]),
    ...book.description.map((d) => element('dc:description', { 'xml:lang': d.lang }, [d.text])),
    element('meta', { property: 'dcterms:modified' }, [book.modified]),
  ];
  return writeXml(
    element('package', { version: '3.0', 'unique-identifier': 'uid', 'xml:lang': book.languages[0]! }, [
      element('metadata', { 'xmlns:dc': DC_NS }, metadata),
      element('manifest', {}, [
        element('item', { id: 'nav', href: 'nav.xhtml', 'media-type': 'application/xhtml+xml', properties: 'nav' }),
        element('item', { id: 'style', href: 'style.css', 'media-type': 'text/css' }),
        ...items,
      ]),
      element('spine', {}, spine),
    ]),
    { namespace: OPF_NS, prefixes: { dc: DC_NS } },
  );
}

/** A manifest id from a file name: an XML name, which `part-3` is and `3.xhtml` would not be. */
const idOf = (file: string) => `d-${file.replace(/\.xhtml$/, '')}`;

const CONTAINER = writeXml(
  element('container', { version: '1.0' }, [
    element('rootfiles', {}, [
      element('rootfile', { 'full-path': `${OEBPS}/content.opf`, 'media-type': 'application/oebps-package+xml' }),
    ]),
  ]),
  { namespace: CONTAINER_NS },
);

/**
 * Packages a book as an EPUB 3 file: the `mimetype` entry first and stored, then the container, the package
 * document, the navigation document (table of contents and landmarks), the stylesheet and the documents. The
 * same book gives the same bytes: every entry is dated `modified`.
 */
export function packageEpub(book: EpubBook): Uint8Array<ArrayBuffer> {
  const files = new Set(book.documents.map((doc) => doc.file));
  for (const reserved of ['nav.xhtml', 'style.css', 'content.opf'])
    if (files.has(reserved)) throw new Error(`packageEpub: "${reserved}" is the book's own file; rename the document`);
  if (files.size !== book.documents.length) throw new Error('packageEpub: two documents have the same file name');
  const mtime = new Date(book.modified);
  const entries: Zippable = {
    mimetype: [strToU8('application/epub+zip'), { level: 0 }],
    'META-INF/container.xml': strToU8(CONTAINER),
    [`${OEBPS}/content.opf`]: strToU8(packageDocument(book)),
    [`${OEBPS}/nav.xhtml`]: strToU8(navDocument(book)),
    [`${OEBPS}/style.css`]: strToU8(book.stylesheet),
  };
  for (const doc of book.documents) {
    const title = doc.title.map((t) => t.text).join(' · ');
    entries[`${OEBPS}/${doc.file}`] = strToU8(xhtmlDocument(doc.lang, title, toXhtml(doc.body), doc.type));
  }
  // fflate types its output over any ArrayBufferLike; a Response body wants an ArrayBuffer's.
  return zipSync(entries, { level: 9, mtime }) as Uint8Array<ArrayBuffer>;
}
