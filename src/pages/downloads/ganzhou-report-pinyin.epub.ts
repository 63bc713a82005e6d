import type { APIRoute } from 'astro';
import { EPUB_EDITIONS, getReportEpub } from '../../site/epub';

/** The e-book with pinyin over the Chinese, for learners: the reviewed readings the reading aids show. */
export const GET: APIRoute = async () =>
  new Response(await getReportEpub(EPUB_EDITIONS[1]), { headers: { 'content-type': 'application/epub+zip' } });
