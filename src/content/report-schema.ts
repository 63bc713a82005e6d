import { z } from 'astro/zod';
import { translatorNoteSchema } from '../markdown/remark-translator-notes';
import { translationStatusSchema } from './frontmatter-schema';

/** A piece of a segment's Markdown: text a reader sees, or syntax they do not (`**`, an escape, a `{+}` marker). */
const piece = z.union([z.object({ text: z.string() }), z.object({ code: z.string() })]);

/** Where one sentence segment is written in its Markdown file. */
const segmentSource = z.object({
  /** Offsets in the file: the segment's Markdown is `source.slice(start, end)`, without the space that follows. */
  start: z.number().int(),
  end: z.number().int(),
  line: z.number().int(),
  column: z.number().int(),
  pieces: z.array(piece),
});

/** Where a block's text is written: the segments, and what lies between them (usually one space). */
const blockSource = z.object({
  start: z.number().int(),
  end: z.number().int(),
  segments: z.array(segmentSource),
});

/** One language of a block, rendered. */
const text = z.object({
  /** The block's inner HTML: the page chooses the element that wraps it. */
  html: z.string(),
  /** The block's plain text, for fidelity checks and search excerpts. */
  text: z.string().min(1),
  /** The bold lead sentence that opens a paragraph ("厚植创新创业土壤。"), used by the table of contents. */
  lead: z.string().optional(),
  /** Ids of the glossary terms linked in the block, in order of appearance (with repeats). */
  terms: z.array(z.string()),
  /** The text of each sentence segment (`<span data-s>`), in order; empty when the file was not segmented. */
  segments: z.array(z.string()),
  /** The glossary terms linked in each segment, in order. */
  segmentTerms: z.array(z.array(z.string())),
  /** Where the block and each segment are written in the Markdown; absent when the file was not segmented. */
  source: blockSource.optional(),
  line: z.number().int(),
});

/** A paragraph or heading in both languages. */
const block = z.object({
  id: z.string(),
  kind: z.enum(['heading', 'paragraph']),
  zh: text,
  en: text.extend({ status: translationStatusSchema.optional() }),
});

/** A part of the report as the pages receive it: both languages, aligned block by block. */
export const reportPartSchema = z.object({
  /** File name without extension, and the page's URL segment: `part-3`, `closing`, `annex`. */
  slug: z.string(),
  order: z.number().int(),
  numeral: z.string().optional(),
  excerpt: z.boolean(),
  title: z.object({ zh: z.string(), en: z.string() }),
  files: z.object({ zh: z.string(), en: z.string() }),
  blocks: z.array(block).min(1),
  /** The translator's notes of the English file. */
  notes: z.array(translatorNoteSchema),
});

/** One part of the report (a reader page), aligned in both languages. */
export type ReportPart = z.output<typeof reportPartSchema>;
/** A paragraph or heading in both languages. */
export type AlignedBlock = z.output<typeof block>;
/** One language of a block. */
export type BlockText = z.output<typeof text>;
export type BlockSource = z.output<typeof blockSource>;
export type SegmentSource = z.output<typeof segmentSource>;
export type SourcePiece = z.output<typeof piece>;
