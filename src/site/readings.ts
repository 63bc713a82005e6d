import type { ReviewedWord } from '../language/chinese/reviewed-words';
import { collectionData } from './collections';

/** The reviewed readings of words (content/reading/words.tsv), in the file's order: what the site's pinyin applies. */
export async function getReviewedWords(): Promise<ReviewedWord[]> {
  return (await collectionData('words')).sort((a, b) => a.line - b.line);
}
