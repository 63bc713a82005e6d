import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Paragraph, Yaml } from 'mdast';
import { VFile } from 'vfile';
import { MARKER } from '../markdown/ids';
import type { BlockMarker } from '../markdown/remark-block-ids';
import type { TranslatorNote } from '../markdown/remark-translator-notes';
import { createReportPipeline, type ReportPipeline, type ReportPipelineOptions } from '../markdown/pipeline';
import { textOf } from '../markdown/lib/text-of';
import { lineStartsOf } from '../shared/line-starts';
import type { Diagnostic } from './diagnostics';
import type { PartFrontmatter } from './frontmatter-schema';
import { readFrontmatter } from './read-frontmatter';
import type { AlignedBlock, BlockSource, BlockText } from './report-schema';
import { blockSource } from './segment-sources';

/** One paragraph or heading of a report file, rendered: one language of a block, and its marker's attributes. */
export type ReportBlock = Pick<AlignedBlock, 'id' | 'kind'> & BlockText & { attributes: Record<string, string> };

export interface ParsedReportFile {
  path: string;
  /** The file's translator's notes (English files only), numbered in order of first reference. */
  notes: TranslatorNote[];
  frontmatter: PartFrontmatter | undefined;
  /** The line each frontmatter key is written on, for messages about it. */
  frontmatterLines: Record<string, number>;
  blocks: ReportBlock[];
  diagnostics: Diagnostic[];
}

const BLOCK_KINDS: Record<string, ReportBlock['kind']> = { h2: 'heading', p: 'paragraph' };

/**
 * Parses one report Markdown file into validated frontmatter and rendered blocks, collecting every problem.
 * `pipeline` is a built pipeline (when many files share one) or the options to build one.
 */
export async function parseReportFile(
  path: string,
  source: string,
  pipeline: ReportPipeline | ReportPipelineOptions = {},
): Promise<ParsedReportFile> {
  const file = new VFile({ path, value: source });
  const diagnostics: Diagnostic[] = [];
  const error = (line: number, column: number, message: string, ruleId: string, hint?: string) =>
    diagnostics.push({ file: path, line, column, severity: 'error', message, ruleId, hint });

  let mdast, hast: HastRoot;
  try {
    ({ mdast, hast } = await ('run' in pipeline ? pipeline : createReportPipeline(pipeline)).run(file));
  } catch (cause) {
    // A plugin that throws must stop the build with the file named, never leave an empty page behind.
    const reason = cause instanceof Error ? cause.message : String(cause);
    error(
      1,
      1,
      `A Markdown plugin failed on this file: ${reason}`,
      'plugin-error',
      'This is a bug in a plugin under src/markdown/, or content it cannot handle; the stack trace follows the build log.',
    );
    return { path, frontmatter: undefined, frontmatterLines: {}, blocks: [], notes: [], diagnostics };
  }

  for (const message of file.messages) {
    diagnostics.push({
      file: path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      severity: message.fatal ? 'error' : 'warning',
      message: message.reason,
      ruleId: message.ruleId ?? 'markdown',
      hint: message.note,
    });
  }

  const yamlNode = mdast.children.find((node): node is Yaml => node.type === 'yaml');
  const { frontmatter, lines: frontmatterLines } = readFrontmatter(yamlNode, error);

  const markers = new Map((file.data.blocks ?? []).map((marker: BlockMarker) => [marker.id, marker]));
  const lineStarts = lineStartsOf(source);
  const nodesByOffset = new Map(
    mdast.children
      .filter((child): child is Paragraph | Heading => child.type === 'paragraph' || child.type === 'heading')
      .map((child) => [child.position?.start.offset, child]),
  );
  const markerAt = new RegExp(MARKER.source.replace(/^\^/, ''), 'y');
  // Lines with HTML or a link, which are reported as such: the sentences of a block there cannot be found in its
  // Markdown, and saying so would hide the cause.
  const refusedLines = file.messages
    .filter((message) => message.ruleId === 'raw-html' || message.ruleId === 'link')
    .map((message) => message.line ?? 1);
  const blocks: ReportBlock[] = [];
  for (const node of hast.children) {
    if (node.type !== 'element') continue;
    const id = node.properties.dataBlockId;
    const line = node.position?.start.line ?? 1;
    const kind = BLOCK_KINDS[node.tagName];
    if (!kind) {
      error(
        line,
        node.position?.start.column ?? 1,
        `Unsupported Markdown block <${node.tagName}>`,
        'unsupported-block',
        'Report content is paragraphs and "## " headings only: no lists, quotes, tables or code.',
      );
      continue;
    }
    if (typeof id !== 'string') continue; // already reported as missing-id
    const marker = markers.get(id)!;
    delete node.properties.dataBlockId;
    const spans = node.children.filter((child) => child.type === 'element' && child.properties.dataS !== undefined);
    const segments = spans.map((child) => textOf(child).trim());
    let located: BlockSource | undefined;
    // An empty block is reported as such; it has no sentences to find.
    const refused = refusedLines.some((at) => at >= line && at <= (node.position?.end.line ?? line));
    if (segments.some(Boolean) && !refused) {
      const offset = node.position?.start.offset;
      const mdastNode = nodesByOffset.get(offset);
      markerAt.lastIndex = offset ?? 0;
      const markerLength = markerAt.exec(source)?.[0].length ?? 0;
      const found = mdastNode
        ? blockSource(mdastNode, source, segments, markerLength, lineStarts)
        : { problem: 'not found' };
      if ('problem' in found) {
        error(
          line,
          1,
          `Block "${id}": cannot find its sentences in the Markdown (${found.problem})`,
          'segment-source',
          'Write characters as themselves, not as HTML entities; the XLIFF export and the sentence checks need them.',
        );
      } else located = found;
    }
    blocks.push({
      id,
      kind,
      html: toHtml(node.children),
      text: textOf(node),
      lead: leadOf(node),
      terms: termsOf(node),
      segments,
      segmentTerms: spans.map(termsOf),
      source: located,
      line: marker.line,
      attributes: marker.attributes,
    });
  }
  return { path, frontmatter, frontmatterLines, blocks, notes: file.data.notes ?? [], diagnostics };
}

/** The glossary terms linked in `node`, in order. */
function termsOf(node: Element | ElementContent): string[] {
  if (node.type !== 'element') return [];
  const id = node.properties.dataTerm;
  return typeof id === 'string' ? [id] : node.children.flatMap(termsOf);
}

function leadOf(node: Element): string | undefined {
  let first = node.children[0];
  // In a segmented block the lead is inside the first sentence's wrapper.
  if (first?.type === 'element' && first.properties.dataS !== undefined) first = first.children[0];
  return first?.type === 'element' && first.tagName === 'strong' ? textOf(first).trim() : undefined;
}
