import type { APIRoute } from 'astro';
import { figuresJson, getFigures } from '../../features/figure-table';

/** The report's figures as JSON, the same fields as the CSV. */
export const GET: APIRoute = async ({ site }) =>
  new Response(figuresJson(await getFigures(), site!), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
