import { z } from 'astro/zod';
import { translationStatusSchema } from './frontmatter-schema';

const text = z.object({
  html: z.string(),
  text: z.string().min(1),
  lead: z.string().optional(),
  terms: z.array(z.string()),
  segments: z.array(z.string()),
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
});
