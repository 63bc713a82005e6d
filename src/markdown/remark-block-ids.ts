import type { Paragraph, Root, RootContent, Text } from 'mdast';
import type { VFile } from 'vfile';
import { BLOCK_ID, MARKER } from './ids';

/** Options for {@link remarkBlockIds}. */
export interface RemarkBlockIdsOptions {
  /** Attributes a marker may carry besides its id (`{#id status=draft}`); others are reported. */
  allowedAttributes?: readonly string[];
}

/** What the plugin records for each block, in document order, on `file.data.blocks`. */
export interface BlockMarker {
  id: string;
  line: number;
  column: number;
  attributes: Record<string, string>;
}

declare module 'vfile' {
  interface DataMap {
    blocks: BlockMarker[];
  }
}

/**
 * Reads the `{#id}` marker that opens every block of a report file, removes it from the text and puts the id
 * on the block (as `data-block-id` on its HTML element). Problems become vfile messages with rule ids.
 */
export default function remarkBlockIds(options: RemarkBlockIdsOptions = {}) {
  const allowed = new Set(options.allowedAttributes ?? []);
  return (tree: Root, file: VFile) => {
    const blocks: BlockMarker[] = [];
    const seen = new Map<string, number>();
    let pending: BlockMarker | undefined;

    const report = (reason: string, place: RootContent | BlockMarker, ruleId: string, hint: string) => {
      const at = 'type' in place ? place.position : { line: place.line, column: place.column };
      const message = file.message(reason, { place: at, ruleId, source: 'report' });
      message.fatal = true;
      message.note = hint;
    };
    const reportEmpty = (marker: BlockMarker) =>
      report(
        `Block "${marker.id}" has no text`,
        marker,
        'empty-block',
        'Write the paragraph on the line after its marker, or delete the marker.',
      );

    const attach = (marker: BlockMarker, node: RootContent) => {
      const previous = seen.get(marker.id);
      if (previous !== undefined) {
        report(
          `Block id "${marker.id}" is used twice (first on line ${previous})`,
          node,
          'duplicate-id',
          'Give each paragraph its own id; ids are URL anchors and must be unique in the report.',
        );
      }
      seen.set(marker.id, marker.line);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, dataBlockId: marker.id } };
      blocks.push(marker);
    };

    for (const node of [...tree.children]) {
      if (node.type === 'yaml') continue;
      const marker = node.type === 'paragraph' ? readMarker(node) : undefined;
      if (marker === 'malformed') {
        report(
          'Block marker is malformed',
          node,
          'malformed-id',
          'Write the marker alone on the line above the paragraph, like {#some-id}: lowercase letters, digits and hyphens, starting with a letter.',
        );
        continue;
      }
      if (marker) {
        for (const key of Object.keys(marker.attributes)) {
          if (!allowed.has(key)) {
            report(
              `Unknown marker attribute "${key}"`,
              node,
              'unknown-attribute',
              `Allowed attributes: ${[...allowed].join(', ') || 'none'}.`,
            );
          }
        }
        if (pending) reportEmpty(pending);
        const rest = node as Paragraph;
        if (rest.children.length === 0) {
          pending = marker;
        } else {
          pending = undefined;
          attach(marker, node);
        }
        if (rest.children.length === 0) tree.children.splice(tree.children.indexOf(node), 1);
        continue;
      }
      if (pending) {
        attach(pending, node);
        pending = undefined;
      } else {
        report(
          'Text without a block id',
          node,
          'missing-id',
          'Put a marker like {#some-id} on the line above; use the same id as the matching paragraph in the other language.',
        );
      }
    }
    if (pending) reportEmpty(pending);
    file.data.blocks = blocks;
  };
}

/** Strips a leading `{#id …}` marker from a paragraph and returns it; `malformed` when the marker is broken. */
function readMarker(node: Paragraph): BlockMarker | 'malformed' | undefined {
  const first = node.children[0];
  if (first?.type !== 'text' || !first.value.startsWith('{')) return undefined;
  const match = MARKER.exec(first.value);
  if (!match || !BLOCK_ID.test(match[1]!)) return 'malformed';
  const attributes: Record<string, string> = {};
  for (const pair of (match[2] ?? '').trim().split(/\s+/).filter(Boolean)) {
    const [key, value = ''] = pair.split('=');
    attributes[key!] = value;
  }
  const start = node.position?.start ?? { line: 0, column: 0 };
  const rest = first.value.slice(match[0].length);
  if (rest) (first as Text).value = rest;
  else node.children.shift();
  return { id: match[1]!, line: start.line, column: start.column, attributes };
}
