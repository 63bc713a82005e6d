import type { ReviewedLexicon } from '../language/chinese/reviewed-lexicon';
import { collectionData } from './collections';

/** The reviewed segmentation and glosses of the reading aids, in the order of their files. */
export async function getReviewedLexicon(): Promise<ReviewedLexicon> {
  const byLine = (a: { line: number }, b: { line: number }) => a.line - b.line;
  const [phrases, glosses] = await Promise.all([collectionData('segmentation'), collectionData('glosses')]);
  return {
    phrases: phrases.sort(byLine),
    glosses: glosses.sort(byLine),
  };
}
