import type { APIRoute } from 'astro';
import { figuresJson } from '../../features/figure-table';
import { getFigures } from '../../site/figures';
import { permalink } from '../../site/urls';

/** The report's figures as JSON, the same fields as the CSV. */
export const GET: APIRoute = async () =>
  new Response(figuresJson(await getFigures(), permalink), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
