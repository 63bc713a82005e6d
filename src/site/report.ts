import type { ReportPart } from '../content/report-schema';
import { collectionData } from './collections';

/** All parts of the report in reading order. */
export async function getParts(): Promise<ReportPart[]> {
  return (await collectionData('report')).sort((a, b) => a.order - b.order);
}

/** Static paths for a page or endpoint per part (`/part-3/…`), each with its part as a prop. */
export async function partPaths() {
  return (await getParts()).map((part) => ({ params: { part: part.slug }, props: { part } }));
}
