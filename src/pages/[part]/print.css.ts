import type { APIRoute } from 'astro';
import { partLabel } from '../../content/part-label';
import type { ReportPart } from '../../content/report-schema';
import { partPaths } from '../../site/report';
import { permalink } from '../../site/urls';

export const getStaticPaths = partPaths;

/** A CSS string: quotes and backslashes escaped, a line break as CSS writes one. */
const cssString = (text: string) => `"${text.replace(/["\\]/g, '\\$&').replace(/\n/g, '\\a ')}"`;

/**
 * What only the paper needs of one part, linked with `media="print"` so a page view never waits for it: the part's
 * title at the head of every printed page (CSS cannot take it from the page), and the address the paragraphs'
 * printed permalinks start with, absolute when the site has an address (SITE_URL).
 */
export const GET: APIRoute<{ part: ReportPart }> = ({ props }) => {
  const label = partLabel(props.part);
  const css = `:root {
  --print-address: ${cssString(`${permalink(`${props.part.slug}/`)}#`)};
}
@page {
  @top-left {
    content: ${cssString(`${label.zh} · ${label.en}`)};
  }
}
`;
  return new Response(css, { headers: { 'content-type': 'text/css; charset=utf-8' } });
};
