import { readFileSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../../src/content/load-site-content';
import { partLabel } from '../../src/content/part-label';
import { readPolyphones } from '../../src/language/chinese/polyphones';
import { noteId } from '../../src/markdown/ids';
import { page, select, selectAll, toText } from '../support/built-site';
import { epubcheck, readEpub } from '../support/epub';
import { requireBuild } from '../support/require-build';
import { rubyReadings } from '../support/ruby';

const BOOK = 'dist/downloads/ganzhou-report.epub';
const PINYIN = 'dist/downloads/ganzhou-report-pinyin.epub';
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const epubType = (el: Element) => String(el.properties['epub:type'] ?? '').split(' ');
/** Every element of a tree whose epub:type lists `type` (hast-util-select cannot name a prefixed attribute). */
function ofType(tree: Root | Element, type: string): Element[] {
  return selectAll('*', tree).filter((el) => epubType(el).includes(type));
}
/** The text a reader sees of a language of a block: the note markers' numbers are the book's, not the text's. */
function shownText(el: Element): string {
  const copy = structuredClone(el);
  for (const ref of selectAll('a.note-ref', copy)) ref.children = [];
  return collapse(toText(copy));
}

describe('the e-book', () => {
  requireBuild();
  const book = readEpub(BOOK);
  const xhtml = (name: string) => {
    const text = book.files.get(`OEBPS/${name}`);
    if (text === undefined) throw new Error(`${BOOK} has no OEBPS/${name}`);
    return fromHtml(text);
  };

  it('passes EPUBCheck with no error and no warning, both editions', { timeout: 120_000 }, async () => {
    const reports = await Promise.all([BOOK, PINYIN].map(epubcheck));
    for (const [i, file] of [BOOK, PINYIN].entries()) {
      const report = reports[i]!;
      expect(report.messages, file).toEqual([]);
      expect([report.fatals, report.errors, report.warnings], file).toEqual([0, 0, 0]);
    }
  });

  it('is linked from the home page, with its size', () => {
    const home = page('dist', '');
    const links = selectAll('.home__ebooks a[download]', home).map((a) => String(a.properties.href));
    expect(links).toEqual([
      '/downloads/ganzhou-report.epub',
      '/downloads/ganzhou-report-pinyin.epub',
      '/downloads/ganzhou-report.pdf',
    ]);
    const meta = selectAll('.home__ebooks .downloads__meta', home).map((el) => collapse(toText(el)));
    for (const [i, file] of [BOOK, PINYIN].entries())
      expect(meta[i]).toBe(
        `${file.split('/').pop()} · EPUB 3 · ${Math.round(readFileSync(file).byteLength / 1000)} kB`,
      );
  });

  it('has every block of every part, Chinese then English, each with its language', async () => {
    const { parts } = await loadSiteContent('content');
    for (const part of parts) {
      const tree = xhtml(`${part.slug}.xhtml`);
      for (const block of part.blocks) {
        const pair = select(`[id="${block.id}"]`, tree);
        expect(pair, `${part.slug}#${block.id}`).toBeDefined();
        const texts = selectAll('.zh, .en', pair!);
        expect(texts.map((el) => [el.properties.className, el.properties.lang, el.properties.xmlLang])).toEqual([
          [['zh'], 'zh-CN', 'zh-CN'],
          [['en'], 'en', 'en'],
        ]);
        expect(shownText(texts[0]!), `${part.slug}#${block.id} zh`).toBe(collapse(block.zh.text));
        expect(shownText(texts[1]!), `${part.slug}#${block.id} en`).toBe(collapse(block.en.text));
        // The bold lead stays bold.
        if (block.zh.lead) expect(toText(select('.zh strong', pair!)!)).toBe(block.zh.lead);
        if (block.en.lead) expect(toText(select('.en strong', pair!)!)).toBe(block.en.lead);
      }
    }
  });

  it('has footnotes whose noterefs resolve: every translator note, and each term at its first use in a paragraph', async () => {
    const { parts } = await loadSiteContent('content');
    let termRefs = 0;
    for (const part of parts) {
      const tree = xhtml(`${part.slug}.xhtml`);
      const footnotes = new Map(ofType(tree, 'footnote').map((aside) => [String(aside.properties.id), aside]));
      for (const aside of footnotes.values()) expect(aside.tagName).toBe('aside');
      const refs = ofType(tree, 'noteref');
      const targets = new Set(refs.map((ref) => String(ref.properties.href)));
      expect([...targets].sort(), part.slug).toEqual([...footnotes.keys()].map((id) => `#${id}`).sort());
      for (const note of part.notes) {
        expect(footnotes.has(noteId(note.label)), `${part.slug} ${note.label}`).toBe(true);
        expect(collapse(toText(footnotes.get(noteId(note.label))!))).toContain(collapse(note.text));
      }
      for (const block of part.blocks) {
        for (const language of ['zh', 'en'] as const) {
          const text = select(`[id="${block.id}"] .${language}`, tree)!;
          const linked = ofType(text, 'noteref')
            .filter((ref) => String(ref.properties.href).startsWith('#fn-'))
            .map((ref) => String(ref.properties.href).slice('#fn-'.length));
          expect(linked, `${part.slug}#${block.id} ${language}`).toEqual([...new Set(block[language].terms)]);
          termRefs += linked.length;
        }
      }
    }
    expect(termRefs).toBeGreaterThan(100);
  });

  it('has a navigation document with every part and the glossary, and landmarks', async () => {
    const { parts } = await loadSiteContent('content');
    const nav = xhtml('nav.xhtml');
    const toc = ofType(nav, 'toc').find((el) => el.tagName === 'nav')!;
    const entries = selectAll('li > a', toc).map((a) => [String(a.properties.href), collapse(toText(a))]);
    expect(entries).toEqual([
      ...parts.map((part) => [`${part.slug}.xhtml`, `${partLabel(part).zh} · ${partLabel(part).en}`]),
      ['glossary.xhtml', '词汇表 · Glossary'],
    ]);
    const landmarks = ofType(nav, 'landmarks').find((el) => el.tagName === 'nav')!;
    expect(selectAll('a', landmarks).map((a) => [epubType(a)[0], String(a.properties.href)])).toEqual([
      ['cover', 'cover.xhtml'],
      ['toc', 'nav.xhtml#toc'],
      ['bodymatter', `${parts[0]!.slug}.xhtml`],
      ['glossary', 'glossary.xhtml'],
    ]);
  });

  it('says in its metadata what it is, in both languages, and states no date of the report', () => {
    const opf = book.files.get('OEBPS/content.opf')!;
    expect(book.order[0]).toBe('mimetype');
    expect([...opf.matchAll(/<dc:language>([^<]+)</g)].map((m) => m[1])).toEqual(['zh-CN', 'en']);
    expect(opf).toContain('<dc:title id="title" xml:lang="zh-CN">赣州市政府工作报告（节选）</dc:title>');
    expect(opf).toMatch(/property="alternate-script" xml:lang="en">Ganzhou Report on the Work of the Government/);
    expect(opf).toContain('<dc:creator id="creator" xml:lang="zh-CN">赣州市人民政府</dc:creator>');
    expect(opf).toContain('<dc:description xml:lang="en">');
    expect(opf).toMatch(/the English is this project's translation/);
    expect(opf).not.toMatch(/<dc:date|\b20\d\d年|届/);
    const cover = toText(xhtml('cover.xhtml'));
    expect(cover).toContain('赣州市政府工作报告（节选）');
    expect(cover).toContain('Ganzhou Report on the Work of the Government (excerpt)');
  });

  it('pinyin edition: the ruby of every reviewed polyphone is its reviewed reading', async () => {
    const pinyin = readEpub(PINYIN);
    const { rows: reviewed } = readPolyphones(readFileSync('content/reading/polyphones.tsv', 'utf8'));
    expect(reviewed.length).toBeGreaterThan(50);
    const trees = new Map<string, Root>();
    const wrong: string[] = [];
    for (const entry of reviewed) {
      if (!trees.has(entry.part)) trees.set(entry.part, fromHtml(pinyin.files.get(`OEBPS/${entry.part}.xhtml`)!));
      const zh = select(`[id="${entry.block}"] .zh`, trees.get(entry.part)!)!;
      const shown = rubyReadings(zh)[entry.index];
      expect(shown?.char, `${entry.part}#${entry.block} ${entry.context}`).toBe(entry.char);
      if (shown!.reading !== entry.reading)
        wrong.push(`${entry.context}: ${shown!.reading}, reviewed ${entry.reading}`);
    }
    expect(wrong).toEqual([]);
  });
});
