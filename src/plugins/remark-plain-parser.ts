import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { cjkFriendlyExtension } from 'micromark-extension-cjk-friendly';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import type { Processor } from 'unified';
import { parsePlainMarkdown } from './lib/plain-markdown';

declare module 'vfile' {
  interface DataMap {
    /** Which parser read the file: the plain one, or micromark (tests and benchmarks look). */
    parsedBy: 'plain' | 'micromark';
  }
}

/**
 * Parses a file written in plain Markdown (see `parsePlainMarkdown`) without micromark: the same tree, about
 * twenty times faster. micromark, with the extensions the pipeline's plugins registered, parses the rest, and
 * every file if those extensions are not exactly the ones the plain parser knows (frontmatter, CJK-friendly
 * emphasis, GFM footnotes): a plugin that adds syntax (GFM tables, say) must not find its syntax read as text.
 * Goes after remark-parse, whose parser it wraps.
 */
export default function remarkPlainParser(this: Processor) {
  const micromark = this.parser;
  if (!micromark) throw new Error('remarkPlainParser must be used after remark-parse');
  const data = this.data();
  let known: boolean | undefined;
  this.parser = (document, file) => {
    // Looked at on the first parse: the plugins after this one have registered their extensions by then.
    known ??= syntaxOf(data.micromarkExtensions ?? [], data.fromMarkdownExtensions ?? []) === KNOWN_SYNTAX;
    const plain = known ? parsePlainMarkdown(document) : undefined;
    file.data.parsedBy = plain ? 'plain' : 'micromark';
    return plain ?? micromark(document, file);
  };
}

/** What a set of extensions hooks: each one's fields and the characters or tokens they name, in a fixed order. */
function syntaxOf(micromarkExtensions: unknown[], mdastExtensions: unknown[]): string {
  const shape = (extension: unknown) =>
    Object.entries(extension as Record<string, unknown>)
      .map(([field, value]) => `${field}:${value && typeof value === 'object' ? Object.keys(value).sort() : value}`)
      .sort()
      .join(' ');
  return [micromarkExtensions, mdastExtensions]
    .map((list) => list.flat(Infinity).map(shape).sort().join(' | '))
    .join(' || ');
}

const KNOWN_SYNTAX = syntaxOf(
  [frontmatter(['yaml']), cjkFriendlyExtension(), gfmFootnote()],
  [frontmatterFromMarkdown(['yaml']), gfmFootnoteFromMarkdown()],
);
