import type { Element, ElementContent, Root, RootContent, Text } from 'hast';

/**
 * Replaces every text node of a HTML tree, in document order, with the nodes `replace` returns for it;
 * elements for which `descend` is false are left whole. Shared by the plugins that mark up words in text.
 */
export function replaceText(
  tree: Root | Element,
  replace: (text: Text) => ElementContent[],
  descend: (element: Element) => boolean = () => true,
): void {
  const children: RootContent[] = tree.children;
  // A new list only once a text node is replaced: most elements keep their children as they are.
  let replaced: RootContent[] | undefined;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (child.type === 'text') {
      const nodes = replace(child);
      if (nodes.length !== 1 || nodes[0] !== child) {
        replaced ??= children.slice(0, i);
        replaced.push(...nodes);
        continue;
      }
    } else if (child.type === 'element' && descend(child)) replaceText(child, replace, descend);
    replaced?.push(child);
  }
  if (replaced) tree.children = replaced as typeof tree.children;
}
