import type { ElementContent, Root } from 'hast';

/** The text of a HTML tree, as it reads: every text node in order, nothing between elements. */
export function textOf(node: Root | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' || node.type === 'root'
    ? node.children.map((child) => textOf(child as ElementContent)).join('')
    : '';
}
