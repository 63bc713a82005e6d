import type { APIRoute } from 'astro';
import { keywordRows } from '../../features/keywords/report-keywords';
import { csv } from '../../shared/csv';
import { getKeywords } from '../../site/context';

/** The report's keywords against the national reports as CSV: counts, rates per 10,000 Han characters and G². */
export const GET: APIRoute = async () =>
  new Response(csv(keywordRows(await getKeywords())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
