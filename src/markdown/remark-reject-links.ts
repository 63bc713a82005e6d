import type { Definition, Image, ImageReference, Link, LinkReference, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { shorten } from '../shared/shorten';

/** A link or image in Markdown: inline, autolink (`<https://…>`), by reference, or a reference's definition. */
export type LinkNode = Link | Image | LinkReference | ImageReference | Definition;

const LINK_TYPES = new Set(['link', 'image', 'linkReference', 'imageReference', 'definition']);

export const LINK_HINT =
  'Content has no links or images: write the words as plain text, without the [](…), <…> or ![](…) around them (the site links glossary terms by itself).';

/** What a link node is, for a message: `Link to "javascript:alert(1)"`. */
export function describeLink(node: LinkNode): string {
  const target = (url: string) => JSON.stringify(shorten(url, 60));
  switch (node.type) {
    case 'link':
      return `Link to ${target(node.url)}`;
    case 'image':
      return `Image ${target(node.url)}`;
    case 'definition':
      return `Link definition [${node.label ?? node.identifier}]: ${target(node.url)}`;
    default:
      return `${node.type === 'imageReference' ? 'Image' : 'Link'} by reference [${node.label ?? node.identifier}]`;
  }
}

/**
 * Every link and image under `parent`, in document order; with `remove`, each definition is taken out of the
 * tree (it renders nothing, and left in place it would read as a block without an id).
 */
export function linkNodes(parent: Parent, { remove = false } = {}, found: LinkNode[] = []): LinkNode[] {
  // A plain loop, as in remark-reject-html: it meets every node of every file.
  for (let index = 0; index < parent.children.length; index++) {
    const node = parent.children[index]!;
    if (LINK_TYPES.has(node.type)) {
      found.push(node as LinkNode);
      if (remove && node.type === 'definition') parent.children.splice(index--, 1);
    } else if ('children' in node) linkNodes(node, { remove }, found);
  }
  return found;
}

/**
 * Reports every link and image in Markdown content as an error, whatever its scheme (`javascript:`, `data:`,
 * `https:`): the content has none, and the site would render each as a live `<a href>` or `<img src>`. Runs
 * before the translator's notes are taken out of the tree, so a link inside a note is found too.
 */
export default function remarkRejectLinks() {
  return (tree: Root, file: VFile) => {
    for (const node of linkNodes(tree, { remove: true })) {
      const message = file.message(`${describeLink(node)} in the text`, {
        place: node.position,
        ruleId: 'link',
        source: 'report',
      });
      message.fatal = true;
      message.note = LINK_HINT;
    }
  };
}
