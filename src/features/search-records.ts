import type { GlossaryEntry } from '../content/glossary-entry-schema';
import type { NationalReport } from '../content/load-national-reports';
import type { SiteContent } from '../content/load-site-content';
import { spaceCjk } from '../language/chinese/cjk-spacing';
import { partLabel } from '../content/part-label';
import { anchorPath, glossaryPath, nationalPath, noteId } from '../markdown/ids';
import { plainText } from '../shared/plain-text';
import type { Language } from '../shared/languages';
import { segmentEnds } from '../language/search-hits';

/** A Pagefind custom record: one paragraph (or glossary entry) in one language. */
export interface SearchRecord {
  url: string;
  content: string;
  language: Language;
  meta: {
    /** Where the result leads, relative to the site's base: `part-3/#business-environment`. */
    href: string;
    /** The part (or "Glossary") in both languages, for the result's heading. */
    title: string;
    titleEn: string;
    /** The aligned text in the other language, shown beneath the hit. */
    other: string;
    /** Paragraphs: where each sentence ends in `content` (unspaced), so a result can link to its hit's sentence. */
    ends?: string;
    kind: SearchKind;
  };
  /** `lang` is the record's language: both languages share one index (see the pagefind-index integration). */
  filters: { kind: SearchKind[]; part?: string[]; lang: [Language] };
}

/** `national`: a paragraph of a State Council report, indexed apart from the report's own kinds. */
export type SearchKind = 'report' | 'glossary' | 'note' | 'national';
/** The `part` filter value of glossary entries. */
export const GLOSSARY_PART = 'glossary';

/**
 * Every searchable unit of the site: each paragraph and heading of the report and each glossary entry, once in
 * Chinese and once in English, and each translator's note, so a result is a paragraph, not a page. Chinese is spaced character by
 * character (see spaceCjk) and English is indexed as English, so Pagefind stems it.
 */
export function searchRecords(content: Pick<SiteContent, 'parts' | 'glossary'>): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const part of content.parts) {
    const label = partLabel(part);
    for (const block of part.blocks) {
      const href = anchorPath(part.slug, block.id);
      const common = { kind: 'report' as const, href, title: label.zh, titleEn: label.en };
      const filters = { kind: ['report' as const], part: [part.slug] };
      records.push(
        {
          url: `zh/${href}`,
          content: spaceCjk(block.zh.text),
          language: 'zh',
          meta: { ...common, other: block.en.text, ends: segmentEnds(block.zh.text, block.zh.segments).join(',') },
          filters: { ...filters, lang: ['zh'] },
        },
        {
          url: `en/${href}`,
          content: block.en.text,
          language: 'en',
          meta: { ...common, other: block.zh.text, ends: segmentEnds(block.en.text, block.en.segments).join(',') },
          filters: { ...filters, lang: ['en'] },
        },
      );
    }
  }
  for (const entry of content.glossary) records.push(...glossaryRecords(entry));
  // Translator's notes are English and their own kind of result: they are no part of the report's text.
  for (const part of content.parts) {
    const label = partLabel(part);
    for (const note of part.notes) {
      const href = anchorPath(part.slug, noteId(note.label));
      records.push({
        url: `en/${href}`,
        content: note.text,
        language: 'en',
        meta: { kind: 'note', href, title: label.zh, titleEn: label.en, other: '' },
        filters: { kind: ['note'], part: [part.slug], lang: ['en'] },
      });
    }
  }
  return records;
}

function glossaryRecords(entry: GlossaryEntry): SearchRecord[] {
  const href = glossaryPath(entry.id);
  const zh = `${entry.zh}：${plainText(entry.definition.zh)}`;
  const en = `${entry.en}: ${plainText(entry.definition.en)}`;
  const common = { kind: 'glossary' as const, href, title: '词汇表', titleEn: 'Glossary' };
  const filters = { kind: ['glossary' as const], part: [GLOSSARY_PART] };
  return [
    {
      url: `zh/${href}`,
      content: spaceCjk(zh),
      language: 'zh',
      meta: { ...common, other: en },
      filters: { ...filters, lang: ['zh'] },
    },
    {
      url: `en/${href}`,
      content: en,
      language: 'en',
      meta: { ...common, other: zh },
      filters: { ...filters, lang: ['en'] },
    },
  ];
}

/**
 * The national reports' search records, for an index of their own: one per paragraph of each year's report,
 * Chinese only. `href` names the paragraph's first sentence (`national/2022/#2022.457`) and `ends` where each of
 * its sentences ends, so a result can link to the sentence that holds its hit, as the report's results do.
 */
export function nationalSearchRecords(reports: readonly NationalReport[]): SearchRecord[] {
  const records: SearchRecord[] = [];
  for (const report of reports) {
    const title = {
      title: `${report.year}年政府工作报告`,
      titleEn: `${report.year} Report on the Work of the Government`,
    };
    report.paragraphs.forEach((paragraph, index) => {
      const sentences = report.sentences.filter((sentence) => sentence.paragraph === index + 1);
      const href = nationalPath(report.year, sentences[0]!.id);
      records.push({
        url: href,
        content: spaceCjk(paragraph),
        language: 'zh',
        meta: {
          kind: 'national',
          href,
          ...title,
          other: '',
          ends: segmentEnds(
            paragraph,
            sentences.map((sentence) => sentence.text),
          ).join(','),
        },
        filters: { kind: ['national'], lang: ['zh'] },
      });
    });
  }
  return records;
}
