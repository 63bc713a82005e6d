import type { Html, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

/** Reports raw HTML in Markdown content as an error: content is text, never markup or script. */
export default function remarkRejectHtml() {
  return (tree: Root, file: VFile) => {
    for (const node of htmlNodes(tree.children)) {
      const message = file.message(`Raw HTML is not allowed in content: ${node.value.slice(0, 40)}`, {
        place: node.position,
        ruleId: 'raw-html',
        source: 'report',
      });
      message.fatal = true;
      message.note = 'Remove the tag; write plain text and **bold** Markdown only.';
    }
  };
}

/** The HTML nodes among `nodes` and their descendants, in document order. (A plain loop: unist-util-visit's
 * bookkeeping per node was a tenth of the plugins' time in a full check.) */
function htmlNodes(nodes: RootContent[], found: Html[] = []): Html[] {
  for (const node of nodes) {
    if (node.type === 'html') found.push(node);
    else if ('children' in node) htmlNodes(node.children, found);
  }
  return found;
}
