import type { Element } from '@xmldom/xmldom';
import type { TranslationStatus } from '../../content/frontmatter-schema';
import type { AlignedBlock, ReportPart, SegmentSource, SourcePiece } from '../../content/report-schema';
import { hasVisibleCharacter } from '../../shared/visible-text';
import { childElements, element, lineOf, readXml, writeXml, type XmlElement } from './xml';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';
/** XLIFF 2's Metadata module: where the export records what it exported, which CAT tools keep as it is. */
export const METADATA_NAMESPACE = 'urn:oasis:names:tc:xliff:metadata:2.0';
/** The category of the export record's `<mda:metaGroup>`. */
const RECORD = 'exported';
/** Inline elements nested deeper than this are refused: no tool writes them, and they cost time and stack. */
const MAX_NESTING = 32;
export const SOURCE_LANGUAGE = 'zh-CN';
export const TARGET_LANGUAGE = 'en';

/** XLIFF segment states, in order: a unit is as far along as its least advanced segment. */
const STATES = ['initial', 'translated', 'reviewed', 'final'] as const;
type State = (typeof STATES)[number];
const STATE_OF: Record<TranslationStatus, State> = { draft: 'initial', translated: 'translated', reviewed: 'reviewed' };
// XLIFF's "final" has no status of its own here: reviewed is as far as a paragraph goes.
const STATUS_OF: Record<State, TranslationStatus> = {
  initial: 'draft',
  translated: 'translated',
  reviewed: 'reviewed',
  final: 'reviewed',
};

/** The effective status of a block: no status means translated. */
export const statusOf = (block: Pick<AlignedBlock, 'en'>): TranslationStatus => block.en.status ?? 'translated';

/** A segment's Markdown as one string: its text with its syntax put back. */
export const markdownOf = (pieces: SourcePiece[]): string =>
  pieces.map((piece) => ('text' in piece ? piece.text : piece.code)).join('');

/**
 * The report (or the parts given) as XLIFF 2.1: a `<file>` per part, a `<unit>` per block with its id, a
 * `<segment>` per sentence pair, Chinese source and English target. Markdown syntax (`**`, escapes, the alignment
 * markers) travels as `<ph>` codes whose original text is in the unit's `<originalData>`, so a CAT tool shows
 * it as a tag and cannot garble it. Each unit records in its `<mda:metadata>` the English and the state it was
 * exported with, so the import can tell the translator's changes from the content's changes since.
 */
export function exportXliff(parts: ReportPart[]): string {
  const files = parts.map((part) =>
    element('file', { id: part.slug, original: part.files.en, 'xml:space': 'preserve' }, [
      element('notes', {}, [element('note', { category: 'title' }, [`${part.title.zh} / ${part.title.en}`])]),
      ...part.blocks.map((block) => unitElement(part, block)),
    ]),
  );
  const root = element(
    'xliff',
    { version: '2.1', srcLang: SOURCE_LANGUAGE, trgLang: TARGET_LANGUAGE, 'xmlns:mda': METADATA_NAMESPACE },
    files,
  );
  return writeXml(root, {
    namespace: XLIFF_NAMESPACE,
    prefixes: { mda: METADATA_NAMESPACE },
    textElements: ['source', 'target', 'data', 'note', 'mda:meta'],
  });
}

function unitElement(part: ReportPart, block: AlignedBlock): XmlElement {
  const zh = segmentsOf(block, 'zh');
  const en = segmentsOf(block, 'en');
  const dataIds = new Map<string, string>();
  const dataRef = (code: string) => {
    if (!dataIds.has(code)) dataIds.set(code, `d${dataIds.size + 1}`);
    return dataIds.get(code)!;
  };
  let nextCode = 1;
  const state = STATE_OF[statusOf(block)];
  const segments = zh.map((source, i) => {
    const codes: { id: string; code: string; used: boolean }[] = [];
    const sourceContent = source.pieces.map((piece) => {
      if ('text' in piece) return piece.text;
      const id = `c${nextCode++}`;
      codes.push({ id, code: piece.code, used: false });
      return element('ph', { id, dataRef: dataRef(piece.code) });
    });
    // A code in the target that matches one in the source shares its id, as XLIFF pairs codes by id.
    const targetContent = en[i]!.pieces.map((piece) => {
      if ('text' in piece) return piece.text;
      const match = codes.find((code) => !code.used && code.code === piece.code);
      if (match) match.used = true;
      return element('ph', { id: match?.id ?? `c${nextCode++}`, dataRef: dataRef(piece.code) });
    });
    return element('segment', { id: String(i + 1), state }, [
      element('source', {}, sourceContent),
      element('target', {}, targetContent),
    ]);
  });
  // The core schema allows other namespaces' elements in a unit only before its notes.
  const record = element('mda:metadata', {}, [
    element('mda:metaGroup', { category: RECORD }, [
      element('mda:meta', { type: 'state' }, [state]),
      ...en.map((segment, i) => element('mda:meta', { type: `target-${i + 1}` }, [markdownOf(segment.pieces)])),
    ]),
  ]);
  return element('unit', { id: block.id, canResegment: 'no' }, [
    record,
    element('notes', {}, [
      element('note', { category: 'location' }, [`${part.files.en}:${block.en.line} (${block.kind})`]),
    ]),
    ...(dataIds.size
      ? [
          element(
            'originalData',
            {},
            [...dataIds].map(([code, id]) => element('data', { id }, [code])),
          ),
        ]
      : []),
    ...segments,
  ]);
}

function segmentsOf(block: AlignedBlock, language: 'zh' | 'en'): SegmentSource[] {
  const source = block[language].source;
  if (!source) throw new Error(`Block "${block.id}" has no sentence segments in ${language}`);
  return source.segments;
}

/** A problem with an imported XLIFF file: where it is, and what is wrong. */
export interface ImportProblem {
  line?: number;
  column?: number;
  unit?: string;
  segment?: string;
  message: string;
  /** A conflict's three versions: as exported, as the content has it now, as the file brings it. */
  texts?: { exported: string; current: string; incoming: string };
}

/** How to settle a conflict: take the file's version, or keep the content's. Without one, a conflict is refused. */
export type Resolution = 'theirs' | 'ours';

/** A block whose English the import changes: its new Markdown and its new status. */
export interface BlockUpdate {
  part: ReportPart;
  block: AlignedBlock;
  /** The Markdown of each segment, as the translator left it. */
  segments: string[];
  status: TranslationStatus;
}

/**
 * Reads a translated XLIFF file against the current report: every problem, or the blocks it changes. A unit whose
 * targets and state are the content's is no change. A segment whose English changed in the content since the
 * export, and which the file would change, is a conflict; so is such a status. `resolve` settles conflicts;
 * without it they are problems, as is a unit without the export's record (nothing to tell a conflict by).
 * Checks the file, not the content rules: see importXliff.
 */
export function readXliff(
  xml: string,
  parts: ReportPart[],
  { resolve }: { resolve?: Resolution } = {},
): { updates: BlockUpdate[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const { document, problems: xmlProblems } = readXml(xml);
  if (!document)
    return { updates: [], problems: xmlProblems.map((p) => ({ ...p, message: `Not well-formed XML: ${p.message}` })) };
  const root = document.documentElement!;
  if (
    root.localName !== 'xliff' ||
    root.namespaceURI !== XLIFF_NAMESPACE ||
    !/^2\./.test(root.getAttribute('version') ?? '')
  ) {
    return {
      updates: [],
      problems: [
        {
          line: lineOf(root),
          message: `Not an XLIFF 2.x file: the root is <${root.tagName}> version "${root.getAttribute('version') ?? ''}" in namespace "${root.namespaceURI ?? ''}"`,
        },
      ],
    };
  }
  for (const [attribute, expected] of [
    ['srcLang', SOURCE_LANGUAGE],
    ['trgLang', TARGET_LANGUAGE],
  ] as const) {
    const value = root.getAttribute(attribute);
    if (value !== expected)
      problems.push({
        line: lineOf(root),
        message: `${attribute} is "${value ?? ''}"; this report translates ${SOURCE_LANGUAGE} into ${TARGET_LANGUAGE}`,
      });
  }

  const updates: BlockUpdate[] = [];
  const seenParts = new Set<string>();
  const unrecorded: ImportProblem[] = [];
  let recorded = 0;
  for (const file of childElements(root, 'file')) {
    const id = file.getAttribute('id') ?? '';
    const part = parts.find((p) => p.slug === id);
    if (!part) {
      problems.push({
        line: lineOf(file),
        message: `Unknown <file id="${id}">: the report's parts are ${parts.map((p) => p.slug).join(', ')}`,
      });
      continue;
    }
    if (seenParts.has(id)) problems.push({ line: lineOf(file), message: `Part "${id}" is in the file twice` });
    seenParts.add(id);
    const units = new Map<string, Element>();
    for (const unit of childElements(file, 'unit')) {
      const unitId = unit.getAttribute('id') ?? '';
      if (!part.blocks.some((block) => block.id === unitId)) {
        problems.push({
          line: lineOf(unit),
          unit: unitId,
          message: `Unknown unit: part "${id}" has no block "${unitId}"`,
        });
      } else if (units.has(unitId)) {
        problems.push({ line: lineOf(unit), unit: unitId, message: 'The unit is in the file twice' });
      } else units.set(unitId, unit);
    }
    for (const block of part.blocks) {
      const unit = units.get(block.id);
      if (!unit) {
        problems.push({
          line: lineOf(file),
          unit: block.id,
          message: `Missing unit: part "${id}" has a block "${block.id}"`,
        });
        continue;
      }
      const { update, hasRecord } = readUnit(unit, part, block, problems, resolve);
      if (hasRecord) recorded++;
      else unrecorded.push({ line: lineOf(unit), unit: block.id, message: `The unit has no export record. ${HOW}` });
      if (update) updates.push(update);
    }
  }
  if (!seenParts.size && !problems.length)
    problems.push({ line: lineOf(root), message: 'The file has no <file> of this report' });
  if (unrecorded.length && resolve !== 'theirs')
    problems.push(
      ...(recorded
        ? unrecorded
        : [
            {
              line: lineOf(root),
              message: `The file has no export record (<mda:metadata> in each unit: it was exported by an older version, or a tool removed it), so changes made to the content since its export cannot be told from the translator's. ${HOW}`,
            },
          ]),
    );
  return { updates, problems };
}

const HOW =
  "Export again and carry the translation over, or import it anyway with --theirs (its text and states replace the content's)";

/** What the export recorded of a unit: its state and each segment's English, or why the record cannot be read. */
function readRecord(unit: Element, count: number): { state: State; targets: string[] } | string | undefined {
  const group = childElements(unit, 'metadata')
    .filter((node) => node.namespaceURI === METADATA_NAMESPACE)
    .flatMap((metadata) => childElements(metadata, 'metaGroup'))
    .find((node) => node.namespaceURI === METADATA_NAMESPACE && node.getAttribute('category') === RECORD);
  if (!group) return undefined;
  const meta = new Map<string, string>();
  for (const node of childElements(group, 'meta'))
    if (node.namespaceURI === METADATA_NAMESPACE) meta.set(node.getAttribute('type') ?? '', node.textContent ?? '');
  const state = meta.get('state') as State | undefined;
  const targets = Array.from({ length: count }, (_, i) => meta.get(`target-${i + 1}`));
  if (!state || !STATES.includes(state) || targets.some((target) => target === undefined))
    return `The unit's export record is damaged (it needs a state and the English of segments 1 to ${count}). ${HOW}`;
  return { state, targets: targets as string[] };
}

function readUnit(
  unit: Element,
  part: ReportPart,
  block: AlignedBlock,
  problems: ImportProblem[],
  resolve: Resolution | undefined,
): { update?: BlockUpdate; hasRecord: boolean } {
  const zh = segmentsOf(block, 'zh');
  const en = segmentsOf(block, 'en');
  const data = new Map<string, string>();
  for (const original of childElements(unit, 'originalData'))
    for (const item of childElements(original, 'data')) data.set(item.getAttribute('id') ?? '', item.textContent ?? '');
  const problem = (node: Element, segment: string | undefined, message: string, texts?: ImportProblem['texts']) =>
    problems.push({ line: lineOf(node), unit: block.id, segment, message, ...(texts && { texts }) });

  const record = readRecord(unit, zh.length);
  if (typeof record === 'string' && resolve !== 'theirs') problem(unit, undefined, record);
  const segments = childElements(unit, 'segment');
  const byId = new Map(segments.map((segment) => [segment.getAttribute('id') ?? '', segment]));
  for (const segment of segments) {
    const id = segment.getAttribute('id') ?? '';
    if (!/^\d+$/.test(id) || Number(id) < 1 || Number(id) > zh.length)
      problem(segment, id, `Unknown segment: block "${block.id}" has sentences 1 to ${zh.length}`);
  }
  const count = problems.length;
  const targets: string[] = [];
  const states: State[] = [];
  const lines: Element[] = [];
  zh.forEach((source, i) => {
    const id = String(i + 1);
    const segment = byId.get(id);
    if (!segment)
      return problem(
        unit,
        id,
        `Missing segment ${id} of ${zh.length} (merged or split in the CAT tool? the report's sentences are fixed)`,
      );
    const before = problems.length;
    const sourceElement = childElements(segment, 'source')[0];
    const written = sourceElement && inlineText(sourceElement, data, (node, message) => problem(node, id, message));
    if (problems.length === before && written !== markdownOf(source.pieces))
      problem(
        segment,
        id,
        `The source no longer matches the Chinese: the file is stale, export it again and carry the translation over (now: "${markdownOf(source.pieces).slice(0, 60)}")`,
      );
    const targetElement = childElements(segment, 'target')[0];
    const target = targetElement
      ? inlineText(targetElement, data, (node, message) => problem(node, id, message))
      : undefined;
    if (problems.length > before) return;
    if (!target?.trim()) return problem(segment, id, 'The segment has no target: every sentence needs its English');
    if (!hasVisibleCharacter(target))
      return problem(
        targetElement!,
        id,
        `The target has no character a reader can see (only ${[...target.trim()].map(codePointName).join(' ')}): every sentence needs its English`,
      );
    targets.push(target.trim());
    lines.push(segment);
    const state = (segment.getAttribute('state') ?? 'initial') as State;
    if (!STATES.includes(state)) problem(segment, id, `Unknown state "${state}"`);
    states.push(state);
  });
  const hasRecord = record !== undefined;
  if (problems.length > count || typeof record === 'string') return { hasRecord };

  const current = en.map((segment) => markdownOf(segment.pieces));
  const state = STATES[Math.min(...states.map((s) => STATES.indexOf(s)))]!;
  let status = STATUS_OF[state];
  if (record) {
    const exported = STATUS_OF[record.state];
    if (exported !== statusOf(block) && status !== statusOf(block)) {
      if (resolve === 'ours') status = statusOf(block);
      else if (resolve !== 'theirs')
        problem(
          unit,
          undefined,
          `Conflict: the status was changed in ${part.files.en}:${block.en.line} since the export, and the file ${status === exported ? 'still has the old one' : 'changes it too'}`,
          { exported, current: statusOf(block), incoming: status },
        );
    }
    targets.forEach((target, i) => {
      if (record.targets[i] === current[i] || target === current[i]) return;
      if (resolve === 'ours') targets[i] = current[i]!;
      else if (resolve !== 'theirs')
        problem(
          lines[i]!,
          String(i + 1),
          `Conflict: the English was changed in ${part.files.en}:${en[i]!.line} since the export, and the file ${target === record.targets[i] ? 'still has the old text' : 'changes it too'}`,
          { exported: record.targets[i]!, current: current[i]!, incoming: target },
        );
    });
  }
  if (problems.length > count) return { hasRecord };
  const unchanged = targets.every((target, i) => target === current[i]);
  return {
    hasRecord,
    update: unchanged && status === statusOf(block) ? undefined : { part, block, segments: targets, status },
  };
}

/** A character as U+XXXX, for messages about characters that cannot be seen. */
const codePointName = (character: string) =>
  `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The Markdown that a `<source>` or `<target>` stands for: its text, with each code's original data. Walked with a
 * stack of its own rather than by recursion, so that no nesting, however deep, can overflow the call stack.
 */
function inlineText(
  node: Element,
  data: Map<string, string>,
  problem: (node: Element, message: string) => void,
): string {
  let out = '';
  const stack: { next: Element['firstChild']; depth: number }[] = [{ next: node.firstChild, depth: 0 }];
  while (stack.length) {
    const top = stack.at(-1)!;
    const child = top.next;
    if (!child) {
      stack.pop();
      continue;
    }
    top.next = child.nextSibling;
    if (child.nodeType === child.TEXT_NODE || child.nodeType === child.CDATA_SECTION_NODE) {
      out += child.nodeValue ?? '';
      continue;
    }
    if (child.nodeType !== child.ELEMENT_NODE) continue;
    const inline = child as Element;
    const name = inline.localName;
    if (name === 'ph') {
      const ref = inline.getAttribute('dataRef') ?? '';
      if (!data.has(ref))
        problem(
          inline,
          `<ph id="${inline.getAttribute('id') ?? ''}"> refers to data "${ref}", which the unit does not have`,
        );
      out += data.get(ref) ?? '';
    } else if (name === 'mrk' || name === 'pc') {
      // Annotations (terms, comments) and paired formatting a tool added: their text counts, the markup does not.
      if (top.depth + 1 > MAX_NESTING) {
        problem(inline, `Inline elements are nested more than ${MAX_NESTING} deep here: flatten the <mrk> and <pc>`);
        continue;
      }
      stack.push({ next: inline.firstChild, depth: top.depth + 1 });
    } else if (name === 'cp') {
      const hex = inline.getAttribute('hex') ?? '';
      const code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
      if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) {
        problem(
          inline,
          `<cp hex="${hex}"> is no character: hex must be a Unicode code point, 1 to 6 hex digits from 0 to 10FFFF, not a surrogate (D800 to DFFF)`,
        );
        continue;
      }
      out += String.fromCodePoint(code);
    } else {
      problem(inline, `<${name}> is not supported in a segment: keep to the text and the codes of the exported file`);
    }
  }
  return out;
}
