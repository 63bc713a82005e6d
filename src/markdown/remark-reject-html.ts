import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

/** Reports raw HTML in Markdown content as an error: content is text, never markup or script. */
export default function remarkRejectHtml() {
  return (tree: Root, file: VFile) => {
    visit(tree, 'html', (node) => {
      const message = file.message(`Raw HTML is not allowed in content: ${node.value.slice(0, 40)}`, {
        place: node.position,
        ruleId: 'raw-html',
        source: 'report',
      });
      message.fatal = true;
      message.note = 'Remove the tag; write plain text and **bold** Markdown only.';
    });
  };
}
