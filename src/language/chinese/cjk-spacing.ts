/**
 * Puts a space between every Chinese character (and CJK punctuation) and its neighbours: "2000家" → "2000 家".
 *
 * Pagefind segments Chinese into words with jieba when it indexes, and with Intl.Segmenter when it searches, and
 * the two do not always agree, so a phrase can be in the text and still not be found. Indexing and querying
 * Chinese one character at a time makes both sides agree, and a quoted query becomes an exact substring search.
 */
export function spaceCjk(text: string): string {
  return text.replace(CJK_BOUNDARY, ' ').replace(/\s+/g, ' ').trim();
}

/** Removes the spaces {@link spaceCjk} added, also around `<mark>` tags, and merges adjacent marks. */
export function unspaceCjk(html: string): string {
  return html.replace(SPACE_NEXT_TO_CJK, '').replace(/<\/mark><mark>/g, '');
}

/** A Han character (a hanzi), not the CJK punctuation around it. Not global: `.test` keeps no state between calls. */
export const HAN = /\p{Script=Han}/u;
const HAN_ALL = new RegExp(HAN.source, 'gu');

/** Text of Han characters only (a word of hanzi), nothing else. */
export const ALL_HAN = /^\p{Script=Han}+$/u;

/** How many Han characters `text` has. */
export const hanCount = (text: string): number => text.match(HAN_ALL)?.length ?? 0;

const CJK = String.raw`\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…·`;
// A zero-width boundary: a CJK character on either side.
const CJK_BOUNDARY = new RegExp(String.raw`(?<=[${CJK}])(?=\S)|(?<=\S)(?=[${CJK}])`, 'gu');
// A space (possibly between tags) with a CJK character on at least one side, tags skipped.
const SPACE_NEXT_TO_CJK = new RegExp(
  String.raw`(?<=[${CJK}](?:<\/?mark>)*) +(?=(?:<\/?mark>)*\S)|(?<=\S(?:<\/?mark>)*) +(?=(?:<\/?mark>)*[${CJK}])`,
  'gu',
);
