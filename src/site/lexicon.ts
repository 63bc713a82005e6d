import { getCollection } from 'astro:content';
import type { ReviewedLexicon } from '../language/chinese/reviewed-lexicon';

/** The reviewed segmentation and glosses of the reading aids, in the order of their files. */
export async function getReviewedLexicon(): Promise<ReviewedLexicon> {
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  const [phrases, glosses] = await Promise.all([getCollection('segmentation'), getCollection('glosses')]);
  return {
    phrases: phrases.map((entry) => entry.data).sort(byLine),
    glosses: glosses.map((entry) => entry.data).sort(byLine),
  };
}
