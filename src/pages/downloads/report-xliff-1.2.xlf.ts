import type { APIRoute } from 'astro';
import { exportXliff12 } from '../../features/interchange/xliff12';
import { getParts } from '../../site/report';

/** The whole report as XLIFF 1.2, the file `npm run xliff -- export --xliff 1.2` writes, for tools that read no 2.x. */
export const GET: APIRoute = async () =>
  new Response(exportXliff12(await getParts()), {
    headers: { 'content-type': 'application/xliff+xml; charset=utf-8' },
  });
