import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../../src/content/glossary-entry-schema';
import { REPORT } from '../../src/content/report-identity';
import type { ReportPart } from '../../src/content/report-schema';
import { reportEpub, type ReportEpubInput } from '../../src/features/epub/report-epub';

const term = (id: string, text: string) => `<a href="../glossary/#${id}" class="term" data-term="${id}">${text}</a>`;
const text = (html: string, terms: string[] = []) => ({
  html,
  text: html.replace(/<[^>]+>/g, ''),
  terms,
  segments: [],
  segmentTerms: [],
  line: 1,
});

const part: ReportPart = {
  slug: 'part-3',
  order: 3,
  numeral: '三',
  excerpt: false,
  title: { zh: '持续深化改革开放', en: 'Continue to deepen reform and opening up' },
  files: { zh: 'content/report/zh/part-3.md', en: 'content/report/en/part-3.md' },
  blocks: [
    {
      id: 'reform',
      kind: 'heading',
      zh: text('（三）持续深化改革开放'),
      en: text('(III) Continue to deepen reform and opening up'),
    },
    {
      id: 'services',
      kind: 'paragraph',
      zh: text(
        `<strong>优化服务。</strong>深化${term('fang-guan-fu', '放管服')}改革，再推${term('fang-guan-fu', '放管服')}。`,
        ['fang-guan-fu', 'fang-guan-fu'],
      ),
      en: text(
        `<strong>Improve services.</strong> Deepen ${term('fang-guan-fu', 'the reform')} &amp; more.<a class="note-ref" href="#tn-more" id="tn-ref-more" data-note="1" aria-label="Translator's note 1"></a>`,
        ['fang-guan-fu'],
      ),
    },
  ],
  notes: [{ label: 'more', number: 1, html: 'A <em>note</em> &lt;here&gt;.', text: 'A note <here>.', line: 9 }],
};

const entry: GlossaryEntry = {
  id: 'fang-guan-fu',
  source: 'editorial',
  zh: '放管服',
  en: 'streamline administration',
  spellings: { zh: ['放管服'], en: ['the reform'] },
  absent: false,
  definition: { zh: '简政放权。', en: 'Delegate power &amp; improve regulation.' },
  related: [],
  file: 'content/glossary/fang-guan-fu.yaml',
  lines: {},
  occurrences: [],
};

const input: ReportEpubInput = {
  parts: [part],
  glossary: [entry],
  sourceLabel: () => ({ zh: '编者注', en: "Editor's note" }),
  report: REPORT,
  identifier: 'urn:uuid:00000000-0000-4000-8000-000000000000',
  modified: '2024-01-02T00:00:00Z',
};

function unpack(book: Uint8Array) {
  const entries = unzipSync(book);
  return { order: Object.keys(entries), file: (name: string) => strFromU8(entries[name]!) };
}
/** Parses as XML, failing on anything not well-formed. */
function xml(source: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(source, 'application/xhtml+xml');
}

describe('reportEpub', () => {
  it('packs an EPUB: mimetype first and stored, then the container, package, nav, stylesheet and documents', () => {
    const book = reportEpub(input);
    // A stored entry's data follows its local header (30 bytes) and name, uncompressed.
    expect(strFromU8(book.subarray(30, 30 + 8 + 20))).toBe('mimetypeapplication/epub+zip');
    expect(unpack(book).order).toEqual([
      'mimetype',
      'META-INF/container.xml',
      'OEBPS/content.opf',
      'OEBPS/nav.xhtml',
      'OEBPS/style.css',
      'OEBPS/cover.xhtml',
      'OEBPS/part-3.xhtml',
      'OEBPS/glossary.xhtml',
    ]);
  });

  it('gives the same bytes for the same input', () => {
    expect(Buffer.from(reportEpub(input)).equals(Buffer.from(reportEpub(input)))).toBe(true);
  });

  it('writes well-formed XML in every document', () => {
    const { order, file } = unpack(reportEpub(input));
    for (const name of order.filter((n) => /\.(xhtml|opf|xml)$/.test(n)))
      expect(() => xml(file(name)), name).not.toThrow();
  });

  it('puts each paragraph in Chinese then English, each with its language, the bold lead kept', () => {
    const doc = xml(unpack(reportEpub(input)).file('OEBPS/part-3.xhtml'));
    const pair = doc.getElementById('services')!;
    const texts = [...pair.getElementsByTagName('p')].slice(0, 2);
    expect(texts.map((p) => [p.getAttribute('class'), p.getAttribute('lang'), p.getAttribute('xml:lang')])).toEqual([
      ['zh', 'zh-CN', 'zh-CN'],
      ['en', 'en', 'en'],
    ]);
    expect(texts[0]!.getElementsByTagName('strong')[0]!.textContent).toBe('优化服务。');
    expect(texts[1]!.textContent).toBe('Improve services. Deepen the reform & more.1');
    expect(doc.getElementsByTagName('h1')[0]!.textContent).toBe(
      '（三）持续深化改革开放(III) Continue to deepen reform and opening up',
    );
  });

  it('links a term to its footnote at its first use in each language of a paragraph, and the note markers', () => {
    const doc = xml(unpack(reportEpub(input)).file('OEBPS/part-3.xhtml'));
    const noterefs = [...doc.getElementsByTagName('a')].filter((a) => a.getAttribute('epub:type') === 'noteref');
    expect(noterefs.map((a) => [a.getAttribute('href'), a.textContent])).toEqual([
      ['#fn-fang-guan-fu', '放管服'],
      ['#fn-fang-guan-fu', 'the reform'],
      ['#tn-more', '1'],
    ]);
    // The second 放管服 is plain text: one link per paragraph is enough to open the footnote.
    expect(doc.getElementById('services')!.getElementsByTagName('span')[0]!.textContent).toBe('放管服');
    const asides = [...doc.getElementsByTagName('aside')];
    expect(asides.map((a) => [a.getAttribute('id'), a.getAttribute('epub:type')])).toEqual([
      ['tn-more', 'footnote'],
      ['fn-fang-guan-fu', 'footnote'],
    ]);
    expect(asides[0]!.textContent).toBe("译注 Translator's note 1: A note <here>.");
    expect(asides[1]!.textContent).toBe(
      '放管服 streamline administration简政放权。Delegate power & improve regulation.',
    );
  });

  it('lists the parts and the glossary in the nav, with landmarks, and says what the book is in its metadata', () => {
    const { file } = unpack(reportEpub(input));
    const nav = xml(file('OEBPS/nav.xhtml'));
    expect([...nav.getElementsByTagName('a')].map((a) => a.getAttribute('href'))).toEqual([
      'part-3.xhtml',
      'glossary.xhtml',
      'cover.xhtml',
      'nav.xhtml#toc',
      'part-3.xhtml',
      'glossary.xhtml',
    ]);
    const opf = xml(file('OEBPS/content.opf'));
    const dc = (name: string) =>
      [...opf.getElementsByTagName(`dc:${name}`)].map((el) => [el.getAttribute('xml:lang'), el.textContent]);
    expect(dc('language').map(([, value]) => value)).toEqual(['zh-CN', 'en']);
    expect(dc('title')).toEqual([['zh-CN', '赣州市政府工作报告（节选）']]);
    expect(dc('creator')).toEqual([['zh-CN', '赣州市人民政府']]);
    expect(dc('date')).toEqual([]);
    const alternates = [...opf.getElementsByTagName('meta')]
      .filter((meta) => meta.getAttribute('property') === 'alternate-script')
      .map((meta) => [meta.getAttribute('refines'), meta.textContent]);
    expect(alternates).toEqual([
      ['#title', 'Ganzhou Report on the Work of the Government (excerpt)'],
      ['#creator', "Ganzhou Municipal People's Government"],
    ]);
  });

  it('takes the Chinese with its ruby in the pinyin edition', () => {
    const ruby = '<ruby>优<rt>yōu</rt></ruby>';
    const book = reportEpub({
      ...input,
      pinyin: { blocks: () => ({ services: ruby }), note: { zh: '拼音', en: 'Pinyin' } },
    });
    const doc = xml(unpack(book).file('OEBPS/part-3.xhtml'));
    const zh = doc.getElementById('services')!.getElementsByTagName('p')[0]!;
    expect(zh.getElementsByTagName('rt')[0]!.textContent).toBe('yōu');
    expect(xml(unpack(book).file('OEBPS/content.opf')).getElementsByTagName('dc:title')[0]!.textContent).toBe(
      '赣州市政府工作报告（节选）·拼音版',
    );
  });

  it('refuses a link it cannot follow, naming the file and block', () => {
    const stray = structuredClone(part);
    stray.blocks[1]!.en.html = 'See <a href="https://example.org/">this</a>.';
    expect(() => reportEpub({ ...input, parts: [stray] })).toThrow(
      'content/report/en/part-3.md:1 (services): a link the book cannot follow (https://example.org/)',
    );
  });
});
