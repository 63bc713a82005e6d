import { element, writeXml } from './xml';
import type { ReportPart } from '../../content/report-schema';
import { sentenceId, sentencePath } from '../../markdown/ids';
import { statusOf } from '../../content/frontmatter-schema';
import { SOURCE_LANGUAGE, TARGET_LANGUAGE } from './xliff';

/**
 * The report as a TMX 1.4b translation memory: one `<tu>` per sentence pair (id `block.n`, as the sentence's
 * permalink), the plain text of each side, and the paragraph's translation status as a property.
 */
export function exportTmx(parts: ReportPart[], tool: { name: string; version: string }): string {
  const units = parts.flatMap((part) =>
    part.blocks.flatMap((block) =>
      block.zh.segments.map((zh, i) =>
        element('tu', { tuid: sentenceId(block.id, i + 1) }, [
          element('prop', { type: 'x-location' }, [
            sentencePath({ part: part.slug, block: block.id, sentence: i + 1 }),
          ]),
          element('prop', { type: 'x-status' }, [statusOf(block)]),
          element('tuv', { 'xml:lang': SOURCE_LANGUAGE }, [element('seg', {}, [zh])]),
          element('tuv', { 'xml:lang': TARGET_LANGUAGE }, [element('seg', {}, [block.en.segments[i]!])]),
        ]),
      ),
    ),
  );
  return writeXml(
    element('tmx', { version: '1.4' }, [
      element('header', {
        creationtool: tool.name,
        creationtoolversion: tool.version,
        segtype: 'sentence',
        'o-tmf': 'markdown',
        adminlang: 'en',
        srclang: SOURCE_LANGUAGE,
        datatype: 'plaintext',
      }),
      element('body', {}, units),
    ]),
    { textElements: ['seg', 'prop'] },
  );
}
