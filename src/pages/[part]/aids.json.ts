import type { APIRoute } from 'astro';
import type { ReportPart } from '../../content/report-schema';
import { PART_TITLE_KEY } from '../../site/part-data';
import { getAnnotatedPart } from '../../site/reading-aids';
import { partPaths } from '../../site/report';

export const getStaticPaths = partPaths;

/**
 * A reader page's Chinese with words marked and pinyin as ruby, by block id and, for the title the page shows
 * when the part has no heading of its own, PART_TITLE_KEY; fetched when the reader turns on an aid.
 */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) => {
  const { blocks, title } = await getAnnotatedPart(props.part);
  return new Response(JSON.stringify({ ...blocks, [PART_TITLE_KEY]: title }), {
    headers: { 'content-type': 'application/json' },
  });
};
