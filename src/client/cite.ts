// The "引用 Cite" panel: the paragraph's (or the highlighted sentence's) citation in APA 7, BibLaTeX, RIS and
// CSL-JSON, to copy or download. Loaded on first use with the page's cite.json, which the build formats with
// citation-js; this script only puts in the reader's access date, the page's own address when the build had
// none (SITE_URL), and, when asked, the quoted text.

import { finishCitation, type CitationFormat } from '../shared/citation-access';
import type { BlockCitations, CitationWithQuote } from '../site/part-data';
import { element, pageData } from './dom';
import { placePopover } from './place-popover';

const FORMATS: readonly { key: CitationFormat; label: string; extension: string; type: string }[] = [
  { key: 'apa', label: 'APA 7', extension: 'txt', type: 'text/plain' },
  { key: 'bibtex', label: 'BibLaTeX', extension: 'bib', type: 'application/x-bibtex' },
  { key: 'ris', label: 'RIS', extension: 'ris', type: 'application/x-research-info-systems' },
  { key: 'csl', label: 'CSL-JSON', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
];

const citations = pageData<Record<string, BlockCitations>>('cite.json');

const panel = element('div', 'cite-panel floating-panel');
panel.popover = 'auto';
panel.setAttribute('role', 'dialog');
panel.setAttribute('aria-label', '引用 Cite');
document.querySelector('.reader')?.append(panel);

function render(citation: CitationWithQuote, name: string, what: string) {
  const toggle = element('label', 'cite-panel__quote');
  const box = document.createElement('input');
  box.type = 'checkbox';
  toggle.append(box, ' 附引文 ', element('span', '', 'Include the quoted text', 'en'));
  const heading = element('p', 'cite-panel__head', `引用 `);
  heading.append(element('span', '', `Cite ${what}`, 'en'));
  const blocks = FORMATS.map((format) => {
    const pre = element('pre', 'cite-panel__text');
    pre.tabIndex = 0;
    const copy = element('button', 'cite-panel__button', '复制 ');
    copy.append(element('span', '', 'Copy', 'en'));
    (copy as HTMLButtonElement).type = 'button';
    const save = element('a', 'cite-panel__button', '下载 ') as HTMLAnchorElement;
    save.append(element('span', '', 'Download', 'en'));
    save.download = `${name}.${format.extension}`;
    const update = () => {
      pre.textContent = finishCitation(citation, format.key, box.checked, new Date(), location.href);
      URL.revokeObjectURL(save.href);
      save.href = URL.createObjectURL(new Blob([pre.textContent], { type: format.type }));
    };
    box.addEventListener('change', update);
    update();
    copy.addEventListener('click', () => void navigator.clipboard?.writeText(pre.textContent ?? ''));
    const section = element('section', 'cite-panel__format');
    section.setAttribute('aria-label', format.label);
    const bar = element('p', 'cite-panel__bar', format.label);
    bar.append(copy, save);
    section.append(bar, pre);
    return section;
  });
  panel.replaceChildren(heading, toggle, ...blocks);
}

/** Opens the panel beside `anchor` for the paragraph `pair`, or for its sentence `n` when one is highlighted. */
export async function openCitation(pair: HTMLElement, n: number, anchor: Element) {
  const block = (await citations())[pair.id];
  const citation = block && (n ? block.sentences[n - 1] : block.paragraph);
  if (!citation) return;
  render(citation, `ganzhou-report-${pair.id}${n ? `-${n}` : ''}`, n ? `sentence ${n}` : 'this paragraph');
  if (!panel.matches(':popover-open')) panel.showPopover();
  placePopover(anchor, panel);
  panel.querySelector<HTMLElement>('input')?.focus();
}
