// The id vocabulary of the report's Markdown and of the pages made from it: the `{#id}` marker that opens each
// block, the alignment markers of the English text, and the ids of translator's notes and annex notes. One
// module, so that the plugins, the content check and the XLIFF round trip read and write the same syntax.

/** The `{#id attr=value}` line that opens a block, with its line break. */
export const MARKER = /^\{#([^\s}]*)((?:\s+[^\s}]+)*)\s*\}[ \t]*(?:\n|$)/;
/** A block id: lowercase words joined by hyphens, starting with a letter. */
export const BLOCK_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/** Before an English sentence: it continues the segment before it (two English sentences for one Chinese). */
export const JOIN_MARKER = '{+}';
/** Inside an English sentence: the segment breaks there (one English sentence for two Chinese). */
export const BREAK_MARKER = '{/}';
/**
 * The alignment markers a translator may write in the English text ({@link JOIN_MARKER}, {@link BREAK_MARKER}),
 * removed from the page.
 */
export const SEGMENT_MARKER = /\{([+/])\}/g;

/** The id of a translator's note in its page's list, and of the marker that first refers to it. */
export const noteId = (label: string) => `tn-${label}`;
export const noteRefId = (label: string) => `tn-ref-${label}`;

/** The block id of an official note of the annex (`note-7`), which defines a glossary term. */
export const noteBlockId = (note: number) => `note-${note}`;

/** The number of the annex note whose block id is `block` (7 for `note-7`); undefined for any other block. */
export const noteNumberOf = (block: string): number | undefined => {
  const number = /^note-(\d+)$/.exec(block)?.[1];
  return number === undefined ? undefined : Number(number);
};

/** Where a sentence of the report is: its part's slug, its block's id and its number in the block, from 1. */
export interface SentencePlace {
  part: string;
  block: string;
  sentence: number;
}

/** The id of a sentence, its permalink on its part's page: its block's id and its number in the block, `p-2.4`. */
export const sentenceId = (block: string, sentence: number) => `${block}.${sentence}`;

/**
 * The site path of a place on a part's page, relative to the site's base: a block (`part-3/#p-2`), a sentence
 * (`part-3/#p-2.4`) or a translator's note.
 */
export const anchorPath = (part: string, id: string): string => `${part}/#${id}`;

/** The id of a national report's sentence, its anchor on the report's page: its year and number, `2022.457`. */
export const nationalSentenceId = (year: number, sentence: number): string => `${year}.${sentence}`;

/** The year of a national report's sentence, from its id (2022 for `2022.457`). */
export const yearOfNationalSentence = (id: string): number => Number(id.split('.')[0]);

/**
 * The site path of a national report's page (`national/2022/`), or of one of its sentences by id
 * (`national/2022/#2022.457`), relative to the site's base.
 */
export const nationalPath = (year: number, sentence?: string): string =>
  `national/${year}/${sentence ? `#${sentence}` : ''}`;

/** The site path of a glossary entry, relative to the site's base: `glossary/#fang-guan-fu`. */
export const glossaryPath = (id: string): string => `glossary/#${id}`;

/** The site path of a sentence of the report, relative to the site's base: `part-3/#p-2.4`. */
export const sentencePath = (place: SentencePlace): string =>
  anchorPath(place.part, sentenceId(place.block, place.sentence));
