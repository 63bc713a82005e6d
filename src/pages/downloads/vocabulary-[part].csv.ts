import type { APIRoute } from 'astro';
import { publishedVocabulary } from '../../lib/reading-aids/part-vocabulary';
import { partPaths, type ReportPart } from '../../lib/report';
import { vocabularyCsv } from '../../lib/vocabulary-files';

export const getStaticPaths = partPaths;

/** Every word of one part, with pinyin, glosses, a sentence and its count, as CSV. */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props, site }) =>
  new Response(vocabularyCsv(await publishedVocabulary(props.part, site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
