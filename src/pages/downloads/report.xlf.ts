import type { APIRoute } from 'astro';
import { exportXliff } from '../../features/interchange/xliff';
import { getParts } from '../../site/report';

/** The whole report as XLIFF 2.1, the file `npm run xliff -- export` writes, for a CAT tool. */
export const GET: APIRoute = async () =>
  new Response(exportXliff(await getParts()), { headers: { 'content-type': 'application/xliff+xml; charset=utf-8' } });
