import type { APIRoute } from 'astro';
import { getGlossary } from '../../site/glossary';
import { exportGlossaryCsv } from '../../features/interchange/glossary-csv';

/** The glossary as CSV, one entry a row. */
export const GET: APIRoute = async () =>
  new Response(exportGlossaryCsv(await getGlossary()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
