import type { ReportPart } from '../content/report-schema';
import { collectionData } from './collections';

/** All parts of the report in reading order. */
export async function getParts(): Promise<ReportPart[]> {
  return (await collectionData('report')).sort((a, b) => a.order - b.order);
}

/** The part with `slug`. */
export async function getPart(slug: string): Promise<ReportPart> {
  const part = (await getParts()).find((candidate) => candidate.slug === slug);
  if (!part) throw new Error(`The report has no part ${slug}`);
  return part;
}

/** Static paths for a page or endpoint per part (`/part-3/…`), each with its part as a prop. */
export async function partPaths() {
  return (await getParts()).map((part) => ({ params: { part: part.slug }, props: { part } }));
}
