import type { APIRoute } from 'astro';
import type { ReportPart } from '../../content/report-schema';
import { getEchoes, nationalHref } from '../../site/context';
import type { PartEchoesData } from '../../site/part-data';
import { partPaths } from '../../site/report';

export const getStaticPaths = partPaths;

/**
 * The echoes of one reader page's sentences in the national reports, from the build's one ReportEchoes: fetched
 * when the reader first opens a sentence's "出处 Context" or turns on "本地 Local", so a plain page view carries none.
 */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) => {
  const part = (await getEchoes()).parts.find((p) => p.slug === props.part.slug);
  if (!part) throw new Error(`No echoes for the part ${props.part.slug}: it is missing from getEchoes()`);
  const data: PartEchoesData = {};
  for (const block of part.blocks) {
    data[block.id] = block.sentences.map((sentence) => ({
      share: Math.round(sentence.share * 100) / 100,
      spans: sentence.spans.map(({ start, end }) => [start, end]),
      matches: sentence.matches.map((match) => ({
        year: match.year,
        id: match.sentence.id,
        href: nationalHref(match.sentence.id),
        text: match.sentence.text,
        runs: match.runs.map(({ national }) => [national.start, national.end]),
        others: new Set(match.runs.flatMap((run) => run.years)).size - 1,
      })),
      omitted: sentence.omitted,
    }));
  }
  return new Response(JSON.stringify(data), { headers: { 'content-type': 'application/json' } });
};
