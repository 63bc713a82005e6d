import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { ACCESS_DATE_PLACEHOLDER, type FormattedCitation } from '../shared/citation-access';
import { REPORT } from '../content/report-identity';

/** What one citation names: only what the excerpt says. It states no year, so no style gets one. */
export interface CitationSource {
  id: string;
  /** The part, as the reader page titles it, in English. */
  part: string;
  url: string;
}

/** A URL no citation has, formatted in its place and then replaced with the real one. */
const URL_PLACEHOLDER = 'https://url.invalid/';
const apaByTitle = new Map<string, string>();

/**
 * APA through citeproc costs milliseconds a citation, a second for the report's paragraphs and sentences; the
 * citations of one part differ only in their URL, which APA prints as it is, so each part is formatted once.
 */
function apaCitation(item: { title: string; URL: string }): string {
  let template = apaByTitle.get(item.title);
  if (template === undefined) {
    template = new Cite({ ...item, URL: URL_PLACEHOLDER }).format('bibliography', {
      format: 'text',
      template: 'apa',
      lang: 'en-US',
    });
    apaByTitle.set(item.title, template);
  }
  return template.replace(URL_PLACEHOLDER, () => item.URL);
}

/** Formats one citation of a paragraph or a sentence of the report in APA 7, BibLaTeX, RIS and CSL-JSON. */
export function formatCitation(source: CitationSource): FormattedCitation {
  const item = {
    id: `ganzhou-report-${source.id}`,
    'citation-label': `ganzhou-report-${source.id}`,
    type: 'report',
    // 赣州市政府工作报告 romanised, with the English in brackets, as APA 7 asks of a title in a non-Latin script;
    // BibLaTeX could not hold the Chinese anyway (citation-js drops Chinese characters from its fields).
    title: `Ganzhou shi zhengfu gongzuo baogao [${REPORT.city.en} ${REPORT.title.en}] (excerpt), ${source.part}`,
    author: [{ literal: REPORT.issuer.en }],
    translator: [{ literal: REPORT.translator }],
    language: 'zh-CN',
    URL: source.url,
    // The page puts in the reader's own date (finishCitation).
    accessed: {
      'date-parts': [
        [
          ACCESS_DATE_PLACEHOLDER.getFullYear(),
          ACCESS_DATE_PLACEHOLDER.getMonth() + 1,
          ACCESS_DATE_PLACEHOLDER.getDate(),
        ],
      ],
    },
  };
  const cite = new Cite(item);
  return {
    apa: apaCitation(item).trim(),
    // BibLaTeX, whose fields are Unicode: BibTeX output would drop the Chinese title.
    // citation-js keys every entry by author and title alike ("GanzhouGanzhou"): each gets its own id instead.
    bibtex: cite
      .format('biblatex', { format: 'text' })
      .trim()
      .replace(/^@(\w+)\{[^,]*,/, `@$1{ganzhou-report-${source.id},`),
    // citation-js folds RIS lines at 70 characters, which some importers read as broken fields: unfold them.
    ris: cite
      .format('ris', { format: 'text' })
      .trim()
      .replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, ''),
    csl: JSON.stringify(cite.format('data', { format: 'object' })[0], null, 2),
  };
}
