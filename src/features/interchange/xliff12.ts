import { statusOf } from '../../content/frontmatter-schema';
import type { AlignedBlock, ReportPart } from '../../content/report-schema';
import {
  codedPair,
  markdownOf,
  RECORD_12,
  segmentsOf,
  SOURCE_LANGUAGE,
  STATE_12_OF,
  TARGET_LANGUAGE,
  XLIFF12_NAMESPACE,
  type CodedPiece,
} from './xliff';
import { element, writeXml, type XmlElement } from './xml';

/**
 * The report (or the parts given) as XLIFF 1.2, for tools that read no XLIFF 2 (the Translate Toolkit, Virtaal,
 * older CAT tools): a `<file>` per part (`original` is its Markdown file's name), a `<group>` per block with its id,
 * a `<trans-unit>` per sentence pair whose id is the block's and the sentence's number (`business-environment/2`).
 * Markdown syntax (`**`, footnote references, escapes) travels as `<ph>` holding the original text, as 1.2 keeps
 * native codes; each status is a `<target state>` (and `approved="yes"` once translated, which 1.2 tools read as
 * "done"). Each group records in a `<context-group name="exported:…">` (named for the block, as names are unique in a file) the English and the state it was exported with,
 * so that the import (readXliff, the same as for 2.1) can tell the translator's changes from the content's.
 */
export function exportXliff12(parts: ReportPart[]): string {
  const files = parts.map((part) =>
    element(
      'file',
      {
        original: `${part.slug}.md`,
        'source-language': SOURCE_LANGUAGE,
        'target-language': TARGET_LANGUAGE,
        datatype: 'x-markdown',
        'xml:space': 'preserve',
      },
      [
        element('header', {}, [element('note', {}, [`${part.title.zh} / ${part.title.en}`])]),
        element(
          'body',
          {},
          part.blocks.map((block) => groupElement(part, block)),
        ),
      ],
    ),
  );
  return writeXml(element('xliff', { version: '1.2' }, files), {
    namespace: XLIFF12_NAMESPACE,
    textElements: ['source', 'target', 'note', 'context', 'ph'],
  });
}

function groupElement(part: ReportPart, block: AlignedBlock): XmlElement {
  const zh = segmentsOf(block, 'zh');
  const en = segmentsOf(block, 'en');
  const status = statusOf(block);
  const state = STATE_12_OF[status];
  const location = `${part.files.en}:${block.en.line} (${block.kind})`;
  const units = zh.map((source, i) => {
    let nextCode = 1;
    const pair = codedPair(source.pieces, en[i]!.pieces, () => String(nextCode++));
    return element('trans-unit', { id: `${block.id}/${i + 1}`, ...(status !== 'draft' && { approved: 'yes' }) }, [
      element('source', {}, content(pair.source)),
      element('target', { state }, content(pair.target)),
      element('note', { from: 'location' }, [location]),
    ]);
  });
  return element('group', { id: block.id, restype: `x-${block.kind}` }, [
    element('context-group', { name: `${RECORD_12.group}${block.id}`, purpose: 'information' }, [
      element('context', { 'context-type': RECORD_12.state }, [state]),
      ...en.map((segment, i) =>
        element('context', { 'context-type': `${RECORD_12.target}${i + 1}` }, [markdownOf(segment.pieces)]),
      ),
    ]),
    ...units,
  ]);
}

/** Text, and each code as a `<ph>` with its Markdown: a footnote reference is marked as one. */
const content = (pieces: CodedPiece[]) =>
  pieces.map((piece) =>
    typeof piece === 'string'
      ? piece
      : element('ph', { id: piece.id, ctype: piece.code.startsWith('[^') ? 'x-footnote-reference' : 'x-markdown' }, [
          piece.code,
        ]),
  );
