import { z } from 'astro/zod';

const nonEmpty = z.string().trim().min(1);

/**
 * One glossary file, `content/glossary/<id>.yaml`. Official entries take their definition from the report's
 * annex (note 1–18), so the annex text is never copied; editorial entries carry their own definition.
 */
export const glossaryFileSchema = z.discriminatedUnion('source', [
  z
    .object({
      source: z.literal('official'),
      /** The annex note that defines the term. */
      note: z.number().int().min(1).max(18),
      ...termFields(),
    })
    .strict(),
  z
    .object({
      source: z.literal('editorial'),
      definition: z.object({ zh: nonEmpty, en: nonEmpty }).strict(),
      ...termFields(),
    })
    .strict(),
]);

function termFields() {
  return {
    /** The headword in Chinese, as the glossary lists it. */
    zh: nonEmpty,
    /** Every spelling the term takes in the Chinese text (with or without quotation marks); defaults to `zh`. */
    forms: z.array(nonEmpty).optional(),
    /** The approved English rendering, as the glossary lists it. */
    en: nonEmpty,
    /** Other wordings accepted in the English text; matched case-insensitively, like `en`. */
    enForms: z.array(nonEmpty).optional(),
    /** True when the term does not occur in this excerpt of the report (annex notes 1–6). */
    absent: z.boolean().optional(),
    /** Ids of related entries, shown as "see also". */
    related: z.array(z.string()).optional(),
  };
}

export type GlossaryFile = z.output<typeof glossaryFileSchema>;
