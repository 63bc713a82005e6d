import { z } from 'astro/zod';

/** Where a glossary term is used: one paragraph, with how often it is linked in each language. */
const occurrence = z.object({ part: z.string(), block: z.string(), zh: z.number(), en: z.number() });

/** A glossary entry as the pages receive it: definition rendered, occurrences found. */
export const glossaryEntrySchema = z.object({
  id: z.string(),
  source: z.enum(['official', 'editorial']),
  /** The annex note that defines an official entry. */
  note: z.number().int().optional(),
  zh: z.string(),
  en: z.string(),
  /** Spellings to link in each language (`forms` or `zh`; `en` and `enForms`). */
  spellings: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  absent: z.boolean(),
  /** HTML: official notes keep the annex's markup; editorial text is escaped. */
  definition: z.object({ zh: z.string(), en: z.string() }),
  /** Ids of related entries ("see also"). */
  related: z.array(z.string()),
  file: z.string(),
  /** Line of each key in the entry's file, for messages. */
  lines: z.record(z.string(), z.number().int()),
  occurrences: z.array(occurrence),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
export type TermOccurrence = z.output<typeof occurrence>;
