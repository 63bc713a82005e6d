import path from 'node:path';
import { CONTENT_DIR } from '../content/content-dir';
import { REPORT } from '../content/report-identity';
import type { ReportPart } from '../content/report-schema';
import { reportEpub } from '../features/epub/report-epub';
import { lastChanged } from '../features/git-history';
import { getGlossary, sourceLabel } from './glossary';
import { oncePerBuildBy } from './once-per-build';
import { plainPinyinNote } from './pinyin-note';
import { getAnnotatedPart } from './reading-aids';
import { getParts } from './report';

/** The e-book's editions, as the home page lists them; each is built once per build, by its endpoint or the list. */
export const EPUB_EDITIONS = [
  {
    file: 'ganzhou-report.epub',
    pinyin: false,
    // A publication's identifier stays the same from build to build, so a reading system updates the book.
    identifier: 'urn:uuid:1e8980d0-d9d8-465f-bd8f-490af225c5c0',
    zh: '电子书',
    en: 'E-book',
    about: {
      zh: '全文中英对照，每段先中文后英文；译注和术语释义为弹出脚注，书末附名词注释和词汇表。',
      en: "The whole excerpt, each paragraph in Chinese then English; the translator's notes and the glossary terms as pop-up footnotes, the annex and the glossary at the end.",
    },
  },
  {
    file: 'ganzhou-report-pinyin.epub',
    pinyin: true,
    identifier: 'urn:uuid:36001f8c-0bfe-42b8-bcfb-5510ce2fb4f7',
    zh: '电子书（拼音版）',
    en: 'E-book with pinyin',
    about: {
      zh: '同上，汉字上方标注拼音（经审校的读音），供中文学习者使用。',
      en: 'The same, with pinyin over the Chinese (the reviewed readings the reader pages show), for learners.',
    },
  },
] as const;
export type EpubEdition = (typeof EPUB_EDITIONS)[number];

/** An edition's file, built from the parts and glossary the reader pages render. */
export const getReportEpub: (edition: EpubEdition) => Promise<Uint8Array<ArrayBuffer>> = oncePerBuildBy(buildEpub);

async function buildEpub(edition: EpubEdition): Promise<Uint8Array<ArrayBuffer>> {
  const [parts, glossary] = await Promise.all([getParts(), getGlossary()]);
  // The date of the content, not of the report: a build of unchanged text gives the same file.
  const day = lastChanged(['report', 'glossary', 'reading'].map((folder) => path.join(CONTENT_DIR, folder))) ?? today();
  let pinyin: Parameters<typeof reportEpub>[0]['pinyin'];
  if (edition.pinyin) {
    const annotated = new Map<string, Record<string, string>>();
    for (const part of parts) annotated.set(part.slug, (await getAnnotatedPart(part)).blocks);
    pinyin = { blocks: (part: ReportPart) => annotated.get(part.slug)!, note: plainPinyinNote() };
  }
  return reportEpub({
    parts,
    glossary,
    sourceLabel,
    report: REPORT,
    identifier: edition.identifier,
    modified: `${day}T00:00:00Z`,
    pinyin,
  });
}

const today = () => new Date().toISOString().slice(0, 10);

/** A file size as the home page gives it: "312 kB". */
export const formatSize = (bytes: number) => `${Math.round(bytes / 1000)} kB`;
