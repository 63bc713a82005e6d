import type { ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { strToU8, zipSync, type Zippable } from 'fflate';

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

/** XML-escapes text for an element or a double-quoted attribute. */
const esc = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The hast of a fragment, as XHTML: void elements closed, every attribute quoted, nothing XML cannot parse. */
function toXhtml(nodes: ElementContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  return toHtml(root, { closeSelfClosing: true, allowDangerousHtml: false });
}

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
function localized(element: string, id: string, values: LangText[], extra = ''): string {
  const [first, ...others] = values;
  if (!first) return '';
  return [
    `<${element} id="${id}" xml:lang="${esc(first.lang)}">${esc(first.text)}</${element}>`,
    extra,
    ...others.map(
      (other) =>
        `<meta refines="#${id}" property="alternate-script" xml:lang="${esc(other.lang)}">${esc(other.text)}</meta>`,
    ),
  ]
    .filter(Boolean)
    .join('\n    ');
}

function packageDocument(book: EpubBook): string {
  const items = book.documents.map(
    (doc) => `<item id="${esc(idOf(doc.file))}" href="${esc(doc.file)}" media-type="application/xhtml+xml" />`,
  );
  const spine = book.documents.map((doc) => `<itemref idref="${esc(idOf(doc.file))}" />`);
  // The contents page follows the cover in reading order, as in a printed book.
  spine.splice(1, 0, '<itemref idref="nav" />');
  const metadata = [
    `<dc:identifier id="uid">${esc(book.identifier)}</dc:identifier>`,
    localized('dc:title', 'title', book.title, '<meta refines="#title" property="title-type">main</meta>'),
    ...book.languages.map((lang) => `<dc:language>${esc(lang)}</dc:language>`),
    localized(
      'dc:creator',
      'creator',
      book.creator,
      '<meta refines="#creator" property="role" scheme="marc:relators">aut</meta>',
    ),
    ...book.contributors.map(
      (c, i) =>
        `<dc:contributor id="contributor-${i + 1}" xml:lang="${esc(c.lang)}">${esc(c.text)}</dc:contributor>\n    ` +
        `<meta refines="#contributor-${i + 1}" property="role" scheme="marc:relators">${esc(c.role)}</meta>`,
    ),
    ...book.description.map((d) => `<dc:description xml:lang="${esc(d.lang)}">${esc(d.text)}</dc:description>`),
    `<meta property="dcterms:modified">${esc(book.modified)}</meta>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${esc(book.languages[0]!)}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    ${metadata.join('\n    ')}
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />
    <item id="style" href="style.css" media-type="text/css" />
    ${items.join('\n    ')}
  </manifest>
  <spine>
    ${spine.join('\n    ')}
  </spine>
</package>
`;
}

/** A manifest id from a file name: an XML name, which `part-3` is and `3.xhtml` would not be. */
const idOf = (file: string) => `d-${file.replace(/\.xhtml$/, '')}`;

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="${OEBPS}/content.opf" media-type="application/oebps-package+xml" />
  </rootfiles>
</container>
`;

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
