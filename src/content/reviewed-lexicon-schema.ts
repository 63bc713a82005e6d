import { z } from 'astro/zod';

/** One line of content/reading/segmentation.tsv, as the `segmentation` collection holds it. */
export const reviewedPhraseSchema = z.object({
  text: z.string().min(1),
  words: z.array(z.string().min(1)).min(1),
  note: z.string(),
  line: z.number().int(),
});

/** One line of content/reading/glosses.tsv, as the `glosses` collection holds it. */
export const reviewedGlossSchema = z.object({
  word: z.string().min(1),
  context: z.string().min(1),
  gloss: z.string().min(1),
  note: z.string(),
  line: z.number().int(),
});
