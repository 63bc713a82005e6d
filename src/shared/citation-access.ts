import type { Bilingual } from './languages';

/** One citation in each format the site offers: APA 7 text, BibLaTeX, RIS and CSL-JSON. */
export interface FormattedCitation {
  apa: string;
  bibtex: string;
  ris: string;
  csl: string;
}

export type CitationFormat = keyof FormattedCitation;

/**
 * A date no reader will access the page on: citations are formatted at build time with it as the access date,
 * and finishCitation puts the reader's own date in its place, in each format's spelling of a date.
 */
export const ACCESS_DATE_PLACEHOLDER = new Date(1900, 0, 2);

/** A date as each format writes it: APA spelled out, BibLaTeX ISO, RIS year/month/day/ unpadded. */
function spellings(date: Date) {
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  return {
    parts: [y, m, d],
    apa: date.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' }),
    iso: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ris: `${y}/${m}/${d}/`,
  };
}

/**
 * A citation as the build formatted it (with the placeholder access date), its link (absolute, or a path from the
 * host's root when the build had no site address) and the text it quotes.
 */
export interface CitationWithQuote extends FormattedCitation {
  url: string;
  quote: Bilingual;
}

/**
 * The citation as the reader takes it away: today's access date in place of the build's placeholder
 * (ACCESS_DATE_PLACEHOLDER) in each format's spelling, a link that is a path made absolute against `page` (the
 * address the reader loaded the page from), and the quotation when asked for.
 */
export function finishCitation(
  citation: CitationWithQuote,
  key: CitationFormat,
  withQuote: boolean,
  today = new Date(),
  page?: string,
): string {
  const from = spellings(ACCESS_DATE_PLACEHOLDER);
  const to = spellings(today);
  const url = page ? new URL(citation.url, page).href : citation.url;
  const quote = `“${citation.quote.zh}” / “${citation.quote.en}”`;
  switch (key) {
    case 'apa': {
      const dated = citation.apa.replace(from.apa, to.apa);
      // APA ends with the link.
      const text = dated.endsWith(citation.url) ? dated.slice(0, -citation.url.length) + url : dated;
      return withQuote ? `${text}\n\n${quote}` : text;
    }
    case 'bibtex': {
      const text = citation.bibtex
        .replaceAll(from.iso, to.iso)
        .replace(`\turl = {${citation.url}},`, `\turl = {${url}},`);
      return withQuote ? text.replace(/\n}$/, `\n\taddendum = {${quote}},\n}`) : text;
    }
    case 'ris': {
      const text = citation.ris
        .replace(`Y2  - ${from.ris}`, `Y2  - ${to.ris}`)
        .replace(`UR  - ${citation.url}\n`, `UR  - ${url}\n`);
      return withQuote ? text.replace(/\nER {2}-/, `\nN1  - ${quote}\nER  -`) : text;
    }
    case 'csl': {
      const item = JSON.parse(citation.csl) as Record<string, unknown>;
      item.accessed = { 'date-parts': [to.parts] };
      item.URL = url;
      if (withQuote) item.note = quote;
      return JSON.stringify([item], null, 2);
    }
  }
}
