import type { Diagnostic } from './diagnostics';
import { translationStatusSchema } from './frontmatter-schema';
import type { ParsedReportFile } from './parse-report-file';
import type { AlignedBlock } from './report-schema';
import { shorten } from '../shared/shorten';

/**
 * Pairs the blocks of a Chinese file with those of its English file by id, reporting every block that is
 * missing on one side, empty, of another kind, or out of order. Returns the pairs in Chinese order.
 */
export function alignTranslations(
  zh: ParsedReportFile,
  en: ParsedReportFile,
): {
  blocks: AlignedBlock[];
  diagnostics: Diagnostic[];
} {
  const diagnostics: Diagnostic[] = [];
  const error = (file: string, line: number, message: string, ruleId: string, hint: string) =>
    diagnostics.push({ file, line, column: 1, severity: 'error', message, ruleId, hint });

  const enById = new Map(en.blocks.map((block) => [block.id, block]));
  const zhIds = new Set(zh.blocks.map((block) => block.id));

  for (const block of en.blocks) {
    if (!zhIds.has(block.id)) {
      error(
        en.path,
        block.line,
        `English block "${block.id}" has no Chinese block with that id`,
        'missing-source',
        `Use the id of the Chinese paragraph it translates (see ${zh.path}), or delete it.`,
      );
    }
  }

  const statuses = translationStatusSchema.options;
  for (const block of zh.blocks.filter((b) => b.attributes.status !== undefined)) {
    error(
      zh.path,
      block.line,
      `Block "${block.id}" has a status in the Chinese file`,
      'status',
      `Translation status belongs on the English block: {#${block.id} status=draft} in ${en.path}.`,
    );
  }
  for (const block of en.blocks) {
    const status = block.attributes.status;
    if (status !== undefined && !(statuses as readonly string[]).includes(status)) {
      error(
        en.path,
        block.line,
        `Block "${block.id}" has an unknown status "${status}"`,
        'status',
        `Use one of: ${statuses.join(', ')} (no status means translated).`,
      );
    }
  }

  const blocks: AlignedBlock[] = [];
  for (const block of zh.blocks) {
    const translation = enById.get(block.id);
    if (!translation) {
      error(
        zh.path,
        block.line,
        `Chinese block "${block.id}" has no English translation`,
        'missing-translation',
        `Add a block starting with {#${block.id}} to ${en.path}, in the same position.`,
      );
      continue;
    }
    for (const [side, file] of [
      [block, zh.path],
      [translation, en.path],
    ] as const) {
      if (!side.text.trim()) {
        error(
          file,
          side.line,
          `Block "${side.id}" is empty`,
          'empty-block',
          'Write its text, or remove the block from both languages.',
        );
      }
    }
    if (translation.kind !== block.kind) {
      error(
        en.path,
        translation.line,
        `Block "${block.id}" is a ${translation.kind} in English but a ${block.kind} in Chinese`,
        'kind-mismatch',
        'Headings start with "## " in both languages; paragraphs do not.',
      );
    }
    // Sentences pair up only between two non-empty blocks of one kind; the problems above come first.
    const comparable = block.text.trim() && translation.text.trim() && block.kind === translation.kind;
    if (comparable && block.segments.length !== translation.segments.length) {
      const list = (segments: string[]) => segments.map((text, i) => `    ${i + 1}. ${shorten(text, 70)}`).join('\n');
      error(
        en.path,
        translation.line,
        `Block "${block.id}" has ${block.segments.length} Chinese sentence segments but ${translation.segments.length} English ones:\n` +
          `  Chinese (${zh.path}:${block.line}):\n${list(block.segments)}\n  English:\n${list(translation.segments)}`,
        'segment-alignment',
        'Pair the sentences in the English file: write {+} before an English sentence that continues the segment before it ' +
          '(two English sentences for one Chinese), or {/} inside an English sentence where a segment should break ' +
          '(one English sentence for two Chinese). See CONTRIBUTING.md, "Sentence alignment".',
      );
    }
    blocks.push({
      id: block.id,
      kind: block.kind,
      zh: {
        html: block.html,
        text: block.text,
        lead: block.lead,
        terms: block.terms,
        segments: block.segments,
        segmentTerms: block.segmentTerms,
        source: block.source,
        line: block.line,
      },
      en: {
        html: translation.html,
        text: translation.text,
        lead: translation.lead,
        terms: translation.terms,
        segments: translation.segments,
        segmentTerms: translation.segmentTerms,
        source: translation.source,
        line: translation.line,
        // An unknown status is reported above; the block goes on as one without.
        status: translationStatusSchema.safeParse(translation.attributes.status).data,
      },
    });
  }

  // Order: compare the English sequence of shared ids with the Chinese one and report the first divergence.
  const shared = en.blocks.filter((block) => zhIds.has(block.id));
  const expected = zh.blocks.filter((block) => enById.has(block.id));
  const index = shared.findIndex((block, i) => block.id !== expected[i]!.id);
  if (index !== -1) {
    const block = shared[index]!;
    error(
      en.path,
      block.line,
      `Block "${block.id}" is out of order: the Chinese has "${expected[index]!.id}" here`,
      'order',
      `Move the blocks of ${en.path} into the order of ${zh.path}.`,
    );
  }

  if (zh.frontmatter && en.frontmatter) {
    for (const key of ['part', 'numeral', 'excerpt'] as const) {
      if (zh.frontmatter[key] !== en.frontmatter[key]) {
        error(
          en.path,
          en.frontmatterLines[key] ?? zh.frontmatterLines[key] ?? 1,
          `Frontmatter "${key}" is ${JSON.stringify(en.frontmatter[key])} here but ${JSON.stringify(zh.frontmatter[key])} in Chinese`,
          'frontmatter-mismatch',
          `Copy "${key}" from ${zh.path}.`,
        );
      }
    }
  }
  return { blocks, diagnostics };
}
