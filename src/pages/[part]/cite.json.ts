import type { APIRoute } from 'astro';
import { formatCitation } from '../../features/citations';
import { partLabel } from '../../content/part-label';
import type { ReportPart } from '../../content/report-schema';
import { anchorPath, sentenceId } from '../../markdown/ids';
import { partPaths } from '../../site/report';
import type { BlockCitations, CitationWithQuote } from '../../site/part-data';
import { permalink } from '../../site/urls';
import type { Bilingual } from '../../shared/languages';

export const getStaticPaths = partPaths;

/**
 * Every paragraph's and sentence's citation on one reader page, formatted at build time with citation-js and
 * fetched the first time a reader asks to cite: the page itself carries none of it. Without the site's address
 * the links are paths, which the page completes with the address it was loaded from (finishCitation).
 */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) => {
  const { part } = props;
  const title = partLabel(part).en;
  const cite = (id: string, quote: Bilingual): CitationWithQuote => {
    const url = permalink(anchorPath(part.slug, id));
    return { url, quote, ...formatCitation({ id: id.replace('.', '-'), part: title, url }) };
  };
  const blocks: Record<string, BlockCitations> = {};
  for (const block of part.blocks.filter((b) => b.kind === 'paragraph')) {
    blocks[block.id] = {
      paragraph: cite(block.id, { zh: block.zh.text.trim(), en: block.en.text.trim() }),
      sentences: block.zh.segments.map((zh, i) => cite(sentenceId(block.id, i + 1), { zh, en: block.en.segments[i]! })),
    };
  }
  return new Response(JSON.stringify(blocks), { headers: { 'content-type': 'application/json' } });
};
