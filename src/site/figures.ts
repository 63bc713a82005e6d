import type { FigureRow } from '../content/figure-schema';
import { figurePath } from '../features/figure-table';
import { collectionData } from './collections';
import { href } from './urls';

/** Every figure of the report, in reading order. */
export async function getFigures(): Promise<FigureRow[]> {
  return (await collectionData('figures')).sort((a, b) => a.order - b.order);
}

/** The link of a figure's sentence, with the figure marked (see figurePath). */
export const figureHref = (row: FigureRow) => href(figurePath(row));

/** The anchor of a figure's row on the figures page. */
export const figureRowHref = (id: string) => href(`figures/#${id}`);
