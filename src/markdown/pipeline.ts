import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import type { VFile } from 'vfile';
import type { Language } from '../shared/languages';
import rehypeGlossaryLinks, { type GlossaryTerm } from './rehype-glossary-links';
import remarkBlockIds from './remark-block-ids';
import remarkRejectHtml from './remark-reject-html';
import remarkRejectLinks from './remark-reject-links';
import remarkTranslatorNotes from './remark-translator-notes';
import rehypeSentenceSegments from './rehype-sentence-segments';
import { glossaryPath } from './ids';

/** Options for {@link createReportPipeline}. */
export interface ReportPipelineOptions {
  /** Extra remark plugins, run after the built-in ones (tests use this to inject failures). */
  remarkPlugins?: PluggableList;
  /** Rehype plugins, run on the HTML tree of each file. */
  rehypePlugins?: PluggableList;
  /** The file's language: with it, each block is split into sentence segments for that language. */
  language?: Language;
  /** The glossary's terms, as spelt in the file's language: each occurrence links to its entry. */
  glossary?: readonly GlossaryTerm[];
}

/** Where a term's full entry is, relative to a reader page (so it works under any base path). */
const glossaryHref = (id: string) => `../${glossaryPath(id)}`;

/**
 * A built pipeline: build one per language and reuse it for every file (building it combines the parser's
 * extensions and prepares each plugin's options, which costs more than parsing a small file).
 */
export type ReportPipeline = ReturnType<typeof createReportPipeline>;

/** The one place that wires the Markdown plugins of report content together, in order. */
export function createReportPipeline(options: ReportPipelineOptions = {}) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter, ['yaml'])
    // Lets `**领导句。**正文` be bold: CommonMark alone refuses emphasis that closes after CJK punctuation.
    .use(remarkCjkFriendly)
    .use(remarkRejectHtml)
    // Before the notes are taken out of the tree, so that a note's links are found too.
    .use(remarkRejectLinks)
    // Before the block ids: a note's definition is no block of the report.
    .use(remarkTranslatorNotes, { language: options.language ?? 'en' })
    .use(remarkBlockIds, { allowedAttributes: ['status'] })
    .use(options.remarkPlugins ?? [])
    .use(remarkRehype)
    .use(options.language ? [[rehypeSentenceSegments, { language: options.language }]] : [])
    .use(
      options.glossary
        ? [[rehypeGlossaryLinks, { terms: options.glossary, language: options.language ?? 'en', href: glossaryHref }]]
        : [],
    )
    .use(options.rehypePlugins ?? []);

  return {
    /** Parses one file, without transforming it. */
    parse: (file: VFile) => processor.parse(file) as MdastRoot,
    /** Parses and transforms one file; problems are left as messages on `file`. */
    async run(file: VFile): Promise<{ mdast: MdastRoot; hast: HastRoot }> {
      const mdast = processor.parse(file) as MdastRoot;
      const hast = (await processor.run(mdast, file)) as HastRoot;
      return { mdast, hast };
    },
  };
}
