import { z } from 'astro/zod';

/** A glossary entry as the pages receive it (see `GlossaryEntry`). */
export const glossaryEntrySchema = z.object({
  id: z.string(),
  source: z.enum(['official', 'editorial']),
  note: z.number().int().optional(),
  zh: z.string(),
  en: z.string(),
  spellings: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  absent: z.boolean(),
  /** HTML: official notes keep the annex's markup; editorial text is escaped. */
  definition: z.object({ zh: z.string(), en: z.string() }),
  related: z.array(z.string()),
  file: z.string(),
  occurrences: z.array(z.object({ part: z.string(), block: z.string(), zh: z.number(), en: z.number() })),
});
