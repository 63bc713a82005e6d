import { z } from 'astro/zod';
import type { ReviewedGloss, ReviewedPhrase } from '../language/chinese/reviewed-lexicon';

/**
 * One line of content/reading/segmentation.tsv, as the `segmentation` collection holds it: the schema may not
 * drift from ReviewedPhrase.
 */
export const reviewedPhraseSchema = z.object({
  text: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
  note: z.string(),
  line: z.number().int(),
}) satisfies z.ZodType<ReviewedPhrase>;

/**
 * One line of content/reading/glosses.tsv, as the `glosses` collection holds it: the schema may not drift from
 * ReviewedGloss.
 */
export const reviewedGlossSchema = z.object({
  word: z.string().min(1),
  context: z.string().min(1),
  gloss: z.string().min(1),
  note: z.string(),
  line: z.number().int(),
}) satisfies z.ZodType<ReviewedGloss>;
