import type { GlossaryEntry } from '../../content/glossary-entry-schema';
import { plainText } from '../../shared/plain-text';
import { element, writeXml } from './xml';
import { SOURCE_LANGUAGE, TARGET_LANGUAGE } from './xliff';

/** What the glossary exports read of an entry (the definition is HTML). */
export type InterchangeTerm = Pick<GlossaryEntry, 'id' | 'source' | 'note' | 'zh' | 'en' | 'spellings' | 'definition'>;

/** Where an entry's definition comes from, in words: the annex note, or this project's editors. */
export const definitionSource = (term: InterchangeTerm): string =>
  term.source === 'official' ? `official: annex note ${term.note} of the report` : 'editorial: written for this reader';

/**
 * The glossary as TBX-Basic (TBX 2008, `martif`): a `termEntry` per entry with a Chinese and an English
 * `langSet`, the headwords as preferred terms and the other spellings as admitted ones, each side's definition,
 * and whether the definition is official (from the annex) or editorial.
 */
export function exportTbx(terms: InterchangeTerm[], title: string): string {
  const entries = terms.map((term) =>
    element('termEntry', { id: term.id }, [
      element('admin', { type: 'source' }, [definitionSource(term)]),
      ...([SOURCE_LANGUAGE, TARGET_LANGUAGE] as const).map((lang) => {
        const language = lang === SOURCE_LANGUAGE ? 'zh' : 'en';
        const headword = term[language];
        const others = term.spellings[language].filter((form) => form !== headword);
        return element('langSet', { 'xml:lang': lang }, [
          element('descrip', { type: 'definition' }, [plainText(term.definition[language])]),
          tig(headword, 'preferredTerm-admn-sts'),
          ...others.map((form) => tig(form, 'admittedTerm-admn-sts')),
        ]);
      }),
    ]),
  );
  return writeXml(
    element('martif', { type: 'TBX-Basic', 'xml:lang': 'en' }, [
      element('martifHeader', {}, [
        element('fileDesc', {}, [element('sourceDesc', {}, [element('p', {}, [title])])]),
        element('encodingDesc', {}, [element('p', { type: 'XCSURI' }, ['TBXBasicXCSV02.xcs'])]),
      ]),
      element('text', {}, [element('body', {}, entries)]),
    ]),
    { textElements: ['p', 'term', 'termNote', 'descrip', 'admin'] },
  );
}

function tig(term: string, status: string) {
  return element('tig', {}, [
    element('term', {}, [term]),
    element('termNote', { type: 'administrativeStatus' }, [status]),
  ]);
}
