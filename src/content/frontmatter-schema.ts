import { z } from 'astro/zod';

/** Frontmatter of one report file (one part, in one language). */
export const partFrontmatterSchema = z
  .object({
    /** Position in reading order: 2–8 for parts (二)–(八), 9 the closing address, 10 the annex. */
    part: z.number().int().positive(),
    /** The part's Chinese numeral (二 … 八); absent for the closing address and the annex. */
    numeral: z.string().min(1).optional(),
    /** Short title for the table of contents and the page title, in the file's language. */
    title: z.string().min(1),
    /** True for the part the excerpt starts inside: the reader marks its first paragraph as a fragment. */
    excerpt: z.boolean().optional(),
  })
  .strict();

export type PartFrontmatter = z.output<typeof partFrontmatterSchema>;

/**
 * Translation status of an English paragraph, set in its marker: `{#id status=reviewed}`. In order of rank: an
 * import that would move a block down this list says so.
 */
export const translationStatusSchema = z.enum(['draft', 'translated', 'reviewed']);
export type TranslationStatus = z.output<typeof translationStatusSchema>;

/** The effective status of a block: no status means translated. */
export const statusOf = (block: { en: { status?: TranslationStatus } }): TranslationStatus =>
  block.en.status ?? 'translated';
