import type { APIRoute } from 'astro';
import packageJson from '../../../package.json';
import { exportTmx } from '../../features/interchange/tmx';
import { getParts } from '../../site/report';

/** The translation memory: every sentence pair of the report as TMX 1.4b. */
export const GET: APIRoute = async () =>
  new Response(exportTmx(await getParts(), { name: packageJson.name, version: packageJson.version }), {
    headers: { 'content-type': 'application/x-tmx+xml; charset=utf-8' },
  });
