import { getCollection } from 'astro:content';
import type { ReviewedWord } from '../language/chinese/reviewed-words';

/** The reviewed readings of words (content/reading/words.tsv), in the file's order: what the site's pinyin applies. */
export async function getReviewedWords(): Promise<ReviewedWord[]> {
  return (await getCollection('words')).map((entry) => entry.data).sort((a, b) => a.line - b.line);
}
