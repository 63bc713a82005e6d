import { getCollection } from 'astro:content';
import type { ReviewedWords } from '../language/chinese/reviewed-words';

/** The reviewed segmentation and glosses of the reading aids, in the order of their files. */
export async function getReviewedWords(): Promise<ReviewedWords> {
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  const [phrases, glosses] = await Promise.all([getCollection('segmentation'), getCollection('glosses')]);
  return {
    phrases: phrases.map((entry) => entry.data).sort(byLine),
    glosses: glosses.map((entry) => entry.data).sort(byLine),
  };
}
