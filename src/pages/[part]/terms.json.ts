import type { APIRoute } from 'astro';
import { getGlossary, sourceLabel, termsUsedIn } from '../../site/glossary';
import type { ReportPart } from '../../content/report-schema';
import { partPaths } from '../../site/report';
import { plainText } from '../../shared/plain-text';
import type { TermPopoverData } from '../../site/part-data';
import { href } from '../../site/urls';
import { glossaryPath } from '../../markdown/ids';

export const getStaticPaths = partPaths;

/**
 * The definitions of the glossary terms used on one reader page, fetched when the reader first opens a term.
 * Keeping them out of the page's HTML keeps a plain page view light.
 */
export const GET: APIRoute<{ part: ReportPart }> = async ({ props }) => {
  const terms: Record<string, TermPopoverData> = {};
  for (const entry of termsUsedIn(props.part, await getGlossary())) {
    terms[entry.id] = {
      zh: entry.zh,
      en: entry.en,
      definition: { zh: plainText(entry.definition.zh), en: plainText(entry.definition.en) },
      source: sourceLabel(entry),
      href: href(glossaryPath(entry.id)),
    };
  }
  return new Response(JSON.stringify(terms), { headers: { 'content-type': 'application/json' } });
};
