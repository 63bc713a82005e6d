import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

/** The characters of a block's ruby HTML (or its element) in order, each with its reading ('' outside ruby). */
export function rubyReadings(html: string | Element): { char: string; reading: string }[] {
  const out: { char: string; reading: string }[] = [];
  const walk = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type === 'text') for (const char of child.value) out.push({ char, reading: '' });
      else if (child.type === 'element' && child.tagName === 'ruby') {
        const base = child.children.find((c) => c.type === 'text');
        const rt = child.children.find((c): c is Element => c.type === 'element' && c.tagName === 'rt');
        const reading = rt?.children[0]?.type === 'text' ? rt.children[0].value : '';
        out.push({ char: base?.type === 'text' ? base.value : '', reading });
      } else if (child.type === 'element') walk(child);
    }
  };
  walk(typeof html === 'string' ? unified().use(rehypeParse, { fragment: true }).parse(html) : html);
  return out;
}
