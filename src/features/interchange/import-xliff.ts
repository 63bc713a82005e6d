import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkContent } from '../../content/check-content';
import { formatDiagnostic } from '../../content/diagnostics';
import { statusOf, translationStatusSchema, type TranslationStatus } from '../../content/frontmatter-schema';
import { loadSiteContent } from '../../content/load-site-content';
import { parseReportFile } from '../../content/parse-report-file';
import { BREAK_MARKER, JOIN_MARKER, MARKER, SEGMENT_MARKER } from '../../markdown/ids';
import { readXliff, type BlockUpdate, type ImportProblem, type Resolution } from './xliff';
import { decodeXml } from './xml';

/** What an import would write: the new text of each English file it changes, or why it writes nothing. */
export interface ImportResult {
  files: Map<string, string>;
  updates: BlockUpdate[];
  problems: ImportProblem[];
  /** The blocks whose status the import lowers (reviewed → translated, say): never done without saying so. */
  lowered: { part: string; block: string; from: TranslationStatus; to: TranslationStatus }[];
}

const RANK = translationStatusSchema.options;

/**
 * Imports a translated XLIFF file (its bytes, which must be UTF-8, or its text) into the content under `root`,
 * all or nothing: reads it against the current report, settling conflicts by `resolve` (see readXliff), writes
 * each changed block's segments into its English file (in memory), adds the alignment markers the translator's
 * segments need, and runs the whole content check on the result. Returns the new files only when there is no
 * problem at all; writing them is the caller's job.
 */
export async function importXliff(
  input: string | Uint8Array,
  root: string,
  { resolve }: { resolve?: Resolution } = {},
): Promise<ImportResult> {
  const refused = (problems: ImportProblem[]): ImportResult => ({
    files: new Map(),
    updates: [],
    problems,
    lowered: [],
  });
  let xml: string;
  if (typeof input === 'string') xml = input;
  else {
    const { text, problem } = decodeXml(input);
    if (text === undefined) return refused([problem!]);
    xml = text;
  }
  const content = await loadSiteContent(root);
  const errors = content.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length)
    return refused(errors.map((d) => ({ message: `The content has an error already: ${formatDiagnostic(d)}` })));

  const { updates, problems } = readXliff(xml, content.parts, { resolve });
  if (problems.length) return refused(problems);
  const lowered = updates
    .map((update) => ({
      part: update.part.slug,
      block: update.block.id,
      from: statusOf(update.block),
      to: update.status,
    }))
    .filter(({ from, to }) => RANK.indexOf(to) < RANK.indexOf(from));
  if (!updates.length) return { files: new Map(), updates, problems, lowered };

  const files = new Map<string, string>();
  for (const file of new Set(updates.map((update) => update.part.files.en))) {
    const fileUpdates = updates.filter((update) => update.part.files.en === file);
    const written = await writeBlocks(file, await readFile(file, 'utf8'), fileUpdates, problems);
    if (written !== undefined) files.set(file, written);
  }
  if (problems.length) return refused(problems);
  problems.push(...(await checkWith(root, files)));
  return problems.length ? refused(problems) : { files, updates, problems, lowered };
}

/**
 * The file with its updated blocks written in. Where the translator's segments are not where the sentence
 * splitter would break the text, the alignment markers say so: `{+}` joins a sentence to the segment before it,
 * `{/}` breaks a segment inside a sentence. The markers of an updated block are all recomputed.
 */
async function writeBlocks(
  file: string,
  original: string,
  updates: BlockUpdate[],
  problems: ImportProblem[],
): Promise<string | undefined> {
  let targets = new Map(
    updates.map((update) => [update.block.id, update.segments.map((s) => s.replace(SEGMENT_MARKER, ''))]),
  );
  for (let attempt = 0; attempt < 2; attempt++) {
    const { text, starts } = compose(original, updates, targets);
    const parsed = await parseReportFile(file, text, { language: 'en' });
    const fatal = parsed.diagnostics.filter((d) => d.severity === 'error');
    if (fatal.length) {
      problems.push(
        ...fatal.map((d) => ({ line: undefined, message: `The imported English breaks ${formatDiagnostic(d)}` })),
      );
      return undefined;
    }
    const next = new Map(targets);
    let aligned = true;
    for (const update of updates) {
      const wanted = starts.get(update.block.id)!;
      const found =
        parsed.blocks.find((block) => block.id === update.block.id)?.source?.segments.map((s) => s.start) ?? [];
      const inserts: { at: number; marker: string }[] = [
        ...found
          .slice(1)
          .filter((start) => !wanted.includes(start))
          .map((at) => ({ at, marker: JOIN_MARKER })),
        ...wanted
          .slice(1)
          .filter((start) => !found.includes(start))
          .map((at) => ({ at, marker: BREAK_MARKER })),
      ];
      if (!inserts.length) continue;
      aligned = false;
      // Put each marker into the segment that holds its offset, counted from that segment's start.
      const segments = [...next.get(update.block.id)!];
      for (const insert of inserts.sort((a, b) => b.at - a.at)) {
        const index = wanted.findLastIndex((start) => start <= insert.at);
        const local = insert.at - wanted[index]!;
        segments[index] = segments[index]!.slice(0, local) + insert.marker + segments[index]!.slice(local);
      }
      next.set(update.block.id, segments);
    }
    if (aligned) return text;
    targets = next;
  }
  problems.push({
    message: `${file}: the imported sentences could not be paired with the Chinese ones even with alignment markers`,
  });
  return undefined;
}

/** The file with the given segments and statuses written into their blocks; and where each segment starts. */
function compose(
  original: string,
  updates: BlockUpdate[],
  targets: Map<string, string[]>,
): { text: string; starts: Map<string, number[]> } {
  const lineStarts = [0, ...[...original.matchAll(/\n/g)].map((m) => m.index + 1)];
  const edits: { start: number; end: number; text: string; id?: string; offsets?: number[] }[] = [];
  for (const { block, status } of updates) {
    const source = block.en.source!;
    // The segments, with the white space that separated them in the file (a space if there was none).
    let text = '';
    const offsets: number[] = [];
    targets.get(block.id)!.forEach((segment, i, segments) => {
      offsets.push(text.length);
      text += segment;
      if (i < segments.length - 1)
        text += original.slice(source.segments[i]!.end, source.segments[i + 1]!.start) || ' ';
    });
    edits.push({ start: source.start, end: source.end, text, id: block.id, offsets });
    if (status !== statusOf(block)) {
      const lineStart = lineStarts[block.en.line - 1]!;
      const marker = MARKER.exec(original.slice(lineStart))!;
      const attributes = status === 'translated' ? '' : ` status=${status}`;
      const end = marker[0].endsWith('\n') ? '\n' : '';
      edits.push({ start: lineStart, end: lineStart + marker[0].length, text: `{#${block.id}${attributes}}${end}` });
    }
  }
  edits.sort((a, b) => a.start - b.start);
  let text = '';
  let position = 0;
  const starts = new Map<string, number[]>();
  for (const edit of edits) {
    text += original.slice(position, edit.start);
    if (edit.id)
      starts.set(
        edit.id,
        edit.offsets!.map((offset) => text.length + offset),
      );
    text += edit.text;
    position = edit.end;
  }
  return { text: text + original.slice(position), starts };
}

/** Runs the whole content check on the content as it would be with the new files, without writing them. */
async function checkWith(root: string, files: Map<string, string>): Promise<ImportProblem[]> {
  const overrides = new Map([...files].map(([file, text]) => [path.resolve(file), text]));
  const { diagnostics } = await checkContent(root, { strict: true, files: overrides });
  return diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ message: `The result would break a content rule: ${formatDiagnostic(d)}` }));
}
