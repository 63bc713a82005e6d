import type { Element } from '@xmldom/xmldom';
import { statusOf, type TranslationStatus } from '../../content/frontmatter-schema';
import type { AlignedBlock, ReportPart, SegmentSource, SourcePiece } from '../../content/report-schema';
import { codePointName } from '../../shared/code-point';
import type { Language } from '../../shared/languages';
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
    const pair = codedPair(source.pieces, en[i]!.pieces, () => `c${nextCode++}`);
    const content = (pieces: CodedPiece[]) =>
      pieces.map((piece) =>
        typeof piece === 'string' ? piece : element('ph', { id: piece.id, dataRef: dataRef(piece.code) }),
      );
    return element('segment', { id: String(i + 1), state }, [
      element('source', {}, content(pair.source)),
      element('target', {}, content(pair.target)),
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

/** A piece of a sentence to write: text, or a code with the id it has in the pair. */
export type CodedPiece = string | { id: string; code: string };

/**
 * A sentence pair's pieces with an id for each code (`next` gives new ones): a code in the target that matches one
 * in the source shares its id, as XLIFF pairs codes by id.
 */
export function codedPair(
  source: SourcePiece[],
  target: SourcePiece[],
  next: () => string,
): { source: CodedPiece[]; target: CodedPiece[] } {
  const codes: { id: string; code: string; used: boolean }[] = [];
  const sourceContent = source.map((piece) => {
    if ('text' in piece) return piece.text;
    const coded = { id: next(), code: piece.code };
    codes.push({ ...coded, used: false });
    return coded;
  });
  const targetContent = target.map((piece) => {
    if ('text' in piece) return piece.text;
    const match = codes.find((code) => !code.used && code.code === piece.code);
    if (match) match.used = true;
    return { id: match?.id ?? next(), code: piece.code };
  });
  return { source: sourceContent, target: targetContent };
}

export function segmentsOf(block: AlignedBlock, language: Language): SegmentSource[] {
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

/** XLIFF 1.2's namespace: the version that tools reading no XLIFF 2 take (see xliff12.ts for its export). */
export const XLIFF12_NAMESPACE = 'urn:oasis:names:tc:xliff:document:1.2';
/** The `<target state>` of XLIFF 1.2 each status is exported with. */
export const STATE_12_OF: Record<TranslationStatus, string> = {
  draft: 'needs-review-translation',
  translated: 'translated',
  reviewed: 'signed-off',
};
/** XLIFF 1.2's states as the XLIFF 2 states they mean: every "needs-…" is still a draft. */
const STATE_FROM_12: Record<string, State> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-adaptation': 'initial',
  'needs-l10n': 'initial',
  'needs-review-translation': 'initial',
  'needs-review-adaptation': 'initial',
  'needs-review-l10n': 'initial',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};
/** The 1.2 export record: its `<context-group>`'s name (with the block's id after it), and its contexts' types. */
export const RECORD_12 = { group: 'exported:', state: 'x-state', target: 'x-target-' } as const;

/** What the export recorded of a unit: its state and each segment's English. */
interface ExportRecord {
  state: State;
  targets: string[];
}

/** A sentence pair as either version holds it. */
interface SegmentNodes {
  id: string;
  /** The element problems with the pair point to: `<segment>` (2.x), `<trans-unit>` (1.2). */
  node: Element;
  source?: Element;
  target?: Element;
  /** The state, in XLIFF 2's terms; undefined when the file's value (`stateText`) is none we know. */
  state: State | undefined;
  stateText: string;
}

type Report = (node: Element, message: string) => void;

/**
 * One version of XLIFF as the import reads it: where a part, a block and a sentence pair are, where the export
 * record is, and what the inline markup stands for. Everything else (matching the report, staleness, conflicts,
 * states) is the same for every version: see readXliff.
 */
interface Dialect {
  /** How a problem names a part's element. */
  fileName: (id: string) => string;
  /** Where the export record is, for the message when there is none. */
  recordWhere: string;
  languages: (root: Element) => ImportProblem[];
  files: (root: Element) => { id: string; node: Element; units: Element[] }[];
  record: (unit: Element) => { state?: string; targets: Map<number, string> } | undefined;
  segments: (unit: Element, block: string) => SegmentNodes[];
  /** The Markdown a `<source>` or `<target>` stands for. */
  text: (node: Element, unit: Element, report: Report) => string;
}

/** A unit's id, its block's: the `id` of a `<unit>` (2.x) and of a `<group>` (1.2) alike. */
const unitIdOf = (unit: Element): string => unit.getAttribute('id') ?? '';

const languageProblems = (node: Element, pairs: [string, string][]): ImportProblem[] =>
  pairs.flatMap(([attribute, expected]) => {
    const value = node.getAttribute(attribute);
    return value === expected
      ? []
      : [
          {
            line: lineOf(node),
            message: `${attribute} is "${value ?? ''}"; this report translates ${SOURCE_LANGUAGE} into ${TARGET_LANGUAGE}`,
          },
        ];
  });

const XLIFF_2: Dialect = {
  fileName: (id) => `<file id="${id}">`,
  recordWhere: '<mda:metadata> in each unit',
  languages: (root) =>
    languageProblems(root, [
      ['srcLang', SOURCE_LANGUAGE],
      ['trgLang', TARGET_LANGUAGE],
    ]),
  files: (root) =>
    childElements(root, 'file').map((node) => ({
      id: node.getAttribute('id') ?? '',
      node,
      units: childElements(node, 'unit'),
    })),
  record: (unit) => {
    const group = childElements(unit, 'metadata')
      .filter((node) => node.namespaceURI === METADATA_NAMESPACE)
      .flatMap((metadata) => childElements(metadata, 'metaGroup'))
      .find((node) => node.namespaceURI === METADATA_NAMESPACE && node.getAttribute('category') === RECORD);
    if (!group) return undefined;
    const meta = new Map<string, string>();
    for (const node of childElements(group, 'meta'))
      if (node.namespaceURI === METADATA_NAMESPACE) meta.set(node.getAttribute('type') ?? '', node.textContent ?? '');
    const targets = new Map<number, string>();
    for (const [type, text] of meta) if (/^target-\d+$/.test(type)) targets.set(Number(type.slice(7)), text);
    return { state: meta.get('state'), targets };
  },
  segments: (unit) =>
    childElements(unit, 'segment').map((node) => {
      const stateText = node.getAttribute('state') ?? 'initial';
      return {
        id: node.getAttribute('id') ?? '',
        node,
        source: childElements(node, 'source')[0],
        target: childElements(node, 'target')[0],
        state: STATES.includes(stateText as State) ? (stateText as State) : undefined,
        stateText,
      };
    }),
  text: (node, unit, report) => {
    const data = new Map<string, string>();
    for (const original of childElements(unit, 'originalData'))
      for (const item of childElements(original, 'data'))
        data.set(item.getAttribute('id') ?? '', item.textContent ?? '');
    return inlineText(node, '<mrk> and <pc>', report, (inline) => {
      const name = inline.localName;
      if (name === 'ph') {
        const ref = inline.getAttribute('dataRef') ?? '';
        if (!data.has(ref))
          return `<ph id="${inline.getAttribute('id') ?? ''}"> refers to data "${ref}", which the unit does not have`;
        return { text: data.get(ref)! };
      }
      // Annotations (terms, comments) and paired formatting a tool added: their text counts, the markup does not.
      if (name === 'mrk' || name === 'pc') return 'descend';
      if (name === 'cp') return codePoint(inline);
      return undefined;
    });
  },
};

const XLIFF_1_2: Dialect = {
  fileName: (id) => `<file original="${id}.md">`,
  recordWhere: `<context-group name="${RECORD_12.group}…"> in each <group>`,
  languages: (root) =>
    childElements(root, 'file').flatMap((file) =>
      languageProblems(file, [
        ['source-language', SOURCE_LANGUAGE],
        ['target-language', TARGET_LANGUAGE],
      ]),
    ),
  files: (root) =>
    childElements(root, 'file').map((node) => ({
      id: (node.getAttribute('original') ?? '').replace(/\.md$/, ''),
      node,
      units: childElements(node, 'body').flatMap((body) => childElements(body, 'group')),
    })),
  record: (unit) => {
    const group = childElements(unit, 'context-group').find(
      (node) => node.getAttribute('name') === `${RECORD_12.group}${unitIdOf(unit)}`,
    );
    if (!group) return undefined;
    const targets = new Map<number, string>();
    let state: string | undefined;
    for (const context of childElements(group, 'context')) {
      const type = context.getAttribute('context-type') ?? '';
      if (type === RECORD_12.state) state = STATE_FROM_12[context.textContent ?? ''];
      else if (type.startsWith(RECORD_12.target) && /^\d+$/.test(type.slice(RECORD_12.target.length)))
        targets.set(Number(type.slice(RECORD_12.target.length)), context.textContent ?? '');
    }
    return { state, targets };
  },
  segments: (unit, block) =>
    childElements(unit, 'trans-unit').map((node) => {
      const id = node.getAttribute('id') ?? '';
      const target = childElements(node, 'target')[0];
      // A target without a state is as far along as `approved` says (the Translate Toolkit's reading too).
      const stateText =
        target?.getAttribute('state') || (node.getAttribute('approved') === 'yes' ? 'translated' : 'new');
      return {
        id: id.startsWith(`${block}/`) ? id.slice(block.length + 1) : id,
        node,
        source: childElements(node, 'source')[0],
        target,
        state: Object.hasOwn(STATE_FROM_12, stateText) ? STATE_FROM_12[stateText] : undefined,
        stateText,
      };
    }),
  text: (node, _unit, report) => {
    // An `<x/>` has no native code of its own: it stands for the source's `<ph>` of the same id.
    const source = node.parentNode ? childElements(node.parentNode as Element, 'source')[0] : undefined;
    const codes = new Map<string, string>();
    if (source)
      for (const ph of source.getElementsByTagNameNS(XLIFF12_NAMESPACE, 'ph'))
        codes.set(ph.getAttribute('id') ?? '', ph.textContent ?? '');
    return inlineText(node, '<mrk> and <g>', report, (inline) => {
      const name = inline.localName;
      if (name === 'ph') return { text: inline.textContent ?? '' };
      if (name === 'x') {
        const id = inline.getAttribute('id') ?? '';
        return codes.has(id)
          ? { text: codes.get(id)! }
          : `<x id="${id}"> stands for no <ph> of the source: keep the codes the source has`;
      }
      if (name === 'mrk' || name === 'g') return 'descend';
      return undefined;
    });
  },
};

/** The version of XLIFF a root element is, if it is one the import reads. */
function dialectOf(root: Element): Dialect | undefined {
  if (root.localName !== 'xliff') return undefined;
  const version = root.getAttribute('version') ?? '';
  if (root.namespaceURI === XLIFF_NAMESPACE && /^2\./.test(version)) return XLIFF_2;
  if (root.namespaceURI === XLIFF12_NAMESPACE && version === '1.2') return XLIFF_1_2;
  return undefined;
}

/**
 * Reads a translated XLIFF file (2.x, or 1.2 as exportXliff12 writes it) against the current report: every
 * problem, or the blocks it changes. A unit whose targets and state are the content's is no change. A segment
 * whose English changed in the content since the export, and which the file would change, is a conflict; so is
 * such a status. `resolve` settles conflicts; without it they are problems, as is a unit without the export's
 * record (nothing to tell a conflict by). Checks the file, not the content rules: see importXliff.
 */
export function readXliff(
  xml: string,
  parts: ReportPart[],
  { resolve }: { resolve?: Resolution } = {},
): { updates: BlockUpdate[]; problems: ImportProblem[] } {
  const { document, problems: xmlProblems } = readXml(xml);
  if (!document)
    return { updates: [], problems: xmlProblems.map((p) => ({ ...p, message: `Not well-formed XML: ${p.message}` })) };
  const root = document.documentElement!;
  const dialect = dialectOf(root);
  if (!dialect) {
    return {
      updates: [],
      problems: [
        {
          line: lineOf(root),
          message: `Not an XLIFF 2.x or 1.2 file: the root is <${root.tagName}> version "${root.getAttribute('version') ?? ''}" in namespace "${root.namespaceURI ?? ''}"`,
        },
      ],
    };
  }
  const problems = dialect.languages(root);

  const updates: BlockUpdate[] = [];
  const seenParts = new Set<string>();
  const unrecorded: ImportProblem[] = [];
  let recorded = 0;
  for (const file of dialect.files(root)) {
    const { id } = file;
    const part = parts.find((p) => p.slug === id);
    if (!part) {
      problems.push({
        line: lineOf(file.node),
        message: `Unknown ${dialect.fileName(id)}: the report's parts are ${parts.map((p) => p.slug).join(', ')}`,
      });
      continue;
    }
    if (seenParts.has(id)) problems.push({ line: lineOf(file.node), message: `Part "${id}" is in the file twice` });
    seenParts.add(id);
    const units = new Map<string, Element>();
    for (const unit of file.units) {
      const unitId = unitIdOf(unit);
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
          line: lineOf(file.node),
          unit: block.id,
          message: `Missing unit: part "${id}" has a block "${block.id}"`,
        });
        continue;
      }
      const { update, hasRecord } = readUnit(dialect, unit, part, block, problems, resolve);
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
              message: `The file has no export record (${dialect.recordWhere}: it was not exported by this tool, or a tool removed it), so changes made to the content since its export cannot be told from the translator's. ${HOW}`,
            },
          ]),
    );
  return { updates, problems };
}

const HOW =
  "Export again and carry the translation over, or import it anyway with --theirs (its text and states replace the content's)";

/** What the export recorded of a unit, or why the record cannot be read (undefined: there is none). */
function readRecord(dialect: Dialect, unit: Element, count: number): ExportRecord | string | undefined {
  const found = dialect.record(unit);
  if (!found) return undefined;
  const state = found.state as State | undefined;
  const targets = Array.from({ length: count }, (_, i) => found.targets.get(i + 1));
  if (!state || !STATES.includes(state) || targets.some((target) => target === undefined))
    return `The unit's export record is damaged (it needs a state and the English of segments 1 to ${count}). ${HOW}`;
  return { state, targets: targets as string[] };
}

function readUnit(
  dialect: Dialect,
  unit: Element,
  part: ReportPart,
  block: AlignedBlock,
  problems: ImportProblem[],
  resolve: Resolution | undefined,
): { update?: BlockUpdate; hasRecord: boolean } {
  const zh = segmentsOf(block, 'zh');
  const en = segmentsOf(block, 'en');
  const problem = (node: Element, segment: string | undefined, message: string, texts?: ImportProblem['texts']) =>
    problems.push({ line: lineOf(node), unit: block.id, segment, message, ...(texts && { texts }) });

  const record = readRecord(dialect, unit, zh.length);
  if (typeof record === 'string' && resolve !== 'theirs') problem(unit, undefined, record);
  const segments = dialect.segments(unit, block.id);
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  for (const { id, node } of segments) {
    if (!/^\d+$/.test(id) || Number(id) < 1 || Number(id) > zh.length)
      problem(node, id, `Unknown segment: block "${block.id}" has sentences 1 to ${zh.length}`);
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
    const report: Report = (node, message) => problem(node, id, message);
    const written = segment.source && dialect.text(segment.source, unit, report);
    if (problems.length === before && written !== markdownOf(source.pieces))
      problem(
        segment.node,
        id,
        `The source no longer matches the Chinese: the file is stale, export it again and carry the translation over (now: "${markdownOf(source.pieces).slice(0, 60)}")`,
      );
    const target = segment.target ? dialect.text(segment.target, unit, report) : undefined;
    if (problems.length > before) return;
    if (!target?.trim())
      return problem(segment.node, id, 'The segment has no target: every sentence needs its English');
    if (!hasVisibleCharacter(target))
      return problem(
        segment.target!,
        id,
        `The target has no character a reader can see (only ${[...target.trim()].map((char) => codePointName(char.codePointAt(0)!)).join(' ')}): every sentence needs its English`,
      );
    targets.push(target.trim());
    lines.push(segment.node);
    if (!segment.state) problem(segment.node, id, `Unknown state "${segment.stateText}"`);
    else states.push(segment.state);
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

/** The character of an XLIFF 2 `<cp hex>`, or why it is none. */
function codePoint(inline: Element): { text: string } | string {
  const hex = inline.getAttribute('hex') ?? '';
  const code = /^[0-9A-Fa-f]{1,6}$/.test(hex) ? Number.parseInt(hex, 16) : Number.NaN;
  if (!(code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
    return `<cp hex="${hex}"> is no character: hex must be a Unicode code point, 1 to 6 hex digits from 0 to 10FFFF, not a surrogate (D800 to DFFF)`;
  return { text: String.fromCodePoint(code) };
}

/**
 * The Markdown that a `<source>` or `<target>` stands for: its text, and for each inline element what `visit`
 * makes of it (its text, 'descend' to read its content, a problem, or undefined: not supported). Walked with a
 * stack of its own rather than by recursion, so that no nesting, however deep, can overflow the call stack.
 */
function inlineText(
  node: Element,
  containers: string,
  problem: Report,
  visit: (inline: Element) => { text: string } | 'descend' | string | undefined,
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
    const result = visit(inline);
    if (result === 'descend') {
      if (top.depth + 1 > MAX_NESTING)
        problem(inline, `Inline elements are nested more than ${MAX_NESTING} deep here: flatten the ${containers}`);
      else stack.push({ next: inline.firstChild, depth: top.depth + 1 });
    } else if (typeof result === 'string') problem(inline, result);
    else if (result) out += result.text;
    else
      problem(
        inline,
        `<${inline.localName}> is not supported in a segment: keep to the text and the codes of the exported file`,
      );
  }
  return out;
}
