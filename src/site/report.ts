import { getCollection } from 'astro:content';
import type { ReportPart } from '../content/report-schema';

/** All parts of the report in reading order. */
export async function getParts(): Promise<ReportPart[]> {
  return (await getCollection('report')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}

/** Static paths for a page or endpoint per part (`/part-3/…`), each with its part as a prop. */
export async function partPaths() {
  return (await getParts()).map((part) => ({ params: { part: part.slug }, props: { part } }));
}
