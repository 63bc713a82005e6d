import type { APIRoute } from 'astro';
import { figuresCsv } from '../../features/figure-table';
import { getFigures } from '../../site/figures';
import { permalink } from '../../site/urls';

/** The report's figures as CSV, one figure a row, each with its sentence link. */
export const GET: APIRoute = async () =>
  new Response(figuresCsv(await getFigures(), permalink), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
