import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { unspaceCjk } from '../../src/language/chinese/cjk-spacing';
import { excerptHtml, hitPattern, markHits } from '../../src/language/search-hits';

/** What a reader sees of an excerpt: its text, and the words marked as hits. */
function rendered(html: string) {
  const tree: Root = fromHtml(html, { fragment: true });
  return { text: toText(tree), marks: selectAll('mark', tree).map((mark: Element) => toText(mark)) };
}

describe('search excerpts', () => {
  // Pagefind 1.6's excerpt of the text `a < b & c > d <b>e</b> R&D`, searched for "b": `<` and `>` come as
  // entities, `&` as it is.
  const excerpt = 'a &lt; <mark>b</mark> & c &gt; d &lt;b&gt;e&lt;/b&gt; R&D';

  it('shows < > & and a tag-like text as the text has them, escaped once, with the hits marked', () => {
    expect(rendered(excerptHtml(excerpt))).toEqual({ text: 'a < b & c > d <b>e</b> R&D', marks: ['b'] });
  });

  it('does the same for Chinese, whose spaces between characters are taken out', () => {
    const zh = '研 发 &lt; <mark>投 入</mark> & 比 重';
    expect(rendered(unspaceCjk(excerptHtml(zh)))).toEqual({ text: '研发<投入&比重', marks: ['投入'] });
  });

  it('marks every hit as the opened page does, not the stop after one, where Pagefind marked the first', () => {
    const en = 'grow <mark>navel</mark> <mark>oranges.</mark> Build a high-quality navel orange industry & R&lt;D';
    const pattern = hitPattern('navel orange')!;
    // Used before on the whole paragraph, as the results list does to link to the first hit's sentence.
    pattern.exec('a longer paragraph: grow navel oranges. Build a high-quality navel orange industry');
    expect(rendered(markHits(excerptHtml(en), pattern))).toEqual({
      text: 'grow navel oranges. Build a high-quality navel orange industry & R<D',
      marks: ['navel', 'oranges', 'navel', 'orange'],
    });
    const zh = unspaceCjk(excerptHtml('坚 决 执 行 <mark>三 线 一 单</mark> ， 落 实 三 线 一 单 要 求'));
    expect(rendered(markHits(zh, hitPattern('三线一单'))).marks).toEqual(['三线一单', '三线一单']);
  });

  it("keeps Pagefind's marks where the query's characters stand apart", () => {
    const zh = unspaceCjk(excerptHtml('<mark>三</mark> 大 <mark>一</mark> 批 清 <mark>单</mark>'));
    expect(rendered(markHits(zh, hitPattern('三线一单'))).marks).toEqual(['三', '一', '单']);
  });

  it('never lets a tag other than <mark> into the page', () => {
    const html = excerptHtml('<img src=x onerror=alert(1)> <mark>hit</mark>');
    expect(rendered(html)).toEqual({ text: '<img src=x onerror=alert(1)> hit', marks: ['hit'] });
  });
});
