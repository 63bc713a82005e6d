import { z } from 'astro/zod';
import { translationStatusSchema } from './frontmatter-schema';

const piece = z.union([z.object({ text: z.string() }), z.object({ code: z.string() })]);
/** Where the block and its sentences are written in the Markdown (see segment-sources.ts). */
const source = z.object({
  start: z.number().int(),
  end: z.number().int(),
  segments: z.array(
    z.object({
      start: z.number().int(),
      end: z.number().int(),
      line: z.number().int(),
      column: z.number().int(),
      pieces: z.array(piece),
    }),
  ),
});

const text = z.object({
  html: z.string(),
  text: z.string().min(1),
  lead: z.string().optional(),
  terms: z.array(z.string()),
  segments: z.array(z.string()),
  source: source.optional(),
  line: z.number().int(),
});

/** A part of the report as the pages receive it: both languages, aligned block by block. */
export const reportPartSchema = z.object({
  slug: z.string(),
  order: z.number().int(),
  numeral: z.string().optional(),
  excerpt: z.boolean(),
  title: z.object({ zh: z.string(), en: z.string() }),
  files: z.object({ zh: z.string(), en: z.string() }),
  blocks: z
    .array(
      z.object({
        id: z.string(),
        kind: z.enum(['heading', 'paragraph']),
        zh: text,
        en: text.extend({ status: translationStatusSchema.optional() }),
      }),
    )
    .min(1),
  notes: z.array(
    z.object({
      label: z.string(),
      number: z.number().int(),
      html: z.string(),
      text: z.string(),
      line: z.number().int(),
    }),
  ),
});
