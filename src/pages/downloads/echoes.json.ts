import type { APIRoute } from 'astro';
import { echoRecords } from '../../features/echoes/context-tables';
import { getEchoes } from '../../site/context';
import { permalink } from '../../site/urls';

/** The echoes as JSON, the same rows as the CSV, each run with every year that has it. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(echoRecords(await getEchoes(), permalink), null, 1), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
