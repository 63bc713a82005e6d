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
  tree.children = children.flatMap((child): RootContent[] => {
    if (child.type === 'text') return replace(child);
    if (child.type === 'element' && descend(child)) replaceText(child, replace, descend);
    return [child];
  }) as typeof tree.children;
}
