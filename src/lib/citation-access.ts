import type { FormattedCitation } from './citations';

export type CitationFormat = keyof FormattedCitation;

/** A citation as the build formatted it (with the placeholder access date), and the text it quotes. */
type FinishedFrom = FormattedCitation & { quote: { zh: string; en: string } };

/**
 * The citation as the reader takes it away: today's access date in place of the build's placeholder
 * (ACCESS_DATE_PLACEHOLDER, 2 January 1900, in each format's spelling), and the quotation when asked for.
 */
export function finishCitation(
  citation: FinishedFrom,
  key: CitationFormat,
  withQuote: boolean,
  today = new Date(),
): string {
  const [y, m, d] = [today.getFullYear(), today.getMonth() + 1, today.getDate()];
  const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const quote = `“${citation.quote.zh}” / “${citation.quote.en}”`;
  switch (key) {
    case 'apa': {
      const spelled = today.toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric' });
      const text = citation.apa.replace('January 2, 1900', spelled);
      return withQuote ? `${text}\n\n${quote}` : text;
    }
    case 'bibtex': {
      const text = citation.bibtex.replaceAll('1900-01-02', iso);
      return withQuote ? text.replace(/\n}$/, `\n\taddendum = {${quote}},\n}`) : text;
    }
    case 'ris': {
      const text = citation.ris.replace('Y2  - 1900/1/2/', `Y2  - ${y}/${m}/${d}/`);
      return withQuote ? text.replace(/\nER {2}-/, `\nN1  - ${quote}\nER  -`) : text;
    }
    case 'csl': {
      const item = JSON.parse(citation.csl) as Record<string, unknown>;
      item.accessed = { 'date-parts': [[y, m, d]] };
      if (withQuote) item.note = quote;
      return JSON.stringify([item], null, 2);
    }
  }
}
