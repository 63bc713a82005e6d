import type { AlignedBlock } from '../report-schema';
import {
  chineseFigures,
  comparableFigures,
  englishFigures,
  sameFigure,
  type Figure,
} from '../../language/figures/read-figures';

/** Takes each of `wanted` out of `pool` (a copy); returns those it could not find. */
export function missingFigures(wanted: Figure[], pool: Figure[]): Figure[] {
  const left = [...pool];
  return wanted.filter((figure) => {
    const match = left.findIndex((candidate) => sameFigure(candidate, figure));
    if (match === -1) return true;
    left.splice(match, 1);
    return false;
  });
}

/** A paragraph's English figures, and the figures of its Chinese that its English lacks. */
export interface ParagraphFigures {
  english: Figure[];
  missing: Figure[];
}

// Two rules compare each paragraph's figures (the paragraph's, and each sentence's against the paragraph's):
// read once per block and check, not once per rule.
const byBlock = new WeakMap<AlignedBlock, ParagraphFigures>();

export function paragraphFigures(block: AlignedBlock): ParagraphFigures {
  let figures = byBlock.get(block);
  if (!figures) {
    const english = englishFigures(block.en.text);
    figures = { english, missing: missingFigures(comparableFigures(chineseFigures(block.zh.text)), english) };
    byBlock.set(block, figures);
  }
  return figures;
}
