import { partNumber } from '../content/part-label';
import type { ReportPart } from '../content/report-schema';
import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { CONTENT_DIR } from '../content/content-dir';
import type { NationalReport } from '../content/load-national-reports';
import { loadNationalSources } from '../content/national-sources';
import { cutAtSpans, type EchoedNationalSentence } from '../features/echoes/national-links';
import type { SentencePlace } from '../markdown/ids';
import { getNationalReports } from './context';
import { oncePerBuild } from './once-per-build';

/** Each national report's source page (Wikisource), from the README beside the reports; read once per build. */
export const getNationalSources: () => Map<number, string> = oncePerBuild(() =>
  loadNationalSources(
    CONTENT_DIR,
    getNationalReports().map((report) => report.year),
  ),
);

/**
 * A short Chinese name for a sentence of the report, for the links back from a national report's page: the
 * part's number, the paragraph (headings not counted) and the sentence, as the figures table names them:
 * "（三）第3段第2句"; a heading "（三）标题", an annex note "附件注4第1句".
 */
export function reportSentenceLabel(parts: readonly ReportPart[]): (ref: SentencePlace) => string {
  const bySlug = new Map(parts.map((part) => [part.slug, part]));
  return ({ part: slug, block, sentence }) => {
    const note = /^note-(\d+)$/.exec(block)?.[1];
    if (note) return `附件注${note}第${sentence}句`;
    const part = bySlug.get(slug);
    if (!part) throw new Error(`The echoes name a part the report does not have: ${slug}`);
    const number = partNumber(part)?.zh ?? `${part.title.zh} `;
    const found = part.blocks.find((b) => b.id === block);
    if (!found) throw new Error(`The echoes name a block part ${slug} does not have: ${block}`);
    if (found.kind === 'heading') return `${number}标题`;
    const paragraph = part.blocks.filter((b) => b.kind === 'paragraph').indexOf(found) + 1;
    return `${number}第${paragraph}段第${sentence}句`;
  };
}

/**
 * The text of a national report as HTML: a `<p>` per paragraph, a `<span id="2022.457">` per sentence, the
 * sentences the report echoes with class `echoed`, their shared runs in `<mark>`, each followed by a link back
 * to every report sentence that echoes it. Written as one string, not as components: a page holds some 700
 * sentences, and neither whitespace nor scoping classes may slip into the text.
 */
export function nationalTextHtml(
  report: NationalReport,
  echoed: ReadonlyMap<string, EchoedNationalSentence>,
  link: (ref: SentencePlace) => { href: string; label: string },
): string {
  const paragraphs: Element[] = report.paragraphs.map(() => h('p'));
  for (const sentence of report.sentences) {
    const echo = echoed.get(sentence.id);
    const children = paragraphs[sentence.paragraph - 1]!.children;
    if (!echo) {
      children.push(h('span', { id: sentence.id }, sentence.text));
      continue;
    }
    const pieces = cutAtSpans(sentence.text, echo.spans).map((piece) =>
      piece.marked ? h('mark', {}, piece.text) : piece.text,
    );
    children.push(h('span', { id: sentence.id, className: ['echoed'] }, pieces));
    for (const source of echo.sources) {
      const { href, label } = link(source);
      children.push(h('a', { className: ['back'], href }, `↩ 赣州 ${label}`));
    }
  }
  return toHtml({ type: 'root', children: paragraphs });
}
