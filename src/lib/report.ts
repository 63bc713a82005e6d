import { getCollection, type CollectionEntry } from 'astro:content';

export type ReportPart = CollectionEntry<'report'>['data'];

/** All parts of the report in reading order. */
export async function getParts(): Promise<ReportPart[]> {
  return (await getCollection('report')).map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
