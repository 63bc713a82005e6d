import type { APIRoute } from 'astro';
import { annotatePart } from '../../features/reading-aids/annotate-part';
import { getGlossary } from '../../site/glossary';
import { getReviewedWords } from '../../site/reviewed-words';
import type { ReportPart } from '../../content/report-schema';
import { partPaths } from '../../site/report';

export const getStaticPaths = partPaths;

/** A reader page's Chinese with words marked and pinyin as ruby, fetched when the reader turns on an aid. */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) => {
  const { blocks } = await annotatePart(props.part, await getGlossary(), await getReviewedWords());
  return new Response(JSON.stringify(blocks), { headers: { 'content-type': 'application/json' } });
};
