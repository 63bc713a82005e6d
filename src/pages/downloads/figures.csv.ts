import type { APIRoute } from 'astro';
import { figuresCsv, getFigures } from '../../features/figure-table';

/** The report's figures as CSV, one figure a row, each with its sentence link. */
export const GET: APIRoute = async ({ site }) =>
  new Response(figuresCsv(await getFigures(), site!), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
