import type { APIRoute } from 'astro';
import { echoRecords, echoRows } from '../../features/echoes/context-tables';
import { csv } from '../../shared/csv';
import { getEchoes } from '../../site/context';
import { permalink } from '../../site/urls';

/** Every echo of the report's sentences in the national reports as CSV, one national sentence a row. */
export const GET: APIRoute = async () =>
  new Response(csv(echoRows(echoRecords(await getEchoes(), permalink))), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
