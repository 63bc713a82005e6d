import type { ElementContent, Root } from 'hast';

/** The text of a HTML tree, as it reads: every text node in order, nothing between elements. */
export function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  let text = '';
  for (const child of node.children) text += textOf(child as ElementContent);
  return text;
}
