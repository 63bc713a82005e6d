import type { APIRoute } from 'astro';
import { EPUB_EDITIONS, getReportEpub } from '../../site/epub';

/** The report as an EPUB 3 book, Chinese and English paragraph by paragraph, with its notes as footnotes. */
export const GET: APIRoute = async () =>
  new Response(await getReportEpub(EPUB_EDITIONS[0]), { headers: { 'content-type': 'application/epub+zip' } });
