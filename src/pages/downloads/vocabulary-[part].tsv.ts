import type { APIRoute } from 'astro';
import type { ReportPart } from '../../content/report-schema';
import { partPaths } from '../../site/report';
import { publishedVocabulary } from '../../site/vocabulary';
import { vocabularyAnki } from '../../language/vocabulary-files';

export const getStaticPaths = partPaths;

/** Every word of one part as Anki notes (tab-separated). */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) =>
  new Response(vocabularyAnki(await publishedVocabulary(props.part)), {
    headers: { 'content-type': 'text/tab-separated-values; charset=utf-8' },
  });
