import type { Element, ElementContent, Properties, Root } from 'hast';
import { h } from 'hastscript';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { GlossaryEntry } from '../../content/glossary-entry-schema';
import { partLabel } from '../../content/part-label';
import type { AlignedBlock, ReportPart } from '../../content/report-schema';
import { glossaryEntryByNote } from '../../content/glossary-notes';
import { EXCERPT_NOTE, type REPORT } from '../../content/report-identity';
import { noteId } from '../../markdown/ids';
import { type Bilingual, type Language, LANGUAGE_TAGS } from '../../shared/languages';
import { EPUB_STYLESHEET } from './stylesheet';
import { packageEpub, type EpubDocument, type LangText } from './package-epub';

export interface ReportEpubInput {
  /** The report's parts in reading order, as the reader pages render them. */
  parts: ReportPart[];
  /** The glossary in the order the glossary page lists it. */
  glossary: GlossaryEntry[];
  /** The label that tells an official note from an editor's note, as the glossary page shows it. */
  sourceLabel: (entry: GlossaryEntry) => Bilingual;
  /** The book's metadata: what the site calls the report, who issued it, and the translation's credit. */
  report: Pick<typeof REPORT, 'title' | 'city' | 'issuer' | 'translator'>;
  identifier: string;
  /** `YYYY-MM-DDThh:mm:ssZ`: when the content last changed, not a date of the report (the excerpt states none). */
  modified: string;
  /**
   * The pinyin edition: each part's Chinese with ruby, by block id, as the reading aids show it
   * (annotatePart), and the note on tones the reader page shows with the pinyin.
   */
  pinyin?: { blocks: (part: ReportPart) => Record<string, string>; note: Bilingual };
}

const { zh: ZH, en: EN } = LANGUAGE_TAGS;
const GLOSSARY_FILE = 'glossary.xhtml';

/** `lang` and `xml:lang` both, as XHTML has it. */
const lang = (tag: string): Properties => ({ lang: tag, xmlLang: tag });
const bilingual = (value: Bilingual): LangText[] => [
  { lang: ZH, text: value.zh },
  { lang: EN, text: value.en },
];
/** One element per language, `zh` then `en`, each classed and tagged with its language: how every pair is written. */
const inBoth = (tagName: string, both: Record<Language, string | ElementContent[]>): Element[] => [
  h(tagName, { className: ['zh'], ...lang(ZH) }, both.zh),
  h(tagName, { className: ['en'], ...lang(EN) }, both.en),
];
const parser = unified().use(rehypeParse, { fragment: true });
const parse = (html: string): ElementContent[] => (parser.parse(html) as Root).children as ElementContent[];
const classes = (node: Element) => {
  const value = node.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
};
const termFootnoteId = (term: string) => `fn-${term}`;

/** The footnotes a part's text refers to, collected while its blocks are converted. */
interface Footnotes {
  terms: string[];
  notes: Set<string>;
}

/**
 * The block's HTML as the book shows it. A glossary link (`a.term`) becomes a noteref to the term's footnote at
 * its first occurrence in this language of this block, and plain text after it; a translator's note marker
 * (`a.note-ref`, drawn by the site's CSS) gets its number as text and becomes a noteref. Any other link is an
 * error: the book has nowhere to send it.
 */
function convertText(html: string, where: string, footnotes: Footnotes): ElementContent[] {
  const linked = new Set<string>();
  const visit = (nodes: ElementContent[]): ElementContent[] =>
    nodes.map((node) => {
      if (node.type !== 'element') return node;
      const children = visit(node.children);
      if (node.tagName !== 'a') return { ...node, children };
      const names = classes(node);
      if (names.includes('term')) {
        const term = String(node.properties.dataTerm ?? '');
        if (!term) throw new Error(`${where}: a glossary link without data-term`);
        if (linked.has(term)) return h('span', { className: ['term'] }, children);
        linked.add(term);
        if (!footnotes.terms.includes(term)) footnotes.terms.push(term);
        return h('a', { className: ['term'], href: `#${termFootnoteId(term)}`, 'epub:type': 'noteref' }, children);
      }
      if (names.includes('note-ref')) {
        const href = String(node.properties.href ?? '');
        const number = String(node.properties.dataNote ?? '');
        if (!href.startsWith('#') || !number) throw new Error(`${where}: a translator's note marker without its note`);
        footnotes.notes.add(href.slice(1));
        const { id, ariaLabel } = node.properties;
        return h('a', { className: ['note-ref'], href, id, ariaLabel, 'epub:type': 'noteref' }, number);
      }
      throw new Error(`${where}: a link the book cannot follow (${String(node.properties.href)})`);
    });
  return visit(parse(html));
}

/** A definition or note inside a footnote or the glossary: its glossary links as plain text (no note in a note). */
function unlinked(html: string): ElementContent[] {
  const visit = (nodes: ElementContent[]): ElementContent[] =>
    nodes.map((node) =>
      node.type !== 'element'
        ? node
        : node.tagName === 'a'
          ? h('span', { className: classes(node).filter((name) => name === 'term') }, visit(node.children))
          : { ...node, children: visit(node.children) },
    );
  return visit(parse(html));
}

function blockPair(
  block: AlignedBlock,
  zhHtml: string,
  files: Bilingual,
  footnotes: Footnotes,
  options: { heading?: 'h1' | 'h2'; fragment?: boolean; glossaryEntry?: string },
): Element {
  const zh = convertText(zhHtml, `${files.zh}:${block.zh.line} (${block.id})`, footnotes);
  const en = convertText(block.en.html, `${files.en}:${block.en.line} (${block.id})`, footnotes);
  if (options.heading) {
    return h('header', { className: ['pair', 'pair--heading'], id: block.id }, [
      h(options.heading, {}, inBoth('span', { zh, en })),
    ]);
  }
  const children: ElementContent[] = inBoth('p', { zh, en });
  if (options.glossaryEntry)
    children.push(
      h('p', { className: ['pair__entry'] }, [
        h('a', { href: `${GLOSSARY_FILE}#${options.glossaryEntry}` }, ['词条 ', h('span', lang(EN), 'Glossary entry')]),
      ]),
    );
  return h('div', { className: ['pair', ...(options.fragment ? ['pair--fragment'] : [])], id: block.id }, children);
}

function termFootnote(entry: GlossaryEntry): Element {
  return h('aside', { 'epub:type': 'footnote', id: termFootnoteId(entry.id), className: ['footnote'] }, [
    h('p', { className: ['footnote__head'] }, [h('span', lang(ZH), entry.zh), ' ', h('span', lang(EN), entry.en)]),
    h('p', lang(ZH), unlinked(entry.definition.zh)),
    h('p', lang(EN), unlinked(entry.definition.en)),
  ]);
}

function partDocument(
  part: ReportPart,
  input: ReportEpubInput,
  glossary: Map<string, GlossaryEntry>,
  entryForNote: Map<string, string>,
): EpubDocument {
  const label = partLabel(part);
  const footnotes: Footnotes = { terms: [], notes: new Set() };
  const zhHtml = input.pinyin?.blocks(part);
  const zhOf = (block: AlignedBlock) => zhHtml?.[block.id] ?? block.zh.html;
  const [first, ...rest] = part.blocks;
  const opensWithHeading = first?.kind === 'heading';
  const pair = (block: AlignedBlock, options: Parameters<typeof blockPair>[4]) =>
    blockPair(block, zhOf(block), part.files, footnotes, options);
  // As the reader page has it: the part's own heading, or its label, then the note on the excerpt's cut.
  const body: ElementContent[] = [
    opensWithHeading
      ? pair(first, { heading: 'h1' })
      : h('header', { className: ['pair', 'pair--heading'] }, [h('h1', {}, inBoth('span', label))]),
  ];
  if (part.excerpt) body.push(excerptNote());
  (opensWithHeading ? rest : part.blocks).forEach((block, i) =>
    body.push(
      pair(block, {
        heading: block.kind === 'heading' ? 'h2' : undefined,
        fragment: part.excerpt && i === 0,
        glossaryEntry: entryForNote.get(block.id),
      }),
    ),
  );
  const asides: ElementContent[] = [];
  for (const note of part.notes) {
    if (!footnotes.notes.delete(noteId(note.label))) continue;
    asides.push(
      h('aside', { 'epub:type': 'footnote', id: noteId(note.label), className: ['footnote'], ...lang(EN) }, [
        h('p', {}, [
          h('span', { className: ['footnote__head'] }, [
            h('span', lang(ZH), '译注'),
            ` Translator's note ${note.number}: `,
          ]),
          ...unlinked(note.html),
        ]),
      ]),
    );
  }
  const [missing] = footnotes.notes;
  if (missing) throw new Error(`${part.files.en}: a marker refers to "${missing}", which is no note of this part`);
  for (const term of footnotes.terms) {
    const entry = glossary.get(term);
    if (!entry) throw new Error(`${part.files.zh}: "${term}" is linked but is no glossary entry`);
    asides.push(termFootnote(entry));
  }
  return {
    file: `${part.slug}.xhtml`,
    lang: ZH,
    title: bilingual(label),
    type: 'bodymatter',
    body: [h('section', { 'epub:type': 'chapter', className: ['part'] }, body), ...asides],
    landmarks:
      part === input.parts[0]
        ? [
            {
              type: 'bodymatter',
              label: [
                { lang: ZH, text: '正文' },
                { lang: EN, text: 'Start of the report' },
              ],
            },
          ]
        : undefined,
  };
}

function excerptNote(): Element {
  return h('p', { className: ['excerpt-note'] }, [EXCERPT_NOTE.zh, h('span', lang(EN), EXCERPT_NOTE.en)]);
}

function glossaryDocument(input: ReportEpubInput): EpubDocument {
  const byId = new Map(input.glossary.map((entry) => [entry.id, entry]));
  const entries = input.glossary.map((entry) => {
    const label = input.sourceLabel(entry);
    const children: ElementContent[] = [
      h('h2', {}, [h('span', lang(ZH), entry.zh), ' ', h('span', lang(EN), entry.en)]),
      h('p', { className: ['entry__source'] }, [`${label.zh} · `, h('span', lang(EN), label.en)]),
      h('p', lang(ZH), unlinked(entry.definition.zh)),
      h('p', lang(EN), unlinked(entry.definition.en)),
    ];
    if (entry.related.length)
      children.push(
        h('p', { className: ['entry__related'] }, [
          '参见 ',
          h('span', lang(EN), 'See also'),
          ': ',
          ...entry.related.flatMap((id, i) => {
            const related = byId.get(id);
            if (!related) throw new Error(`${entry.file}: "related" names "${id}", which is no glossary entry`);
            return [
              ...(i > 0 ? ' · ' : []),
              h('a', { href: `#${id}` }, [`${related.zh} `, h('span', lang(EN), related.en)]),
            ];
          }),
        ]),
      );
    return h('section', { className: ['entry'], id: entry.id }, children);
  });
  const title = { zh: '词汇表', en: 'Glossary' };
  return {
    file: GLOSSARY_FILE,
    lang: ZH,
    title: bilingual(title),
    type: 'backmatter',
    body: [
      h('section', { 'epub:type': 'glossary', className: ['glossary'] }, [
        h('h1', {}, inBoth('span', title)),
        ...entries,
      ]),
    ],
    landmarks: [{ type: 'glossary', label: bilingual(title) }],
  };
}

function coverDocument(input: ReportEpubInput, title: Bilingual): EpubDocument {
  const { report } = input;
  const children: ElementContent[] = [
    h('h1', { className: ['cover__title'] }, inBoth('span', title)),
    h('p', { className: ['cover__issuer'] }, inBoth('span', report.issuer)),
    h('p', { className: ['cover__about'] }, inBoth('span', DESCRIPTION)),
  ];
  if (input.pinyin) children.push(h('p', { className: ['cover__about'] }, inBoth('span', input.pinyin.note)));
  return {
    file: 'cover.xhtml',
    lang: ZH,
    title: bilingual(title),
    type: 'frontmatter',
    hidden: true,
    body: [h('section', { 'epub:type': 'cover titlepage', className: ['cover'] }, children)],
    landmarks: [
      {
        type: 'cover',
        label: [
          { lang: ZH, text: '封面' },
          { lang: EN, text: 'Cover' },
        ],
      },
    ],
  };
}

/** What the book is, on its cover and in its metadata: no date, session or speaker, which the excerpt does not state. */
const DESCRIPTION: Bilingual = {
  zh: '中文为报告原文节选（始于第（二）部分中段，至附件名词注释）；英文为本项目的译文。',
  en: "The Chinese is an excerpt of the report (from partway through part (II) to the annex of notes on terms); the English is this project's translation.",
};

/**
 * The report as an EPUB 3 book: a cover with the bilingual title, one document per part with each paragraph in
 * Chinese then English, the translator's notes and the glossary terms as EPUB footnotes, the annex, and the
 * glossary at the end. With `pinyin`, the Chinese carries the reading aids' ruby.
 */
export function reportEpub(input: ReportEpubInput): Uint8Array<ArrayBuffer> {
  const glossary = new Map(input.glossary.map((entry) => [entry.id, entry]));
  const entryForNote = glossaryEntryByNote(input.glossary);
  const title = {
    zh: `${input.report.city.zh}${input.report.title.zh}（节选）${input.pinyin ? '·拼音版' : ''}`,
    en: `${input.report.city.en} ${input.report.title.en} (excerpt)${input.pinyin ? ', with pinyin' : ''}`,
  };
  return packageEpub({
    identifier: input.identifier,
    modified: input.modified,
    languages: [ZH, EN],
    title: bilingual(title),
    creator: bilingual(input.report.issuer),
    contributors: [{ lang: EN, text: input.report.translator, role: 'trl' }],
    description: bilingual(DESCRIPTION),
    contents: [
      { lang: ZH, text: '目录' },
      { lang: EN, text: 'Contents' },
    ],
    stylesheet: EPUB_STYLESHEET,
    documents: [
      coverDocument(input, title),
      ...input.parts.map((part) => partDocument(part, input, glossary, entryForNote)),
      glossaryDocument(input),
    ],
  });
}
