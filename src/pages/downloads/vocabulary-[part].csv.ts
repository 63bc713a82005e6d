import type { APIRoute } from 'astro';
import type { ReportPart } from '../../content/report-schema';
import { partPaths } from '../../site/report';
import { publishedVocabulary } from '../../site/vocabulary';
import { vocabularyCsv } from '../../language/vocabulary-files';

export const getStaticPaths = partPaths;

/** Every word of one part, with pinyin, glosses, a sentence and its count, as CSV. */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) =>
  new Response(vocabularyCsv(await publishedVocabulary(props.part)), {
    headers: { 'content-type': 'text/csv; charset=utf-8' },
  });
