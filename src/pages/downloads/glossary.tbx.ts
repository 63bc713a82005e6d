import type { APIRoute } from 'astro';
import { getGlossary } from '../../site/glossary';
import { exportTbx } from '../../features/interchange/tbx';
import { site } from '../../site/site';

/** The glossary as a TBX-Basic termbase. */
export const GET: APIRoute = async () =>
  new Response(exportTbx(await getGlossary(), `${site.city.en} ${site.title.en}: glossary`), {
    headers: { 'content-type': 'application/x-tbx+xml; charset=utf-8' },
  });
