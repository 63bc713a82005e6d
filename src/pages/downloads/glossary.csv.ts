import type { APIRoute } from 'astro';
import { getGlossary } from '../../lib/glossary';
import { exportGlossaryCsv } from '../../lib/interchange/glossary-csv';

/** The glossary as CSV, one entry a row. */
export const GET: APIRoute = async () =>
  new Response(exportGlossaryCsv(await getGlossary()), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
