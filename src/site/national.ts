import type { Element } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { CONTENT_DIR } from '../content/content-dir';
import type { NationalReport } from '../content/load-national-reports';
import { loadNationalSources } from '../content/national-sources';
import type { EchoedNationalSentence } from '../features/echoes/national-links';
import { cutAtSpans } from '../shared/spans';
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
