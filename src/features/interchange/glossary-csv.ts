import { csv } from '../../shared/csv';
import { plainText } from '../../shared/plain-text';
import { definitionSource, type InterchangeTerm } from './tbx';

const COLUMNS = [
  'id',
  'zh',
  'en',
  'zh_spellings',
  'en_spellings',
  'definition_en',
  'definition_zh',
  'definition_source',
];

/** The glossary as CSV: a header row, then one entry a row; several spellings are joined by "; ". */
export function exportGlossaryCsv(terms: InterchangeTerm[]): string {
  const rows = terms.map((term) => [
    term.id,
    term.zh,
    term.en,
    term.spellings.zh.join('; '),
    term.spellings.en.join('; '),
    plainText(term.definition.en),
    plainText(term.definition.zh),
    definitionSource(term),
  ]);
  return csv([COLUMNS, ...rows]);
}
